using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Rds.RdsMinorVersionUpgradeAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Rds;

/// <summary>SR4002 — RDS automatic minor version upgrades disabled.</summary>
public class RdsMinorVersionUpgradeAnalyzerTests
{
    [Fact]
    public async Task False_OnInstancesAndClusters_L2AndL1_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new DatabaseInstance(this, "Db", new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                        AutoMinorVersionUpgrade = {|#0:false|},
                    });
                    new DatabaseCluster(this, "Cluster", new DatabaseClusterProps
                    {
                        Engine = DatabaseClusterEngine.AURORA_POSTGRESQL,
                        Vpc = vpc,
                        Writer = ClusterInstance.Provisioned("writer", new ProvisionedClusterInstanceProps { AutoMinorVersionUpgrade = [|false|] }),
                    });
                    new CfnDBInstance(this, "L1", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", AutoMinorVersionUpgrade = [|false|] });
                    var cluster = new CfnDBCluster(this, "L1C", new CfnDBClusterProps { Engine = "aurora-postgresql" });
                    cluster.AutoMinorVersionUpgrade = [|false|];
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "DatabaseInstanceProps.AutoMinorVersionUpgrade = false",
                    "set AutoMinorVersionUpgrade = true (upgrades are applied in the maintenance window)"))
            .ValidateAsync();
    }

    [Fact]
    public async Task TrueMissingOrUnknown_IsNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, bool upgrades) : base(scope, id)
                {
                    new DatabaseInstance(this, "A", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
                    new DatabaseInstance(this, "B", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, AutoMinorVersionUpgrade = true });
                    new DatabaseInstance(this, "C", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, AutoMinorVersionUpgrade = upgrades });
                    new CfnDBInstance(this, "D", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", AllowMajorVersionUpgrade = false });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsTrue()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnDBInstance(this, "L1", new CfnDBInstanceProps
                    {
                        DbInstanceClass = "db.t3.micro",
                        AutoMinorVersionUpgrade = [|false|], // pinned
                    });
                    var props = new CfnDBClusterProps { Engine = "aurora-mysql" };
                    props.AutoMinorVersionUpgrade = [|false|];
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.RDS;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new CfnDBInstance(this, "L1", new CfnDBInstanceProps
                        {
                            DbInstanceClass = "db.t3.micro",
                            AutoMinorVersionUpgrade = true, // pinned
                        });
                        var props = new CfnDBClusterProps { Engine = "aurora-mysql" };
                        props.AutoMinorVersionUpgrade = true;
                    }
                }
                """)
            .ValidateAsync();
    }
}

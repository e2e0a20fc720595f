using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Rds.DatabasePublicAccessAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Rds;

/// <summary>SR3006 — database publicly accessible.</summary>
public class DatabasePublicAccessAnalyzerTests
{
    [Fact]
    public async Task PubliclyAccessibleTrue_L2AndL1_IsReportedAtTheValue()
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
                        PubliclyAccessible = {|#0:true|},
                    });
                    new CfnDBInstance(this, "L1", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", PubliclyAccessible = [|true|] });
                    var cluster = new CfnDBCluster(this, "C", new CfnDBClusterProps { Engine = "aurora-postgresql" });
                    cluster.PubliclyAccessible = [|true|];
                    _ = new ProvisionedClusterInstanceProps { PubliclyAccessible = [|true|] };
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "DatabaseInstanceProps.PubliclyAccessible = true",
                    "set PubliclyAccessible = false and reach the database from inside the VPC"))
            .ValidateAsync();
    }

    [Fact]
    public async Task PublicSubnets_WithoutPubliclyAccessibleFalse_IsReportedAtTheProps()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new DatabaseInstance(this, "Db", [|new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                    }|]);

                    var subnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC };
                    var props = [|new DatabaseInstanceFromSnapshotProps { SnapshotIdentifier = "s", Engine = DatabaseInstanceEngine.MYSQL, Vpc = vpc }|];
                    props.VpcSubnets = subnets;
                    new DatabaseInstanceFromSnapshot(this, "Restored", props);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task PrivateOrExplicitlyPrivate_AndUnknownValues_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, bool isPublic, SubnetSelection selection) : base(scope, id)
                {
                    new DatabaseInstance(this, "A", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });
                    new DatabaseInstance(this, "B", new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
                        PubliclyAccessible = false,
                    });
                    // Public subnets but explicitly not publicly accessible.
                    new DatabaseInstance(this, "C", new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                        PubliclyAccessible = false,
                    });
                    // Values the analyzer cannot know.
                    new DatabaseInstance(this, "D", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, PubliclyAccessible = isPublic });
                    new DatabaseInstance(this, "E", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, VpcSubnets = selection });
                    new CfnDBInstance(this, "F", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", PubliclyAccessible = false });
                    // A load balancer in public subnets is not a database.
                    _ = new SubnetSelection { SubnetType = SubnetType.PUBLIC };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsPubliclyAccessibleFalse()
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
                    new DatabaseInstance(this, "Db", [|new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                    }|]);
                    new CfnDBInstance(this, "L1", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", PubliclyAccessible = [|true|] });
                }
            }
            """)
            .FixesTo(
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
                            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                            PubliclyAccessible = false,
                        });
                        new CfnDBInstance(this, "L1", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", PubliclyAccessible = false });
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task AuroraInstances_InAClusterInPublicSubnets_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new DatabaseCluster(this, "Public", new DatabaseClusterProps
                    {
                        Engine = DatabaseClusterEngine.AURORA_POSTGRESQL,
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                        Writer = ClusterInstance.Provisioned("writer", [|new ProvisionedClusterInstanceProps { InstanceType = new Amazon.CDK.AWS.EC2.InstanceType("r6g.large") }|]),
                        Readers = new[] { [|ClusterInstance.Provisioned("reader")|], ClusterInstance.Provisioned("private", new ProvisionedClusterInstanceProps { PubliclyAccessible = false }) },
                    });
                    new DatabaseCluster(this, "Private", new DatabaseClusterProps
                    {
                        Engine = DatabaseClusterEngine.AURORA_POSTGRESQL,
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
                        Writer = ClusterInstance.Provisioned("writer"),
                    });
                    new DatabaseCluster(this, "Default", new DatabaseClusterProps
                    {
                        Engine = DatabaseClusterEngine.AURORA_POSTGRESQL,
                        Vpc = vpc,
                        Writer = ClusterInstance.Provisioned("writer", new ProvisionedClusterInstanceProps()),
                    });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_AuroraInstance_SetsPubliclyAccessibleFalse()
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
                    new DatabaseCluster(this, "Public", new DatabaseClusterProps
                    {
                        Engine = DatabaseClusterEngine.AURORA_POSTGRESQL,
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                        Writer = ClusterInstance.Provisioned("writer", [|new ProvisionedClusterInstanceProps { EnablePerformanceInsights = true }|]),
                    });
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.EC2;
                using Amazon.CDK.AWS.RDS;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                    {
                        new DatabaseCluster(this, "Public", new DatabaseClusterProps
                        {
                            Engine = DatabaseClusterEngine.AURORA_POSTGRESQL,
                            Vpc = vpc,
                            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
                            Writer = ClusterInstance.Provisioned("writer", new ProvisionedClusterInstanceProps { EnablePerformanceInsights = true, PubliclyAccessible = false }),
                        });
                    }
                }
                """)
            .ValidateAsync();
    }
}

using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Rds.RdsStorageEncryptionAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Rds;

/// <summary>SR1002 — RDS storage not encrypted (CDK L2 and L1).</summary>
public class RdsStorageEncryptionAnalyzerTests
{
    [Fact]
    public async Task Cdk_DatabaseInstance_MissingOrFalse_IsReported()
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
                    new DatabaseInstance(this, "Missing", {|#0:new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                    }|});
                    new DatabaseInstance(this, "False", new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                        StorageEncrypted = {|#1:false|},
                    });
                    var props = [|new DatabaseInstanceProps()|];
                    props.Engine = DatabaseInstanceEngine.MYSQL;
                    props.Vpc = vpc;
                    new DatabaseInstance(this, "Local", props);
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("DatabaseInstance without StorageEncrypted or a storage encryption key (default unencrypted)", "set StorageEncrypted = true"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments("DatabaseInstance with StorageEncrypted = false", "set StorageEncrypted = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_DatabaseCluster_MissingOrFalse_IsReported()
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
                    new DatabaseCluster(this, "Missing", [|new DatabaseClusterProps
                    {
                        Engine = DatabaseClusterEngine.AuroraPostgres(new AuroraPostgresClusterEngineProps { Version = AuroraPostgresEngineVersion.VER_16_1 }),
                        Writer = ClusterInstance.Provisioned("writer"),
                        Vpc = vpc,
                    }|]);
                    new DatabaseCluster(this, "False", new DatabaseClusterProps
                    {
                        Engine = DatabaseClusterEngine.AURORA_MYSQL,
                        Vpc = vpc,
                        StorageEncrypted = [|false|],
                    });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_L1_MissingOrFalse_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnDBInstance(this, "Missing", [|new CfnDBInstanceProps { Engine = "postgres", DbInstanceClass = "db.t3.micro" }|]);
                    new CfnDBInstance(this, "NoEngine", [|new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro" }|]);
                    new CfnDBInstance(this, "False", new CfnDBInstanceProps { Engine = "mysql", StorageEncrypted = [|false|] });
                    var instance = new CfnDBInstance(this, "OnConstruct", new CfnDBInstanceProps { Engine = "mysql", StorageEncrypted = true });
                    instance.StorageEncrypted = [|false|];
                    new CfnDBCluster(this, "ClusterFalse", new CfnDBClusterProps { Engine = "aurora-postgresql", StorageEncrypted = [|false|] });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_EncryptedKeyedInheritedAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.KMS;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, IKey key, bool flag, string engine, IDatabaseInstanceProps fromCaller) : base(scope, id)
                {
                    new DatabaseInstance(this, "Encrypted", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncrypted = true });
                    new DatabaseInstance(this, "Key", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncryptionKey = key });
                    new DatabaseInstance(this, "KeyWins", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncryptionKey = key, StorageEncrypted = false });
                    new DatabaseInstance(this, "Unknown", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, StorageEncrypted = flag });
                    new DatabaseInstance(this, "FromCaller", fromCaller);
                    new DatabaseCluster(this, "ClusterKey", new DatabaseClusterProps { Engine = DatabaseClusterEngine.AURORA_MYSQL, Vpc = vpc, StorageEncryptionKey = key });
                    new DatabaseCluster(this, "ClusterEncrypted", new DatabaseClusterProps { Engine = DatabaseClusterEngine.AURORA_MYSQL, Vpc = vpc, StorageEncrypted = true });

                    // Restored from a snapshot: encryption follows the snapshot (no StorageEncrypted property).
                    new DatabaseInstanceFromSnapshot(this, "Restored", new DatabaseInstanceFromSnapshotProps { SnapshotIdentifier = "snap", Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc });

                    var props = new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc };
                    props.StorageEncrypted = true;
                    new DatabaseInstance(this, "AcrossStatements", props);

                    new CfnDBInstance(this, "CfnEncrypted", new CfnDBInstanceProps { Engine = "postgres", StorageEncrypted = true });
                    new CfnDBInstance(this, "CfnKey", new CfnDBInstanceProps { Engine = "postgres", KmsKeyId = "alias/rds" });
                    new CfnDBInstance(this, "FromSnapshot", new CfnDBInstanceProps { Engine = "postgres", DbSnapshotIdentifier = "snap" });
                    new CfnDBInstance(this, "Replica", new CfnDBInstanceProps { SourceDbInstanceIdentifier = "primary" });
                    new CfnDBInstance(this, "AuroraMember", new CfnDBInstanceProps { Engine = "aurora-postgresql", DbClusterIdentifier = "c" });
                    new CfnDBInstance(this, "AuroraEngine", new CfnDBInstanceProps { Engine = "aurora-mysql" });
                    new CfnDBInstance(this, "UnknownEngine", new CfnDBInstanceProps { Engine = engine });
                    var cfn = new CfnDBInstance(this, "SetOnConstruct", new CfnDBInstanceProps { Engine = "postgres" });
                    cfn.StorageEncrypted = true;

                    // CfnDBCluster: missing is not reported where something else decides the encryption.
                    new CfnDBCluster(this, "Restored", new CfnDBClusterProps { Engine = "aurora-postgresql", SnapshotIdentifier = "snap" });
                    new CfnDBCluster(this, "Clone", new CfnDBClusterProps { Engine = "aurora-postgresql", SourceDbClusterIdentifier = "source" });
                    new CfnDBCluster(this, "Secondary", new CfnDBClusterProps { Engine = "aurora-postgresql", GlobalClusterIdentifier = "global" });
                    new CfnDBCluster(this, "ServerlessV1", new CfnDBClusterProps { Engine = "aurora-mysql", EngineMode = "serverless" });
                    new CfnDBCluster(this, "KeyOnly", new CfnDBClusterProps { Engine = "aurora-postgresql", KmsKeyId = "k" });
                    new CfnDBCluster(this, "ClusterKeyed", new CfnDBClusterProps { Engine = "aurora-postgresql", KmsKeyId = "k", StorageEncrypted = true });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsStorageEncryptedTrue()
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
                    new DatabaseInstance(this, "Missing", [|new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc
                    }|]);
                    new DatabaseCluster(this, "False", new DatabaseClusterProps { Engine = DatabaseClusterEngine.AURORA_MYSQL, Vpc = vpc, StorageEncrypted = [|false|] });
                    new CfnDBInstance(this, "Cfn", [|new CfnDBInstanceProps { Engine = "postgres" }|]);
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
                        new DatabaseInstance(this, "Missing", new DatabaseInstanceProps
                        {
                            Engine = DatabaseInstanceEngine.POSTGRES,
                            Vpc = vpc,
                            StorageEncrypted = true
                        });
                        new DatabaseCluster(this, "False", new DatabaseClusterProps { Engine = DatabaseClusterEngine.AURORA_MYSQL, Vpc = vpc, StorageEncrypted = true });
                        new CfnDBInstance(this, "Cfn", new CfnDBInstanceProps { Engine = "postgres", StorageEncrypted = true });
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_L1_CfnDBClusterWithoutEncryption_IsReported_AndFixed()
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
                    new CfnDBCluster(this, "Cluster", [|new CfnDBClusterProps { Engine = "aurora-postgresql", EngineMode = "provisioned" }|]);
                    [|new CfnDBCluster(this, "Bare")|];
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
                        new CfnDBCluster(this, "Cluster", new CfnDBClusterProps { Engine = "aurora-postgresql", EngineMode = "provisioned", StorageEncrypted = true });
                        new CfnDBCluster(this, "Bare", new CfnDBClusterProps { StorageEncrypted = true });
                    }
                }
                """)
            .ValidateAsync();
    }
}

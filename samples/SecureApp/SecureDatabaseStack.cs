using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Constructs;

namespace SecureApp;

/// <summary>RDS kept private and patched (the secure side of SR3006, SR4002).</summary>
public class SecureDatabaseStack : Stack
{
    public SecureDatabaseStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");

        _ = new DatabaseInstance(this, "Orders", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
            PubliclyAccessible = false,
            AutoMinorVersionUpgrade = true,
            StorageEncrypted = true,
        });

        _ = new CfnDBInstance(this, "Legacy", new CfnDBInstanceProps
        {
            DbInstanceClass = "db.t3.micro",
            Engine = "postgres",
            PubliclyAccessible = false,
            StorageEncrypted = true,
        });
    }
}

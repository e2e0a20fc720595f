using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.RDS;
using Constructs;

namespace SecureApp;

/// <summary>Generated and referenced secrets (the secure side of SR5002).</summary>
public class SecureSecretsStack : Stack
{
    public SecureSecretsStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");

        _ = new DatabaseInstance(this, "Db", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
            Credentials = Credentials.FromGeneratedSecret("dbadmin"),
            StorageEncrypted = true,
        });

        _ = new CfnDBInstance(this, "L1Db", new CfnDBInstanceProps
        {
            DbInstanceClass = "db.t3.micro",
            Engine = "postgres",
            MasterUsername = "dbadmin",
            ManageMasterUserPassword = true,
            StorageEncrypted = true,
        });
    }
}

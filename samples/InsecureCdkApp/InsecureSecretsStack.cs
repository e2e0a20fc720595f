using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.RDS;
using Constructs;

namespace InsecureCdkApp;

/// <summary>Secrets written in plain text (SR5002). Each flagged line says which rule fires.</summary>
public class InsecureSecretsStack : Stack
{
    public InsecureSecretsStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");

        _ = new DatabaseInstance(this, "Db", new DatabaseInstanceProps // SR1002
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
            Credentials = Credentials.FromPassword("dbadmin", SecretValue.UnsafePlainText("Sup3rS3cret!")), // SR5002
        });

        _ = new User(this, "Operator", new UserProps
        {
            Password = SecretValue.UnsafePlainText("Welcome1!"), // SR5002 SR2006 (no automatic fix)
        });

        _ = new CfnDBInstance(this, "L1Db", new CfnDBInstanceProps // SR1002
        {
            DbInstanceClass = "db.t3.micro",
            Engine = "postgres",
            MasterUsername = "dbadmin",
            MasterUserPassword = "Sup3rS3cret!", // SR5002 (no automatic fix)
        });
    }
}

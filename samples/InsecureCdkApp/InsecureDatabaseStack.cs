using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.RDS;
using Constructs;

namespace InsecureCdkApp;

/// <summary>RDS exposure and patching (SR3006, SR4002). Each flagged line says which rule fires.</summary>
public class InsecureDatabaseStack : Stack
{
    public InsecureDatabaseStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");

        _ = new DatabaseInstance(this, "Orders", new DatabaseInstanceProps // SR1002
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
            PubliclyAccessible = true, // SR3006
            AutoMinorVersionUpgrade = false, // SR4002
        });

        // In public subnets without PubliclyAccessible = false: the CDK makes the instance public.
        _ = new DatabaseInstance(this, "Reports", new DatabaseInstanceProps // SR3006 SR1002
        {
            Engine = DatabaseInstanceEngine.MYSQL,
            Vpc = vpc,
            VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PUBLIC },
        });

        _ = new CfnDBInstance(this, "Legacy", new CfnDBInstanceProps // SR1002
        {
            DbInstanceClass = "db.t3.micro",
            Engine = "postgres",
            PubliclyAccessible = true, // SR3006
            AutoMinorVersionUpgrade = false, // SR4002
        });
    }
}

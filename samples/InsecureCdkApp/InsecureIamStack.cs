using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Constructs;

namespace InsecureCdkApp;

/// <summary>
/// Over-broad IAM in the CDK (SR2001–SR2006). None of these has an automatic fix: the least-privilege policy depends
/// on what the workload does, so every line keeps its diagnostic after `dotnet format analyzers`.
/// </summary>
public class InsecureIamStack : Stack
{
    public InsecureIamStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var bucket = new Bucket(this, "Data"); // SR3003
        var queue = new Queue(this, "Jobs"); // SR3003

        var role = new Role(this, "Worker", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            ManagedPolicies = new[] { ManagedPolicy.FromAwsManagedPolicyName("AdministratorAccess") }, // SR2005 (no automatic fix)
        });

        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "EverythingInS3",
            Actions = new[] { "s3:*" }, // SR2001 (no automatic fix)
            Resources = new[] { "*" }, // SR2002 (no automatic fix)
        }));

        var allButIam = new PolicyStatement();
        allButIam.AddNotActions("iam:*"); // SR2004 (no automatic fix)
        allButIam.AddResources(bucket.BucketArn);
        role.AddToPolicy(allButIam);

        queue.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
        {
            Principals = new IPrincipal[] { new AnyPrincipal() }, // SR2003 (no automatic fix)
            Actions = new[] { "sqs:SendMessage" },
            Resources = new[] { queue.QueueArn },
        }));
        bucket.GrantRead(new AnyPrincipal()); // SR2003 (no automatic fix)

        var alice = new User(this, "Alice", new UserProps
        {
            Password = SecretValue.SecretsManager("alice-initial-password"), // SR2006 (no automatic fix)
        });
        alice.AddToPolicy(new PolicyStatement(new PolicyStatementProps // SR2006 (no automatic fix)
        {
            Actions = new[] { "s3:GetObject" },
            Resources = new[] { bucket.ArnForObjects("reports/*") },
        }));
    }
}

using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.SNS;
using Constructs;

namespace SecureApp;

/// <summary>The least-privilege equivalents of samples/InsecureCdkApp/InsecureIamStack.cs: no SR diagnostic.</summary>
public class SecureIamStack : Stack
{
    public SecureIamStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var bucket = new Bucket(this, "Data", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ALL, EnforceSSL = true });
        var queue = new Queue(this, "Jobs", new QueueProps { EnforceSSL = true });
        var topicKey = new Key(this, "EventsKey", new KeyProps { EnableKeyRotation = true });
        var topic = new Topic(this, "Events", new TopicProps { EnforceSSL = true, MasterKey = topicKey });

        var role = new Role(this, "Worker", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            ManagedPolicies = new[] { ManagedPolicy.FromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole") },
        });

        // Secure for SR2001/SR2002: the actions the worker calls, on the objects it uses.
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Sid = "ReadAndWriteUploads",
            Actions = new[] { "s3:GetObject", "s3:PutObject" },
            Resources = new[] { bucket.ArnForObjects("uploads/*") },
        }));
        bucket.GrantRead(role);

        // Describe calls AWS only authorizes on "*" are fine on "*".
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = new[] { "ec2:DescribeInstances", "cloudwatch:GetMetricData" },
            Resources = new[] { "*" },
        }));

        // Secure for SR2004: NotAction only in a Deny guard rail.
        role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Effect = Effect.DENY,
            NotActions = new[] { "s3:GetObject", "s3:PutObject" },
            Resources = new[] { bucket.ArnForObjects("*") },
        }));

        // Secure for SR2003: a service principal restricted to the source topic.
        var fromTopic = new PolicyStatement(new PolicyStatementProps
        {
            Principals = new IPrincipal[] { new ServicePrincipal("sns.amazonaws.com") },
            Actions = new[] { "sqs:SendMessage" },
            Resources = new[] { queue.QueueArn },
        });
        fromTopic.AddSourceArnCondition(topic.TopicArn);
        queue.AddToResourcePolicy(fromTopic);

        // Secure for SR2006: people get permissions through a group, never on the user.
        var readers = new Group(this, "Readers");
        bucket.GrantRead(readers);
        _ = new User(this, "Ci", new UserProps { Groups = new IGroup[] { readers } });
    }
}

using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace SecureApp;

/// <summary>The least-privilege equivalents of samples/InsecureSdkApp/InsecureIam.cs: no SR diagnostic.</summary>
public static class SecureIam
{
    public static async Task RunAsync(IAmazonS3 s3, IAmazonKeyManagementService kms, IAmazonSQS sqs, string bucketName, string queueUrl)
    {
        // Secure for SR2003: a named account, or "*" restricted to the organization.
        await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
        {
            BucketName = bucketName,
            Policy = """{"Statement":[{"Sid":"OrgRead","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}]}""",
        });

        // Secure for SR2001: the key administrators' actions, listed; "*" in a key policy means this key.
        await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest
        {
            KeyId = "alias/app",
            Policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/KeyAdmin"},"Action":["kms:Describe*","kms:Put*","kms:Enable*","kms:Disable*","kms:ScheduleKeyDeletion","kms:CancelKeyDeletion"],"Resource":"*"}]}""",
        });

        // Secure for SR2003: only the topic may send.
        await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
        {
            QueueUrl = queueUrl,
            Attributes = new Dictionary<string, string>
            {
                [QueueAttributeName.Policy] = """{"Statement":[{"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*","Condition":{"ArnEquals":{"aws:SourceArn":"arn:aws:sns:eu-west-1:123456789012:events"}}}]}""",
            },
        });
    }
}

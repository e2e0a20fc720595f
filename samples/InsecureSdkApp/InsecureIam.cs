using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace InsecureSdkApp;

/// <summary>
/// Over-broad policy documents sent with the AWS SDK for .NET (SR2001–SR2004). None has an automatic fix: the
/// diagnostics point inside the JSON (raw string literals map one to one) and stay after `dotnet format analyzers`.
/// </summary>
public static class InsecureIam
{
    public static async Task RunAsync(IAmazonS3 s3, IAmazonKeyManagementService kms, IAmazonSQS sqs, string bucketName, string queueUrl)
    {
        await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
        {
            BucketName = bucketName,
            Policy = """{"Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}]}""", // SR2003 (no automatic fix)
        });

        await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest
        {
            BucketName = bucketName,
            Policy = """{"Statement":[{"Sid":"AllButDelete","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"NotAction":"s3:DeleteBucket","Resource":"arn:aws:s3:::reports"}]}""", // SR2004 (no automatic fix)
        });

        await kms.PutKeyPolicyAsync(new PutKeyPolicyRequest
        {
            KeyId = "alias/app",
            Policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"}]}""", // SR2001 (no automatic fix)
        });

        await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
        {
            QueueUrl = queueUrl,
            Attributes = new Dictionary<string, string>
            {
                [QueueAttributeName.Policy] = """{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*"}]}""", // SR2003 (no automatic fix)
            },
        });
    }
}

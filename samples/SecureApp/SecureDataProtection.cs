using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace SecureApp;

/// <summary>The secure equivalents of InsecureSdkApp's InsecureDataProtection: no SR diagnostic.</summary>
public static class SecureDataProtection
{
    public static async Task RunAsync(IAmazonKeyManagementService kms, IAmazonS3 s3, IAmazonSQS sqs, IAmazonEC2 ec2, string keyId, string bucketName)
    {
        await kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = keyId });

        // SSE-KMS with a customer managed key.
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucketName,
            Key = "report.csv",
            ContentBody = "a,b",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
            ServerSideEncryptionKeyManagementServiceKeyId = keyId,
        });

        // SQS: SSE-KMS with a customer managed key.
        await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "orders",
            Attributes = new Dictionary<string, string> { [QueueAttributeName.KmsMasterKeyId] = keyId },
        });

        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 100, Encrypted = true, KmsKeyId = keyId });
    }
}

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

    public static string Https(IAmazonS3 s3)
    {
        _ = new AmazonS3Client(new AmazonS3Config { RegionEndpoint = Amazon.RegionEndpoint.EUWest1 });
        _ = new AmazonSQSClient(new AmazonSQSConfig { ServiceURL = "https://sqs.eu-west-1.amazonaws.com" });
        _ = new AmazonSQSClient(new AmazonSQSConfig { ServiceURL = "http://localhost:4566" }); // LocalStack on loopback
        return s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = "reports",
            Key = "q3.csv",
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Amazon.S3.Protocol.HTTPS,
        });
    }
}

using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace InsecureSdkApp;

/// <summary>
/// Data protection (encryption at rest and in transit) turned off with the AWS SDK for .NET. Each flagged line says
/// which rule fires; `dotnet format analyzers` fixes all of them but those marked "no automatic fix".
/// </summary>
public static class InsecureDataProtection
{
    public static async Task RunAsync(IAmazonKeyManagementService kms, IAmazonS3 s3, IAmazonSQS sqs, IAmazonEC2 ec2, string keyId, string bucketName)
    {
        await kms.DisableKeyRotationAsync(new DisableKeyRotationRequest { KeyId = keyId }); // SR1006 (no automatic fix)

        // S3: asking for no server-side encryption (SR1001 is Info by default; this sample's .editorconfig raises it).
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucketName,
            Key = "report.csv",
            ContentBody = "a,b",
            ServerSideEncryptionMethod = ServerSideEncryptionMethod.None, // SR1001
        });
        await s3.DeleteBucketEncryptionAsync(new DeleteBucketEncryptionRequest { BucketName = bucketName }); // SR1001 (no automatic fix)

        // SQS: server-side encryption turned off for a new queue.
        await sqs.CreateQueueAsync(new CreateQueueRequest
        {
            QueueName = "orders",
            Attributes = new Dictionary<string, string> { [QueueAttributeName.SqsManagedSseEnabled] = "false" }, // SR1004
        });

        // EBS: a volume explicitly created unencrypted.
        await ec2.CreateVolumeAsync(new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 100, Encrypted = false }); // SR1003
    }

    /// <summary>Clients and URLs that use plain HTTP.</summary>
    public static string PlainHttp(IAmazonS3 s3)
    {
        _ = new AmazonS3Client(new AmazonS3Config { RegionEndpoint = Amazon.RegionEndpoint.EUWest1, UseHttp = true }); // SR3004
        _ = new AmazonSQSClient(new AmazonSQSConfig { ServiceURL = "http://sqs.eu-west-1.amazonaws.com" }); // SR3004
        _ = new AmazonSQSClient(new AmazonSQSConfig { ServiceURL = "http://localhost:4566" }); // LocalStack on loopback: not reported
        return s3.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = "reports",
            Key = "q3.csv",
            Expires = DateTime.UtcNow.AddMinutes(5),
            Protocol = Amazon.S3.Protocol.HTTP, // SR3004
        });
    }
}

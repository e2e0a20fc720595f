using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace SecureApp;

/// <summary>SR5001, secure: the default credential chain, and placeholders for a local emulator.</summary>
public static class SecureCredentials
{
    public static IAmazonS3 CreateClient() => new AmazonS3Client(RegionEndpoint.EUWest1);

    public static IAmazonS3 CreateLocalStackClient() =>
        new AmazonS3Client(new BasicAWSCredentials("test", "test"), new AmazonS3Config { ServiceURL = "http://localhost:4566", ForcePathStyle = true });

    public static AWSCredentials FromEnvironment() => new BasicAWSCredentials(
        Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID") ?? string.Empty,
        Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY") ?? string.Empty);
}

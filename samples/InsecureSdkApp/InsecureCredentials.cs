using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace InsecureSdkApp;

/// <summary>SR5001: AWS credentials written in the code. Each flagged line says which rule fires.</summary>
public static class InsecureCredentials
{
    private const string LegacyKeyId = "AKIA2QWERTY7ZXCVBNM4"; // SR5001 (no automatic fix)

    public static IAmazonS3 CreateClient() =>
        new AmazonS3Client("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1", RegionEndpoint.EUWest1); // SR5001

    public static IAmazonS3 CreateClientWithConfig() =>
        new AmazonS3Client(new BasicAWSCredentials("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1"), new AmazonS3Config { ForcePathStyle = true }); // SR5001

    public static AWSCredentials KeptInAVariable()
    {
        var credentials = new BasicAWSCredentials(LegacyKeyId, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1"); // SR5001 (no automatic fix)
        return credentials;
    }
}

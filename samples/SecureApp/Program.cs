using Amazon;
using Amazon.CDK;
using Amazon.S3;

namespace SecureApp;

public static class Program
{
    public static async Task Main(string[] args)
    {
        // This sample only needs to build: it is never synthesized or run against AWS.
        if (args.Length > 0 && args[0] == "cdk")
        {
            var app = new App();
            _ = new SecureStorageStack(app, "SecureStorageStack");
            return;
        }

        var bucketName = args.Length > 1 ? args[1] : "sharedresp-sample-bucket";
        using IAmazonS3 s3 = new AmazonS3Client(RegionEndpoint.USEast1);
        await SecureStorage.RunAsync(s3, bucketName, "111122223333-canonical-user-id");
    }
}

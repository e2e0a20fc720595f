using Amazon;
using Amazon.S3;

namespace InsecureSdkApp;

public static class Program
{
    public static async Task Main(string[] args)
    {
        // This sample only needs to build; running it would call S3 with the default credentials.
        var bucketName = args.Length > 0 ? args[0] : "sharedresp-sample-bucket";
        using IAmazonS3 s3 = new AmazonS3Client(RegionEndpoint.USEast1);
        await InsecureStorage.RunAsync(s3, bucketName);
    }
}

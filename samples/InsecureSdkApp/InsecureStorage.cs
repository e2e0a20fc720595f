using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace InsecureSdkApp;

/// <summary>
/// Every insecure S3 form the analyzers know in the AWS SDK for .NET. Each flagged line says which rule fires.
/// `dotnet format analyzers --diagnostics SR3001 SR3002` fixes all of them but the three marked "no automatic fix".
/// </summary>
public static class InsecureStorage
{
    private const string AllUsers = "http://acs.amazonaws.com/groups/global/AllUsers";

    public static async Task RunAsync(IAmazonS3 s3, string bucketName)
    {
        await s3.PutBucketAsync(new PutBucketRequest
        {
            BucketName = bucketName,
            CannedACL = S3CannedACL.PublicReadWrite, // SR3001
        });

        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucketName,
            Key = "index.html",
            ContentBody = "<h1>hello</h1>",
            CannedACL = S3CannedACL.PublicRead, // SR3001
        });

        // A grant to the AllUsers group in an access control list.
        var acl = new S3AccessControlList
        {
            Grants = new List<S3Grant>
            {
                new S3Grant
                {
                    Grantee = new S3Grantee { URI = "http://acs.amazonaws.com/groups/global/AllUsers" }, // SR3001 (no automatic fix)
                    Permission = S3Permission.READ,
                },
            },
        };
        await s3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = bucketName, Key = "index.html", AccessControlPolicy = acl });

        // The same grant through the x-amz-grant-read header.
        await s3.PutBucketAclAsync(new PutBucketAclRequest
        {
            BucketName = bucketName,
            GrantRead = "uri=" + AllUsers, // SR3001 (no automatic fix)
        });

        // Block Public Access with one setting off and two left unset.
        await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = bucketName,
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration // SR3002 (BlockPublicPolicy, RestrictPublicBuckets unset)
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = false, // SR3002
            },
        });

        await s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = bucketName }); // SR3002 (no automatic fix)

        using var transfer = new TransferUtility(s3);
        await transfer.UploadAsync(new TransferUtilityUploadRequest
        {
            BucketName = bucketName,
            Key = "report.csv",
            FilePath = "report.csv",
            CannedACL = S3CannedACL.AuthenticatedRead, // SR3001
        });
    }
}

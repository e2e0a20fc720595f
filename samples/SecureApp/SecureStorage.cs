using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace SecureApp;

/// <summary>The secure equivalents of InsecureSdkApp: no SR diagnostic.</summary>
public static class SecureStorage
{
    public static async Task RunAsync(IAmazonS3 s3, string bucketName, string readerCanonicalUserId)
    {
        await s3.PutBucketAsync(new PutBucketRequest
        {
            BucketName = bucketName,
            CannedACL = S3CannedACL.Private,
        });

        await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
        {
            BucketName = bucketName,
            PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = true,
                BlockPublicPolicy = true,
                RestrictPublicBuckets = true,
            },
        });

        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucketName,
            Key = "index.html",
            ContentBody = "<h1>hello</h1>",
            CannedACL = S3CannedACL.Private,
        });

        // A grant to one named canonical user, not to a global group.
        var acl = new S3AccessControlList
        {
            Grants = new List<S3Grant>
            {
                new S3Grant
                {
                    Grantee = new S3Grantee { CanonicalUser = readerCanonicalUserId },
                    Permission = S3Permission.READ,
                },
            },
        };
        await s3.PutObjectAclAsync(new PutObjectAclRequest { BucketName = bucketName, Key = "index.html", AccessControlPolicy = acl });

        await s3.PutBucketAclAsync(new PutBucketAclRequest
        {
            BucketName = bucketName,
            GrantRead = "id=" + readerCanonicalUserId,
        });

        using var transfer = new TransferUtility(s3);
        await transfer.UploadAsync(new TransferUtilityUploadRequest
        {
            BucketName = bucketName,
            Key = "report.csv",
            FilePath = "report.csv",
            CannedACL = S3CannedACL.Private,
        });
    }
}

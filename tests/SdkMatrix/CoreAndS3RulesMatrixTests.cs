using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.SdkMatrix;

/// <summary>
/// The other rules with SDK forms in AWSSDK.Core and AWSSDK.S3 (SR1001, SR2001, SR2003, SR3004, SR5001), on code that
/// compiles unchanged against 3.7 and 4.x: every line marked <c>// expect: SRxxxx</c> is reported with that rule, and
/// nothing else of those rules is. Run by all analyzers together, as a build runs them.
/// </summary>
public class CoreAndS3RulesMatrixTests
{
    private static readonly string[] Rules = { "SR1001", "SR2001", "SR2003", "SR3004", "SR5001" };

    [Fact]
    public async Task SdkForms_AreReportedOnTheSameLines_UnderEitherSdkGeneration()
    {
        await MarkedLines.AssertAsync("""
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.Auth.AccessControlPolicy;
            using Amazon.Runtime;
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                const string PublicPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::site/*\"}]}";
                const string AdminPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::site/*\"}]}";

                async Task M(IAmazonS3 s3, string fromConfig)
                {
                    await s3.PutObjectAsync(new PutObjectRequest
                    {
                        BucketName = "b",
                        Key = "k",
                        ServerSideEncryptionMethod = ServerSideEncryptionMethod.None, // expect: SR1001
                    });
                    await s3.DeleteBucketEncryptionAsync(new DeleteBucketEncryptionRequest { BucketName = "b" }); // expect: SR1001
                    await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = "site", Policy = PublicPolicy }); // expect: SR2003
                    await s3.PutBucketPolicyAsync(new PutBucketPolicyRequest { BucketName = "site", Policy = AdminPolicy }); // expect: SR2001

                    var config = new AmazonS3Config { RegionEndpoint = RegionEndpoint.EUWest1 };
                    config.UseHttp = true; // expect: SR3004
                    var remote = new AmazonS3Config { ServiceURL = "http://minio.example.com:9000" }; // expect: SR3004
                    var local = new AmazonS3Config { ServiceURL = "http://localhost:4566" };

                    var credentials = new BasicAWSCredentials("AKIA3QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1"); // expect: SR5001
                    var fromEnvironment = new BasicAWSCredentials(fromConfig, fromConfig);
                    var placeholder = new BasicAWSCredentials("test", "test");

                    var statement = new Statement(Statement.StatementEffect.Allow)
                        .WithPrincipals(Principal.AllUsers) // expect: SR2003
                        .WithActionIdentifiers(new ActionIdentifier("s3:GetObject"))
                        .WithResources(new Resource("arn:aws:s3:::site/*"));
                    await s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k", ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 });
                }
            }
            """,
            Rules);
    }
}

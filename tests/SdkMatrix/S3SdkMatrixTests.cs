using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyBlock = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.S3.S3BlockPublicAccessAnalyzer>;
using VerifyPublic = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.S3.S3PublicAccessAnalyzer>;

namespace SharedResp.Analyzers.Tests.SdkMatrix;

/// <summary>SR3001 and SR3002 on AWS SDK code that compiles unchanged against AWSSDK 3.7 and 4.x.</summary>
public class S3SdkMatrixTests
{
    [Fact]
    public async Task TheCompilationSeesTheExpectedSdkGeneration()
    {
        var compilation = AnalyzerRunner.Compile("class C { }");
        var context = AwsCompilationContext.Get(compilation);
        Assert.True(context.HasSdk);
        Assert.Equal(SdkGeneration.Major, context.SdkMajorVersion);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task SR3001_CannedAclsAndGrants()
    {
        await VerifyPublic.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.S3.Transfer;

            class C
            {
                void M(S3CannedACL fromCaller)
                {
                    _ = new PutObjectRequest { BucketName = "b", Key = "k", CannedACL = [|S3CannedACL.PublicRead|] };
                    _ = new PutBucketRequest { BucketName = "b", CannedACL = [|S3CannedACL.PublicReadWrite|] };
                    _ = new CopyObjectRequest { CannedACL = [|S3CannedACL.AuthenticatedRead|] };
                    _ = new InitiateMultipartUploadRequest { CannedACL = [|"public-read"|] };
                    _ = new TransferUtilityUploadRequest { CannedACL = [|S3CannedACL.FindValue("public-read")|] };
                    var request = new PutObjectRequest();
                    request.CannedACL = [|S3CannedACL.PublicRead|];
                    _ = new S3Grantee { URI = [|"http://acs.amazonaws.com/groups/global/AllUsers"|] };

                    _ = new PutObjectRequest { CannedACL = S3CannedACL.Private };
                    _ = new PutObjectRequest { CannedACL = fromCaller };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task SR3002_PutPublicAccessBlockAndDelete()
    {
        await VerifyBlock.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            class C
            {
                async Task M(IAmazonS3 s3, bool fromConfig)
                {
                    await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                    {
                        BucketName = "b",
                        PublicAccessBlockConfiguration = [|new PublicAccessBlockConfiguration
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = [|false|],
                            BlockPublicPolicy = true,
                        }|],
                    });
                    await [|s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "b" })|];

                    await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                    {
                        BucketName = "b",
                        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = true,
                            BlockPublicPolicy = true,
                            RestrictPublicBuckets = fromConfig,
                        },
                    });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task SR3002_FixAddsAndTurnsOnSettings()
    {
        await VerifyBlock.Code(
            """
            using Amazon.S3.Model;

            class C
            {
                object M() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = [|new PublicAccessBlockConfiguration { BlockPublicAcls = [|false|] }|] };
            }
            """)
            .FixesTo(
                """
                using Amazon.S3.Model;

                class C
                {
                    object M() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true } };
                }
                """)
            .ValidateAsync();
    }
}

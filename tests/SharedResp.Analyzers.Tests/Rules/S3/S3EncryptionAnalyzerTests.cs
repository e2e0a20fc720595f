using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.S3.S3EncryptionAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.S3;

/// <summary>SR1001 — S3 data requested without server-side encryption (Info).</summary>
public class S3EncryptionAnalyzerTests
{
    [Fact]
    public async Task Sdk_NoneOnWriteRequests_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.S3.Transfer;

            class C
            {
                void M()
                {
                    _ = new PutObjectRequest { BucketName = "b", ServerSideEncryptionMethod = {|#0:ServerSideEncryptionMethod.None|} };
                    _ = new CopyObjectRequest { ServerSideEncryptionMethod = [|ServerSideEncryptionMethod.None|] };
                    _ = new InitiateMultipartUploadRequest { ServerSideEncryptionMethod = [|ServerSideEncryptionMethod.FindValue("")|] };
                    _ = new TransferUtilityUploadRequest { ServerSideEncryptionMethod = [|ServerSideEncryptionMethod.None|] };
                    var request = new PutObjectRequest();
                    request.ServerSideEncryptionMethod = [|ServerSideEncryptionMethod.None|];
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "PutObjectRequest.ServerSideEncryptionMethod = None",
                    "remove it (S3 then applies the bucket's default encryption), or ask for ServerSideEncryptionMethod.AWSKMS"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Sdk_DeleteBucketEncryption_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            class C
            {
                async Task M(IAmazonS3 s3)
                {
                    await [|s3.DeleteBucketEncryptionAsync(new DeleteBucketEncryptionRequest { BucketName = "b" })|];
                    await s3.GetBucketEncryptionAsync(new GetBucketEncryptionRequest { BucketName = "b" });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_EncryptedUnknownAndResponses_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                void M(ServerSideEncryptionMethod fromConfig)
                {
                    _ = new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AES256 };
                    _ = new PutObjectRequest { ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS, ServerSideEncryptionKeyManagementServiceKeyId = "k" };
                    _ = new CopyObjectRequest { ServerSideEncryptionMethod = fromConfig };
                    _ = new PutObjectRequest { ServerSideEncryptionMethod = "AES256" };
                    // A response built in a unit test stores no data.
                    _ = new PutObjectResponse { ServerSideEncryptionMethod = ServerSideEncryptionMethod.None };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_UnencryptedAndEmptiedCfnConfiguration_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
            #pragma warning disable CS0618 // UNENCRYPTED is deprecated
                    new Bucket(this, "A", new BucketProps { Encryption = [|BucketEncryption.UNENCRYPTED|], EnforceSSL = true });
            #pragma warning restore CS0618
                    new CfnBucket(this, "B", new CfnBucketProps
                    {
                        BucketEncryption = new CfnBucket.BucketEncryptionProperty { ServerSideEncryptionConfiguration = [|new CfnBucket.ServerSideEncryptionRuleProperty[0]|] },
                    });
                    new CfnBucket(this, "C", new CfnBucketProps
                    {
                        BucketEncryption = new CfnBucket.BucketEncryptionProperty { ServerSideEncryptionConfiguration = [|System.Array.Empty<object>()|] },
                    });
                    var cfn = new CfnBucket(this, "D");
                    cfn.BucketEncryption = new CfnBucket.BucketEncryptionProperty { ServerSideEncryptionConfiguration = [|new CfnBucket.ServerSideEncryptionRuleProperty[] { }|] };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_EncryptedDefaultAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, BucketEncryption fromConfig, object[] rules) : base(scope, id)
                {
                    new Bucket(this, "A", new BucketProps { Encryption = BucketEncryption.S3_MANAGED });
                    new Bucket(this, "B", new BucketProps { Encryption = BucketEncryption.KMS });
                    new Bucket(this, "C", new BucketProps { Encryption = fromConfig });
                    new Bucket(this, "D");
                    new CfnBucket(this, "E", new CfnBucketProps
                    {
                        BucketEncryption = new CfnBucket.BucketEncryptionProperty
                        {
                            ServerSideEncryptionConfiguration = new[]
                            {
                                new CfnBucket.ServerSideEncryptionRuleProperty
                                {
                                    ServerSideEncryptionByDefault = new CfnBucket.ServerSideEncryptionByDefaultProperty { SseAlgorithm = "AES256" },
                                },
                            },
                        },
                    });
                    new CfnBucket(this, "F", new CfnBucketProps { BucketEncryption = new CfnBucket.BucketEncryptionProperty { ServerSideEncryptionConfiguration = rules } });
                    new CfnBucket(this, "G");
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_UsesS3Managed_AndDropsNone()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
            #pragma warning disable CS0618 // UNENCRYPTED is deprecated
                    new Bucket(this, "A", new BucketProps { Encryption = [|BucketEncryption.UNENCRYPTED|] });
            #pragma warning restore CS0618
                    _ = new PutObjectRequest
                    {
                        BucketName = "b",
                        ServerSideEncryptionMethod = [|ServerSideEncryptionMethod.None|],
                    };
                    var copy = new CopyObjectRequest();
                    copy.ServerSideEncryptionMethod = [|ServerSideEncryptionMethod.None|];
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.S3;
                using Amazon.S3;
                using Amazon.S3.Model;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                #pragma warning disable CS0618 // UNENCRYPTED is deprecated
                        new Bucket(this, "A", new BucketProps { Encryption = BucketEncryption.S3_MANAGED });
                #pragma warning restore CS0618
                        _ = new PutObjectRequest
                        {
                            BucketName = "b",
                        };
                        var copy = new CopyObjectRequest();
                    }
                }
                """)
            .ValidateAsync();
    }
}

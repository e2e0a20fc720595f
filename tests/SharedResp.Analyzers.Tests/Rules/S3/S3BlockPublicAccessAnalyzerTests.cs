using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.S3.S3BlockPublicAccessAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.S3;

/// <summary>SR3002 — S3 Block Public Access turned off or weakened.</summary>
public class S3BlockPublicAccessAnalyzerTests
{
    // ---------------------------------------------------------------- SDK

    [Fact]
    public async Task Sdk_FalseFlag_IsReportedAtTheValue()
    {
        await VerifyCS.Code("""
            using Amazon.S3.Model;

            class C
            {
                object M() => new PutPublicAccessBlockRequest
                {
                    BucketName = "b",
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = [|false|],
                        RestrictPublicBuckets = true,
                    },
                };
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_UnsetFlags_AreReportedAtTheConfiguration_WithTheirNames()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3.Model;

            class C
            {
                object M() => new PutPublicAccessBlockRequest
                {
                    BucketName = "b",
                    PublicAccessBlockConfiguration = {|#0:new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true }|},
                };
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "PutPublicAccessBlockRequest configuration leaves BlockPublicPolicy, RestrictPublicBuckets unset, which means false",
                    "set all four settings to true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Sdk_ConfigurationInLocal_LaterAssignments_AndRequestAssignedLater()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            class C
            {
                async Task M(IAmazonS3 s3)
                {
                    var config = [|new PublicAccessBlockConfiguration()|];
                    config.BlockPublicAcls = true;
                    config.RestrictPublicBuckets = [|false|];
                    var request = new PutPublicAccessBlockRequest { BucketName = "b" };
                    request.PublicAccessBlockConfiguration = config;
                    await s3.PutPublicAccessBlockAsync(request);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_TypesWrittenThroughUsingAliases_AreStillReported()
    {
        await VerifyCS.Code("""
            using Block = Amazon.S3.Model.PublicAccessBlockConfiguration;
            using Put = Amazon.S3.Model.PutPublicAccessBlockRequest;

            class C
            {
                object M() => new Put { BucketName = "b", PublicAccessBlockConfiguration = [|new Block { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true }|] };
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_DeletePublicAccessBlock_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            class C
            {
                async Task M(IAmazonS3 s3, AmazonS3Client client)
                {
                    await [|s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "b" })|];
                    var pending = [|client.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "c" })|];
                    await pending;
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_AllTrue_Unknown_AndConfigurationsNotPut_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            class C
            {
                const bool On = true;

                async Task M(IAmazonS3 s3, bool fromConfig, PublicAccessBlockConfiguration passedIn)
                {
                    await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                    {
                        BucketName = "b",
                        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = On,
                            BlockPublicPolicy = true,
                            RestrictPublicBuckets = true,
                        },
                    });

                    // A flag from a variable we cannot evaluate: no report.
                    _ = new PutPublicAccessBlockRequest
                    {
                        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                        {
                            BlockPublicAcls = fromConfig,
                            IgnorePublicAcls = true,
                            BlockPublicPolicy = true,
                            RestrictPublicBuckets = true,
                        },
                    };

                    // Configured out of view: missing flags cannot be trusted.
                    var config = new PublicAccessBlockConfiguration { BlockPublicAcls = true };
                    Harden(config);
                    _ = new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = config };
                    _ = new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = passedIn };

                    // Not handed to PutPublicAccessBlock (a test double of a Get response): no report.
                    _ = new GetPublicAccessBlockResponse { PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = false } };
                    var response = await s3.GetPublicAccessBlockAsync(new GetPublicAccessBlockRequest { BucketName = "b" });
                    var isOff = response.PublicAccessBlockConfiguration.BlockPublicPolicy == false;
                }

                static void Harden(PublicAccessBlockConfiguration c) { c.IgnorePublicAcls = c.BlockPublicPolicy = c.RestrictPublicBuckets = true; }
            }
            """).ValidateAsync();
    }

    // ---------------------------------------------------------------- CDK

    [Fact]
    public async Task Cdk_BlockAcls_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Bucket(this, "A", new BucketProps { BlockPublicAccess = {|#0:BlockPublicAccess.BLOCK_ACLS|} });
                    var props = new BucketProps();
                    props.BlockPublicAccess = [|BlockPublicAccess.BLOCK_ACLS|];
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "BlockPublicAccess.BLOCK_ACLS blocks public ACLs only and leaves public bucket policies allowed",
                    "use BlockPublicAccess.BLOCK_ALL"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_BlockPublicAccessOptions_FalseOrMissing_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Bucket(this, "A", new BucketProps
                    {
                        BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = true,
                            BlockPublicPolicy = [|false|],
                            RestrictPublicBuckets = [|false|],
                        }),
                    });

                    var options = [|new BlockPublicAccessOptions { BlockPublicAcls = true, IgnorePublicAcls = true }|];
                    new Bucket(this, "B", new BucketProps { BlockPublicAccess = new BlockPublicAccess(options) });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_CfnBucket_PublicAccessBlockConfiguration_FalseOrMissing_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnBucket(this, "A", new CfnBucketProps
                    {
                        PublicAccessBlockConfiguration = new CfnBucket.PublicAccessBlockConfigurationProperty
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = [|false|],
                            BlockPublicPolicy = true,
                            RestrictPublicBuckets = true,
                        },
                    });

                    var raw = new CfnBucket(this, "B");
                    raw.PublicAccessBlockConfiguration = [|new CfnBucket.PublicAccessBlockConfigurationProperty { BlockPublicAcls = true }|];
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_BlockAll_AllTrue_Defaults_AndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, BlockPublicAccess fromCaller, bool flag) : base(scope, id)
                {
                    new Bucket(this, "A");
                    new Bucket(this, "B", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ALL });
                    new Bucket(this, "C", new BucketProps { BlockPublicAccess = fromCaller });
                    new Bucket(this, "D", new BucketProps
                    {
                        BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = true,
                            BlockPublicPolicy = true,
                            RestrictPublicBuckets = flag,
                        }),
                    });
                    new CfnBucket(this, "E");
                    new CfnBucket(this, "F", new CfnBucketProps
                    {
                        PublicAccessBlockConfiguration = new CfnBucket.PublicAccessBlockConfigurationProperty
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = true,
                            BlockPublicPolicy = true,
                            RestrictPublicBuckets = true,
                        },
                    });
                    var unrelated = new BlockPublicAccessOptions { BlockPublicAcls = false };
                }
            }
            """).ValidateAsync();
    }

    // ---------------------------------------------------------------- code fixes

    [Fact]
    public async Task Fix_Sdk_FalseBecomesTrue_MissingFlagsAreAdded_FixAll()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3.Model;

            class C
            {
                object M() => new PutPublicAccessBlockRequest
                {
                    BucketName = "b",
                    PublicAccessBlockConfiguration = [|new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = [|false|],
                        IgnorePublicAcls = true,
                    }|],
                };

                object N() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = [|new PublicAccessBlockConfiguration()|] };

                object O() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = [|new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true }|] };
            }
            """)
            .FixesTo(
                """
                using Amazon.S3.Model;

                class C
                {
                    object M() => new PutPublicAccessBlockRequest
                    {
                        BucketName = "b",
                        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                        {
                            BlockPublicAcls = true,
                            IgnorePublicAcls = true,
                            BlockPublicPolicy = true,
                            RestrictPublicBuckets = true,
                        },
                    };

                    object N() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = true,
                        RestrictPublicBuckets = true,
                    } };

                    object O() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, IgnorePublicAcls = true, BlockPublicPolicy = true, RestrictPublicBuckets = true } };
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_Cdk_BlockAclsBecomesBlockAll_OptionsGetAllFlags_DeleteKeepsItsDiagnostic()
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
                public MyStack(Construct scope, string id, IAmazonS3 s3) : base(scope, id)
                {
                    new Bucket(this, "A", new BucketProps { BlockPublicAccess = [|BlockPublicAccess.BLOCK_ACLS|] });
                    new Bucket(this, "B", new BucketProps
                    {
                        BlockPublicAccess = new BlockPublicAccess([|new BlockPublicAccessOptions { BlockPublicAcls = true, BlockPublicPolicy = [|false|] }|]),
                    });
                    [|s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "b" })|];
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
                    public MyStack(Construct scope, string id, IAmazonS3 s3) : base(scope, id)
                    {
                        new Bucket(this, "A", new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ALL });
                        new Bucket(this, "B", new BucketProps
                        {
                            BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions { BlockPublicAcls = true, BlockPublicPolicy = true, IgnorePublicAcls = true, RestrictPublicBuckets = true }),
                        });
                        [|s3.DeletePublicAccessBlockAsync(new DeletePublicAccessBlockRequest { BucketName = "b" })|];
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_Sdk_SettingsAssignedAfterCreation()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3;
            using Amazon.S3.Model;
            using System.Threading.Tasks;

            class C
            {
                async Task M(IAmazonS3 s3)
                {
                    var config = [|new PublicAccessBlockConfiguration()|];
                    config.BlockPublicAcls = true;
                    config.BlockPublicPolicy = [|false|];
                    await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = "b", PublicAccessBlockConfiguration = config });
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.S3;
                using Amazon.S3.Model;
                using System.Threading.Tasks;

                class C
                {
                    async Task M(IAmazonS3 s3)
                    {
                        var config = new PublicAccessBlockConfiguration
                        {
                            IgnorePublicAcls = true,
                            RestrictPublicBuckets = true,
                        };
                        config.BlockPublicAcls = true;
                        config.BlockPublicPolicy = true;
                        await s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest { BucketName = "b", PublicAccessBlockConfiguration = config });
                    }
                }
                """)
            .ValidateAsync();
    }
}

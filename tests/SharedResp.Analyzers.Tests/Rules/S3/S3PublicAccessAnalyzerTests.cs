using SharedResp.Analyzers.Rules.S3;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.S3.S3PublicAccessAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.S3;

/// <summary>SR3001 — S3 bucket or objects made public.</summary>
public class S3PublicAccessAnalyzerTests
{
    // ---------------------------------------------------------------- SDK: canned ACLs

    [Theory]
    [InlineData("PutObjectRequest", "CannedACL", "PublicRead")]
    [InlineData("PutObjectRequest", "CannedACL", "PublicReadWrite")]
    [InlineData("PutObjectRequest", "CannedACL", "AuthenticatedRead")]
    [InlineData("PutBucketRequest", "CannedACL", "PublicRead")]
    [InlineData("PutBucketAclRequest", "ACL", "PublicReadWrite")]
    [InlineData("PutObjectAclRequest", "ACL", "PublicRead")]
    [InlineData("CopyObjectRequest", "CannedACL", "PublicRead")]
    [InlineData("InitiateMultipartUploadRequest", "CannedACL", "AuthenticatedRead")]
    [InlineData("PutACLRequest", "CannedACL", "PublicRead")]
    public async Task Sdk_PublicCannedAcl_InInitializer_IsReported(string request, string property, string acl)
    {
        await VerifyCS.Code($$"""
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                object M() => new {{request}} { {{property}} = [|S3CannedACL.{{acl}}|] };
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_TransferUtilityUploadRequests_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Transfer;

            class C
            {
                void M()
                {
                    var upload = new TransferUtilityUploadRequest { BucketName = "b", Key = "k", CannedACL = [|S3CannedACL.PublicRead|] };
                    var directory = new TransferUtilityUploadDirectoryRequest { BucketName = "b", CannedACL = [|S3CannedACL.PublicReadWrite|] };
                    var multipart = new TransferUtilityOpenStreamRequest();
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_AssignmentAfterCreation_TargetTypedNew_AndLocalValue_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                void M()
                {
                    var request = new PutObjectRequest { BucketName = "b", Key = "k" };
                    request.CannedACL = [|S3CannedACL.PublicRead|];

                    PutBucketRequest bucket = new() { BucketName = "b", CannedACL = [|S3CannedACL.PublicReadWrite|] };

                    var acl = S3CannedACL.AuthenticatedRead;
                    var copy = new CopyObjectRequest { CannedACL = [|acl|] };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_WireStrings_FindValue_ConstantsAndStaticReadonly_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;

            static class Acls
            {
                public const string PublicWire = "public-read";
                public static readonly S3CannedACL Shared = S3CannedACL.PublicRead;
            }

            class C
            {
                void M()
                {
                    _ = new PutObjectRequest { CannedACL = [|"public-read"|] };
                    _ = new PutObjectRequest { CannedACL = [|S3CannedACL.FindValue("public-read-write")|] };
                    _ = new PutObjectRequest { CannedACL = [|Acls.PublicWire|] };
                    _ = new PutObjectRequest { CannedACL = [|Acls.Shared|] };
                    _ = new PutObjectRequest { CannedACL = [|new S3CannedACL("authenticated-read")|] };
                    _ = new PutObjectRequest { CannedACL = [|$"public-{"read"}"|] };
                    var wire = "public-read-write";
                    _ = new PutObjectRequest { CannedACL = [|wire|] };
                    _ = new PutObjectRequest { CannedACL = [|S3CannedACL.FindValue(wire)|] };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_GrantsToGlobalGroups_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                const string AuthenticatedUsers = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";

                void M()
                {
                    var grant = new S3Grant
                    {
                        Grantee = new S3Grantee { URI = [|"http://acs.amazonaws.com/groups/global/AllUsers"|] },
                        Permission = S3Permission.READ,
                    };
                    var grantee = new S3Grantee();
                    grantee.URI = [|AuthenticatedUsers|];
                    _ = new PutObjectAclRequest { BucketName = "b", Key = "k", GrantRead = [|"uri=http://acs.amazonaws.com/groups/global/AllUsers"|] };
                    _ = new PutBucketAclRequest { BucketName = "b", GrantWrite = [|"uri=\"http://acs.amazonaws.com/groups/global/AllUsers\""|] };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_Message_NamesWhatWhoAndTheFix()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                object M() => new PutObjectRequest { CannedACL = {|#0:S3CannedACL.PublicRead|} };
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "Canned ACL PublicRead",
                    "the object",
                    "anyone on the internet",
                    "use S3CannedACL.Private and grant access to named principals instead"))
            .ValidateAsync();
    }

    // ---------------------------------------------------------------- SDK: negatives and near-misses

    [Fact]
    public async Task Sdk_PrivateAndOwnerAcls_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                void M(S3CannedACL fromCaller, bool flag)
                {
                    _ = new PutObjectRequest { CannedACL = S3CannedACL.Private };
                    _ = new PutObjectRequest { CannedACL = S3CannedACL.BucketOwnerFullControl };
                    _ = new PutObjectRequest { CannedACL = S3CannedACL.BucketOwnerRead };
                    _ = new PutObjectRequest { CannedACL = S3CannedACL.NoACL };
                    _ = new PutBucketRequest { CannedACL = S3CannedACL.LogDeliveryWrite };
                    _ = new PutObjectRequest { CannedACL = "private" };
                    _ = new PutObjectRequest { CannedACL = new S3CannedACL("bucket-owner-full-control") };
                    _ = new PutObjectRequest { CannedACL = S3CannedACL.FindValue("private") };
                    _ = new PutObjectRequest { CannedACL = fromCaller };
                    _ = new PutObjectRequest { CannedACL = flag ? S3CannedACL.PublicRead : S3CannedACL.Private };
                    var reassigned = S3CannedACL.PublicRead;
                    reassigned = S3CannedACL.Private;
                    _ = new PutObjectRequest { CannedACL = reassigned };
                    var comparison = fromCaller == S3CannedACL.PublicRead;
                    _ = new S3Grantee { URI = "http://acs.amazonaws.com/groups/s3/LogDelivery" };
                    _ = new S3Grantee { CanonicalUser = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" };
                    _ = new PutObjectAclRequest { GrantRead = "id=79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_SameNamedTypesOutsideTheSdk_AreNotReported()
    {
        await VerifyCS.Code("""
            namespace MyApp
            {
                class S3CannedACL { public static readonly S3CannedACL PublicRead = new S3CannedACL(); }
                class PutObjectRequest { public S3CannedACL? CannedACL { get; set; } public bool PublicReadAccess { get; set; } }
                class Bucket { public void GrantPublicAccess() { } }

                class C
                {
                    void M()
                    {
                        _ = new PutObjectRequest { CannedACL = S3CannedACL.PublicRead, PublicReadAccess = true };
                        new Bucket().GrantPublicAccess();
                    }
                }
            }
            """).ValidateAsync();
    }

    // ---------------------------------------------------------------- CDK

    [Theory]
    [InlineData("PUBLIC_READ")]
    [InlineData("PUBLIC_READ_WRITE")]
    [InlineData("AUTHENTICATED_READ")]
    public async Task Cdk_BucketAccessControl_Public_IsReported(string member)
    {
        await VerifyCS.Code($$"""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Bucket(this, "Site", new BucketProps { AccessControl = [|BucketAccessControl.{{member}}|] });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_PublicReadAccess_PropsInVariable_AndGrantPublicAccess_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                static readonly bool MakePublic = true;

                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    var props = new BucketProps { Versioned = true };
                    props.PublicReadAccess = [|true|];
                    var bucket = new Bucket(this, "Site", props);
                    [|bucket.GrantPublicAccess("*", "s3:GetObject")|];
                    IBucket imported = Bucket.FromBucketName(this, "Imported", "name");
                    [|imported.GrantPublicAccess()|];
                    new Bucket(this, "Other", new BucketProps { PublicReadAccess = [|MakePublic|] });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_CfnBucket_AccessControl_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnBucket(this, "A", new CfnBucketProps { AccessControl = [|"PublicRead"|] });
                    new CfnBucket(this, "B", new CfnBucketProps { AccessControl = [|"PublicReadWrite"|] });
                    var c = new CfnBucket(this, "C");
                    c.AccessControl = [|"AuthenticatedRead"|];
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_BucketDeployment_PublicAcl_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.S3.Deployment;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    var bucket = new Bucket(this, "Site");
                    new BucketDeployment(this, "Deploy", new BucketDeploymentProps
                    {
                        DestinationBucket = bucket,
                        Sources = new[] { Source.Asset("./site") },
                        AccessControl = [|BucketAccessControl.PUBLIC_READ|],
                    });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_PrivateAndDefaults_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, bool fromConfig) : base(scope, id)
                {
                    new Bucket(this, "A");
                    new Bucket(this, "B", new BucketProps { AccessControl = BucketAccessControl.PRIVATE, PublicReadAccess = false });
                    new Bucket(this, "C", new BucketProps { AccessControl = BucketAccessControl.BUCKET_OWNER_FULL_CONTROL });
                    new Bucket(this, "D", new BucketProps { AccessControl = BucketAccessControl.LOG_DELIVERY_WRITE });
                    new Bucket(this, "E", new BucketProps { PublicReadAccess = fromConfig });
                    new CfnBucket(this, "F", new CfnBucketProps { AccessControl = "Private" });
                    new CfnBucket(this, "G", new CfnBucketProps { AccessControl = "LogDeliveryWrite" });
                    var bucket = new Bucket(this, "H");
                    bucket.GrantRead(new AccountRootPrincipal());
                    bucket.GrantReadWrite(new ServicePrincipal("lambda.amazonaws.com"));
                }
            }
            """).ValidateAsync();
    }

    // ---------------------------------------------------------------- code fixes

    [Fact]
    public async Task Fix_SdkCannedAcl_BecomesPrivate_AddsUsing_FixAll()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3.Model;

            class C
            {
                void M()
                {
                    var a = new PutObjectRequest { BucketName = "b", CannedACL = [|Amazon.S3.S3CannedACL.PublicRead|] };
                    var b = new PutBucketRequest
                    {
                        BucketName = "b",
                        CannedACL = [|"public-read-write"|], // keep this comment
                    };
                    b.CannedACL = [|Amazon.S3.S3CannedACL.AuthenticatedRead|];
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.S3;
                using Amazon.S3.Model;

                class C
                {
                    void M()
                    {
                        var a = new PutObjectRequest { BucketName = "b", CannedACL = S3CannedACL.Private };
                        var b = new PutBucketRequest
                        {
                            BucketName = "b",
                            CannedACL = S3CannedACL.Private, // keep this comment
                        };
                        b.CannedACL = S3CannedACL.Private;
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_CdkAccessControl_CfnString_AndPublicReadAccess()
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
                    new Bucket(this, "A", new BucketProps
                    {
                        Versioned = true,
                        AccessControl = [|BucketAccessControl.PUBLIC_READ|],
                        PublicReadAccess = [|true|],
                    });
                    new Bucket(this, "B", new BucketProps { PublicReadAccess = [|true|], Versioned = true });
                    new Bucket(this, "C", new BucketProps { Versioned = true, PublicReadAccess = [|true|] });
                    var props = new BucketProps();
                    props.PublicReadAccess = [|true|];
                    new CfnBucket(this, "D", new CfnBucketProps { AccessControl = [|"PublicRead"|] });
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.S3;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Bucket(this, "A", new BucketProps
                        {
                            Versioned = true,
                            AccessControl = BucketAccessControl.PRIVATE,
                        });
                        new Bucket(this, "B", new BucketProps { Versioned = true });
                        new Bucket(this, "C", new BucketProps { Versioned = true });
                        var props = new BucketProps();
                        new CfnBucket(this, "D", new CfnBucketProps { AccessControl = "Private" });
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_GrantPublicAccess_StatementIsRemoved_UsedResultIsNotFixed()
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
                    var bucket = new Bucket(this, "Site");
                    // Make the site readable.
                    [|bucket.GrantPublicAccess()|];
                    var grant = [|bucket.GrantPublicAccess("index.html")|];
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.S3;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        var bucket = new Bucket(this, "Site");
                        // Make the site readable.
                        var grant = [|bucket.GrantPublicAccess("index.html")|];
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_GrantToGlobalGroup_HasNoAutomaticFix()
    {
        var source = """
            using Amazon.S3.Model;

            class C
            {
                object M() => new S3Grantee { URI = [|"http://acs.amazonaws.com/groups/global/AllUsers"|] };
            }
            """;
        await VerifyCS.Code(source).FixesTo(source).ValidateAsync();
    }
}

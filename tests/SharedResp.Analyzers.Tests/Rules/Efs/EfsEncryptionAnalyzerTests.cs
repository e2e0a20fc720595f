using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Efs.EfsEncryptionAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Efs;

/// <summary>SR1005 — EFS file system not encrypted.</summary>
public class EfsEncryptionAnalyzerTests
{
    [Fact]
    public async Task Cdk_FileSystem_EncryptedFalse_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.EFS;
            using Constructs;
            using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new FileSystem(this, "Plain", new FileSystemProps { Vpc = vpc, Encrypted = {|#0:false|} });
                    var props = new FileSystemProps { Vpc = vpc };
                    props.Encrypted = [|false|];
                    new FileSystem(this, "Later", props);
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("FileSystem with Encrypted = false", "set Encrypted = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_FileSystem_Missing_IsEncryptedByDefault_NotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.EFS;
            using Amazon.CDK.AWS.KMS;
            using Constructs;
            using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, IKey key, bool flag) : base(scope, id)
                {
                    new FileSystem(this, "Default", new FileSystemProps { Vpc = vpc });
                    new FileSystem(this, "Explicit", new FileSystemProps { Vpc = vpc, Encrypted = true });
                    new FileSystem(this, "Key", new FileSystemProps { Vpc = vpc, KmsKey = key });
                    new FileSystem(this, "Unknown", new FileSystemProps { Vpc = vpc, Encrypted = flag });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_CfnFileSystem_MissingOrFalse_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EFS;
            using Constructs;
            using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    [|new CfnFileSystem(this, "NoProps")|];
                    new CfnFileSystem(this, "Missing", {|#0:new CfnFileSystemProps { PerformanceMode = "generalPurpose" }|});
                    new CfnFileSystem(this, "False", new CfnFileSystemProps { Encrypted = [|false|] });
                    var fs = new CfnFileSystem(this, "SetOnConstruct", new CfnFileSystemProps { Encrypted = true });
                    fs.Encrypted = [|false|];
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("CfnFileSystem without Encrypted (CloudFormation default: unencrypted)", "set Encrypted = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_CfnFileSystem_SecureKeyedUnknownAndSetLater_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EFS;
            using Constructs;
            using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, object encrypted, ICfnFileSystemProps fromCaller) : base(scope, id)
                {
                    new CfnFileSystem(this, "Encrypted", new CfnFileSystemProps { Encrypted = true });
                    new CfnFileSystem(this, "Key", new CfnFileSystemProps { KmsKeyId = "arn:aws:kms:eu-west-1:111122223333:key/k" });
                    new CfnFileSystem(this, "Unknown", new CfnFileSystemProps { Encrypted = encrypted });
                    new CfnFileSystem(this, "FromCaller", fromCaller);
                    var fs = new CfnFileSystem(this, "SetOnConstruct", new CfnFileSystemProps());
                    fs.Encrypted = true;
                    var props = new CfnFileSystemProps();
                    props.Encrypted = true;
                    new CfnFileSystem(this, "AcrossStatements", props);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsEncryptedTrue()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.EFS;
            using Constructs;
            using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new FileSystem(this, "Plain", new FileSystemProps { Vpc = vpc, Encrypted = [|false|] });
                    [|new CfnFileSystem(this, "NoProps")|];
                    new CfnFileSystem(this, "Missing", [|new CfnFileSystemProps { PerformanceMode = "generalPurpose" }|]);
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.EC2;
                using Amazon.CDK.AWS.EFS;
                using Constructs;
                using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                    {
                        new FileSystem(this, "Plain", new FileSystemProps { Vpc = vpc, Encrypted = true });
                        new CfnFileSystem(this, "NoProps", new CfnFileSystemProps { Encrypted = true });
                        new CfnFileSystem(this, "Missing", new CfnFileSystemProps { PerformanceMode = "generalPurpose", Encrypted = true });
                    }
                }
                """)
            .ValidateAsync();
    }
}

using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Kms.KmsKeyRotationAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Kms;

/// <summary>SR1006 — KMS key rotation disabled.</summary>
public class KmsKeyRotationAnalyzerTests
{
    [Fact]
    public async Task Cdk_Key_MissingOrFalse_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.KMS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    {|#0:new Key(this, "NoProps")|};
                    new Key(this, "Missing", [|new KeyProps { Alias = "alias/data" }|]);
                    new Key(this, "False", new KeyProps { EnableKeyRotation = {|#1:false|} });
                    new Key(this, "ExplicitSymmetric", [|new KeyProps { KeySpec = KeySpec.SYMMETRIC_DEFAULT, KeyUsage = KeyUsage.ENCRYPT_DECRYPT }|]);
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("Key without EnableKeyRotation (default false)", "set EnableKeyRotation = true"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments("Key with EnableKeyRotation = false", "set EnableKeyRotation = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_CfnKey_MissingOrFalse_IsReported_AlsoOnTheConstruct()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.KMS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnKey(this, "Missing", [|new CfnKeyProps { Description = "data" }|]);
                    new CfnKey(this, "False", new CfnKeyProps { EnableKeyRotation = [|false|] });
                    [|new CfnKey(this, "NoProps")|];
                    var key = new CfnKey(this, "SetLater", new CfnKeyProps { EnableKeyRotation = true });
                    key.EnableKeyRotation = [|false|];
                    new CfnKey(this, "Symmetric", [|new CfnKeyProps { KeySpec = "SYMMETRIC_DEFAULT", Origin = "AWS_KMS" }|]);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_KeysThatCannotRotate_SecureAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.KMS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, bool rotate, KeySpec spec, IKeyProps fromCaller) : base(scope, id)
                {
                    new Key(this, "Rotated", new KeyProps { EnableKeyRotation = true });
                    new Key(this, "Rsa", new KeyProps { KeySpec = KeySpec.RSA_2048, KeyUsage = KeyUsage.SIGN_VERIFY });
                    new Key(this, "Hmac", new KeyProps { KeySpec = KeySpec.HMAC_256, KeyUsage = KeyUsage.GENERATE_VERIFY_MAC, EnableKeyRotation = false });
                    new Key(this, "Ecc", new KeyProps { KeySpec = KeySpec.ECC_NIST_P256 });
                    new Key(this, "UnknownSpec", new KeyProps { KeySpec = spec });
                    new Key(this, "Unknown", new KeyProps { EnableKeyRotation = rotate });
                    new Key(this, "FromCaller", fromCaller);
                    // A rotation period turns rotation on in the CDK.
                    new Key(this, "Period", new KeyProps { RotationPeriod = Duration.Days(180) });

                    var props = new KeyProps();
                    props.EnableKeyRotation = true;
                    new Key(this, "AcrossStatements", props);

                    new CfnKey(this, "CfnRotated", new CfnKeyProps { EnableKeyRotation = true });
                    new CfnKey(this, "CfnRsa", new CfnKeyProps { KeySpec = "RSA_2048", KeyUsage = "SIGN_VERIFY" });
                    new CfnKey(this, "CfnHmac", new CfnKeyProps { KeySpec = "HMAC_256", KeyUsage = "GENERATE_VERIFY_MAC" });
                    new CfnKey(this, "CfnExternal", new CfnKeyProps { Origin = "EXTERNAL" });
                    var cfn = new CfnKey(this, "CfnSetOnConstruct", new CfnKeyProps { Description = "d" });
                    cfn.EnableKeyRotation = true;
                    var bare = new CfnKey(this, "CfnBareSetOnConstruct");
                    bare.EnableKeyRotation = true;
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_DisableKeyRotation_IsReported_WithoutFix()
    {
        await VerifyCS.Code(
            """
            using Amazon.KeyManagementService;
            using Amazon.KeyManagementService.Model;
            using System.Threading.Tasks;

            class C
            {
                async Task M(IAmazonKeyManagementService kms, AmazonKeyManagementServiceClient client)
                {
                    await {|#0:kms.DisableKeyRotationAsync(new DisableKeyRotationRequest { KeyId = "k" })|};
                    await [|client.DisableKeyRotationAsync("k")|];
                    await kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = "k" });
                    await kms.GetKeyRotationStatusAsync(new GetKeyRotationStatusRequest { KeyId = "k" });
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("DisableKeyRotationAsync turns automatic rotation off", "remove the call, or call EnableKeyRotationAsync instead"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_EnablesRotation()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.KMS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    [|new Key(this, "NoProps")|];
                    new Key(this, "Missing", [|new KeyProps
                    {
                        Alias = "alias/data",
                    }|]);
                    new Key(this, "False", new KeyProps { EnableKeyRotation = [|false|] });
                    new CfnKey(this, "Cfn", [|new CfnKeyProps()|]);
                    new CfnKey(this, "CfnFalse", new CfnKeyProps { EnableKeyRotation = [|false|] });
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.KMS;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Key(this, "NoProps", new KeyProps { EnableKeyRotation = true });
                        new Key(this, "Missing", new KeyProps
                        {
                            Alias = "alias/data",
                            EnableKeyRotation = true,
                        });
                        new Key(this, "False", new KeyProps { EnableKeyRotation = true });
                        new CfnKey(this, "Cfn", new CfnKeyProps { EnableKeyRotation = true });
                        new CfnKey(this, "CfnFalse", new CfnKeyProps { EnableKeyRotation = true });
                    }
                }
                """)
            .ValidateAsync();
    }
}

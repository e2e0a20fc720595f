using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Iam.PolicyNegatedElementAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Iam;

/// <summary>SR2004 — Allow with NotAction, NotResource or NotPrincipal.</summary>
public class PolicyNegatedElementAnalyzerTests
{
    [Fact]
    public async Task Cdk_AllowWithNegatedElements_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M()
                {
                    var notAction = new PolicyStatement(new PolicyStatementProps { NotActions = [|new[] { "iam:*" }|], Resources = new[] { "*" } });
                    var statement = new PolicyStatement();
                    [|statement.AddNotResources("arn:aws:s3:::secret/*")|];
                    statement.AddActions("s3:GetObject");
                    var notPrincipal = new PolicyStatement(new PolicyStatementProps { NotPrincipals = [|new IPrincipal[] { new AccountRootPrincipal() }|], Actions = new[] { "s3:GetObject" } });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Deny_AndUnknownEffect_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;
            using Amazon.S3.Model;

            class C
            {
                void M(Effect effect)
                {
                    var deny = new PolicyStatement(new PolicyStatementProps { Effect = Effect.DENY, NotActions = new[] { "iam:*" }, Resources = new[] { "*" } });
                    var unknown = new PolicyStatement(new PolicyStatementProps { Effect = effect, NotActions = new[] { "iam:*" } });
                    var json = new PutBucketPolicyRequest { Policy = "{\"Statement\":[{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::b/*\"}]}" };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_Json_IsReported_OnTheKey()
    {
        await VerifyCS.Code(""""
            using Amazon.IdentityManagement.Model;

            class C
            {
                void M()
                {
                    var role = new PutRolePolicyRequest { RoleName = "r", PolicyName = "p", PolicyDocument = """{"Statement":[{"Sid":"AllButIam","Effect":"Allow",{|#0:"NotAction"|}:"iam:*","Resource":"*"}]}""" };
                }
            }
            """")
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("Statement \"AllButIam\"", "NotAction", "Action"))
            .ValidateAsync();
    }
}

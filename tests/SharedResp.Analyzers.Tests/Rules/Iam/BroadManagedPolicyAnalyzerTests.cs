using Microsoft.CodeAnalysis;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Iam.BroadManagedPolicyAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Iam;

/// <summary>SR2005 — broad AWS managed policy attached.</summary>
public class BroadManagedPolicyAnalyzerTests
{
    [Fact]
    public async Task Cdk_And_Sdk_BroadPolicies_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.IdentityManagement.Model;

            class C
            {
                void M(Stack stack)
                {
                    var role = new Role(stack, "R", new RoleProps
                    {
                        AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
                        ManagedPolicies = new[] { ManagedPolicy.FromAwsManagedPolicyName([|"AdministratorAccess"|]) },
                    });
                    role.AddManagedPolicy(ManagedPolicy.FromManagedPolicyArn(stack, "P", [|"arn:aws:iam::aws:policy/PowerUserAccess"|]));
                    var attach = new AttachRolePolicyRequest { RoleName = "r", PolicyArn = [|"arn:aws:iam::aws:policy/IAMFullAccess"|] };
                    var group = new AttachGroupPolicyRequest { GroupName = "g", PolicyArn = {|#0:"arn:aws:iam::aws:policy/AmazonS3FullAccess"|} };
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithSeverity(DiagnosticSeverity.Info).WithArguments("AttachGroupPolicyRequest", "AmazonS3FullAccess", "every action of the service on every resource"))
            .ValidateAsync();
    }

    [Fact]
    public async Task NarrowPolicies_AndUnknownNames_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.IdentityManagement.Model;

            class C
            {
                void M(Stack stack, string name)
                {
                    var readOnly = ManagedPolicy.FromAwsManagedPolicyName("ReadOnlyAccess");
                    var lambda = ManagedPolicy.FromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole");
                    var unknown = ManagedPolicy.FromAwsManagedPolicyName(name);
                    var customer = ManagedPolicy.FromManagedPolicyArn(stack, "P", "arn:aws:iam::123456789012:policy/AdministratorAccess");
                    var attach = new AttachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" };
                }
            }
            """).ValidateAsync();
    }
}

using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Iam.IamUserAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Iam;

/// <summary>SR2006 — IAM user with console password or directly attached permissions.</summary>
public class IamUserAnalyzerTests
{
    [Fact]
    public async Task Cdk_PasswordAndDirectPermissions_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(Stack stack, ManagedPolicy policy)
                {
                    var user = new User(stack, "U", new UserProps
                    {
                        UserName = "alice",
                        Password = [|SecretValue.UnsafePlainText("Passw0rd!")|],
                        ManagedPolicies = [|new IManagedPolicy[] { policy }|],
                    });
                    [|user.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:GetObject" }, Resources = new[] { "arn:aws:s3:::b/*" } }))|];
                    [|user.AddManagedPolicy(policy)|];
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_LoginProfile_AndUserPolicies_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.IdentityManagement.Model;

            class C
            {
                void M()
                {
                    var login = [|new CreateLoginProfileRequest { UserName = "alice", Password = "p" }|];
                    var attach = [|new AttachUserPolicyRequest { UserName = "alice", PolicyArn = "arn:aws:iam::123456789012:policy/p" }|];
                    var put = [|new PutUserPolicyRequest { UserName = "alice", PolicyName = "p", PolicyDocument = "{}" }|];
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task GroupsRolesAndUsersWithoutPasswords_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.IdentityManagement.Model;

            class C
            {
                void M(Stack stack, ManagedPolicy policy)
                {
                    var group = new Group(stack, "G", new GroupProps { ManagedPolicies = new IManagedPolicy[] { policy } });
                    var user = new User(stack, "U", new UserProps { UserName = "alice", Groups = new IGroup[] { group } });
                    group.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:GetObject" }, Resources = new[] { "arn:aws:s3:::b/*" } }));
                    var role = new AttachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:iam::123456789012:policy/p" };
                    var noPolicies = new UserProps { ManagedPolicies = new IManagedPolicy[0] };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_PoliciesAttachedToUsers_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(Stack stack, User user, Group group)
                {
                    var policy = new Policy(stack, "P", new PolicyProps { Users = [|new IUser[] { user }|] });
                    [|policy.AttachToUser(user)|];
                    var managed = new ManagedPolicy(stack, "M", new ManagedPolicyProps { Users = [|new IUser[] { user }|] });
                    [|managed.AttachToUser(user)|];
                    policy.AttachToGroup(group);
                    var none = new Policy(stack, "N", new PolicyProps { Groups = new IGroup[] { group } });
                }
            }
            """).ValidateAsync();
    }
}

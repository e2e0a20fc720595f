using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Iam.PolicyPublicPrincipalAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Iam;

/// <summary>SR2003 — resource policy grants access to everyone.</summary>
public class PolicyPublicPrincipalAnalyzerTests
{
    [Fact]
    public async Task Cdk_EveryonePrincipals_AndGrants_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SQS;

            class C
            {
                void M(Bucket bucket, Queue queue)
                {
                    var any = new PolicyStatement(new PolicyStatementProps { Principals = new IPrincipal[] { [|new AnyPrincipal()|] }, Actions = new[] { "s3:GetObject" }, Resources = new[] { "arn:aws:s3:::b/*" } });
                    var star = new PolicyStatement(new PolicyStatementProps { Principals = [[|new StarPrincipal()|]], Actions = new[] { "sqs:SendMessage" } });
                    var arn = new PolicyStatement(new PolicyStatementProps { Principals = new[] { [|new ArnPrincipal("*")|] }, Actions = new[] { "sqs:SendMessage" } });
                    var statement = new PolicyStatement();
                    [|statement.AddAnyPrincipal()|];
                    statement.AddActions("sqs:SendMessage");
                    queue.AddToResourcePolicy(statement);
                    bucket.GrantRead([|new AnyPrincipal()|]);
                    queue.GrantSendMessages([|new StarPrincipal()|]);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_RestrictingConditions_Deny_NamedPrincipals_AreNotReported()
    {
        await VerifyCS.Code("""
            using System.Collections.Generic;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.S3;

            class C
            {
                void M(Bucket bucket, IPrincipal principal, IDictionary<string, object> conditions)
                {
                    var conditioned = new PolicyStatement(new PolicyStatementProps
                    {
                        Principals = new IPrincipal[] { new AnyPrincipal() },
                        Actions = new[] { "s3:GetObject" },
                        Conditions = new Dictionary<string, object> { { "StringEquals", new Dictionary<string, object> { { "aws:PrincipalOrgID", "o-123" } } } },
                    });
                    var unknownCondition = new PolicyStatement(new PolicyStatementProps { Principals = new IPrincipal[] { new AnyPrincipal() }, Actions = new[] { "s3:GetObject" }, Conditions = conditions });
                    var later = new PolicyStatement(new PolicyStatementProps { Principals = new IPrincipal[] { new AnyPrincipal() }, Actions = new[] { "sns:Publish" } });
                    later.AddSourceArnCondition("arn:aws:s3:::b");
                    var deny = new PolicyStatement(new PolicyStatementProps { Effect = Effect.DENY, Principals = new IPrincipal[] { new AnyPrincipal() }, Actions = new[] { "s3:*" } });
                    var named = new PolicyStatement(new PolicyStatementProps { Principals = new IPrincipal[] { new ArnPrincipal("arn:aws:iam::123456789012:role/r"), new ServicePrincipal("sns.amazonaws.com"), principal } });
                    bucket.GrantRead(new AccountRootPrincipal());
                    bucket.GrantRead(principal);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_JsonPrincipals_AreReported_UnlessRestricted()
    {
        await VerifyCS.Code(""""
            using Amazon.S3.Model;
            using Amazon.SimpleNotificationService.Model;

            class C
            {
                void M()
                {
                    var aws = new PutBucketPolicyRequest { BucketName = "b", Policy = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":[|"*"|]},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}""" };
                    var array = new PutBucketPolicyRequest { BucketName = "b", Policy = """{"Statement":{"Sid":"Public","Effect":"Allow","Principal":{"AWS":[[|"*"|]]},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}""" };
                    var bare = new SetTopicAttributesRequest { TopicArn = "t", AttributeName = "Policy", AttributeValue = """{"Statement":[{"Effect":"Allow","Principal":[|"*"|],"Action":"sns:Publish","Resource":"*"}]}""" };
                    var restricted = new PutBucketPolicyRequest { BucketName = "b", Policy = """{"Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*","Condition":{"StringEquals":{"aws:SourceVpce":"vpce-1"}}}]}""" };
                    var notPolicy = new SetTopicAttributesRequest { TopicArn = "t", AttributeName = "DisplayName", AttributeValue = """{"Statement":[{"Effect":"Allow","Principal":"*","Action":"sns:Publish"}]}""" };
                    var service = new PutBucketPolicyRequest { BucketName = "b", Policy = """{"Statement":[{"Effect":"Allow","Principal":{"Service":"logging.s3.amazonaws.com"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"}]}""" };
                }
            }
            """").ValidateAsync();
    }

    [Fact]
    public async Task Sdk_AccessControlPolicy_AllUsers_IsReported_UnlessConditioned()
    {
        await VerifyCS.Code("""
            using Amazon.Auth.AccessControlPolicy;

            class C
            {
                void M(string topicArn)
                {
                    var everyone = new Statement(Statement.StatementEffect.Allow)
                        .WithPrincipals([|Principal.AllUsers|])
                        .WithActionIdentifiers(new ActionIdentifier("sqs:SendMessage"));
                    var anonymous = new Statement(Statement.StatementEffect.Allow).WithPrincipals([|Principal.Anonymous|], new Principal("arn:aws:iam::123456789012:root"));
                    var conditioned = new Statement(Statement.StatementEffect.Allow)
                        .WithPrincipals(Principal.AllUsers)
                        .WithActionIdentifiers(new ActionIdentifier("sqs:SendMessage"))
                        .WithConditions(ConditionFactory.NewSourceArnCondition(topicArn));
                    var named = new Statement(Statement.StatementEffect.Allow).WithPrincipals(new Principal("arn:aws:iam::123456789012:root"));
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task L1AndIamTrustPolicies_AreReported()
    {
        await VerifyCS.Code(""""
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.S3;
            using Amazon.IdentityManagement.Model;
            using Amazon.SimpleNotificationService.Model;

            class C
            {
                void M(Stack stack)
                {
                    new CfnRole(stack, "R", new CfnRoleProps
                    {
                        AssumeRolePolicyDocument = new Dictionary<string, object>
                        {
                            ["Statement"] = new object[] { new Dictionary<string, object> { ["Effect"] = "Allow", ["Principal"] = new Dictionary<string, object> { ["AWS"] = [|"*"|] }, ["Action"] = "sts:AssumeRole" } },
                        },
                    });
                    new CfnBucketPolicy(stack, "BP", new CfnBucketPolicyProps { Bucket = "b", PolicyDocument = """{"Statement":[{"Effect":"Allow","Principal":[|"*"|],"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}""" });
                    var trust = new CreateRoleRequest { RoleName = "r", AssumeRolePolicyDocument = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":[|"*"|]},"Action":"sts:AssumeRole"}]}""" };
                    var externalId = new CreateRoleRequest { RoleName = "r", AssumeRolePolicyDocument = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"sts:ExternalId":"x"}}}]}""" };
                    var topic = new CreateTopicRequest { Name = "t", Attributes = new Dictionary<string, string> { ["Policy"] = """{"Statement":[{"Effect":"Allow","Principal":{"AWS":[|"*"|]},"Action":"sns:Publish","Resource":"*"}]}""" } };
                }
            }
            """").ValidateAsync();
    }
}

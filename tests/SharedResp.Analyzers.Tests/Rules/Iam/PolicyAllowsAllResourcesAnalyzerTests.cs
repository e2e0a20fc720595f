using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Iam.PolicyAllowsAllResourcesAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Iam;

/// <summary>SR2002 — policy allows actions on every resource.</summary>
public class PolicyAllowsAllResourcesAnalyzerTests
{
    [Fact]
    public async Task Cdk_ScopableWritesAndSensitiveReads_OnStar_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(Role role)
                {
                    var write = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:PutObject" }, Resources = new[] { [|"*"|] } });
                    var expanded = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:Get*" }, Resources = ["arn:aws:s3:::b", [|"*"|]] });
                    var secret = new PolicyStatement(new PolicyStatementProps { Sid = "ReadSecrets", Actions = new[] { "secretsmanager:GetSecretValue" }, Resources = new[] { [|"*"|] } });
                    var statement = new PolicyStatement();
                    statement.AddActions("kms:Decrypt");
                    [|statement.AddAllResources()|];
                    role.AddToPolicy(statement);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_StarOnlyActions_ListAndReads_ScopedDenyAndResourcePolicies_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(string resource)
                {
                    var describe = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "ec2:Describe*", "s3:ListAllMyBuckets", "sts:GetCallerIdentity", "textract:DetectDocumentText", "xray:GetSamplingRules", "cloudwatch:GetMetricData" }, Resources = new[] { "*" } });
                    var list = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:ListBucket" }, Resources = new[] { "*" } });
                    var scoped = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:PutObject" }, Resources = new[] { "arn:aws:s3:::b/*" } });
                    var deny = new PolicyStatement(new PolicyStatementProps { Effect = Effect.DENY, Actions = new[] { "s3:PutObject" }, Resources = new[] { "*" } });
                    var unknown = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:PutObject" }, Resources = new[] { resource } });
                    var resourcePolicy = new PolicyStatement(new PolicyStatementProps { Principals = new IPrincipal[] { new AccountRootPrincipal() }, Actions = new[] { "kms:Decrypt" }, Resources = new[] { "*" } });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_IdentityPolicy_IsReported_SingleResourcePolicies_AreNot()
    {
        await VerifyCS.Code(""""
            using Amazon.IdentityManagement.Model;
            using Amazon.KeyManagementService.Model;

            class C
            {
                void M()
                {
                    var policy = new CreatePolicyRequest
                    {
                        PolicyName = "p",
                        PolicyDocument = """
                            {
                              "Version": "2012-10-17",
                              "Statement": [
                                { "Effect": "Allow", "Action": [ "dynamodb:GetItem", "dynamodb:Query" ], "Resource": [|"*"|] },
                                { "Effect": "Allow", "Action": "logs:DescribeLogGroups", "Resource": "*" }
                              ]
                            }
                            """,
                    };
                    var key = new CreateKeyRequest { Policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}" };
                }
            }
            """").ValidateAsync();
    }

    [Fact]
    public async Task ExemptActions_FromEditorconfig_AreNotCounted()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M()
                {
                    var logs = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:PutLogEvents", "logs:CreateLogStream" }, Resources = new[] { "*" } });
                    var mixed = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:PutLogEvents", "sqs:SendMessage" }, Resources = new[] { [|"*"|] } });
                }
            }
            """)
            .WithOptions("dotnet_code_quality.SR2002.exempt_actions = logs:*, xray:PutTraceSegments")
            .ValidateAsync();
    }

    [Fact]
    public async Task MultipleStatements_MalformedAndPartialJson()
    {
        await VerifyCS.Code(""""
            using Amazon.IdentityManagement.Model;

            class C
            {
                void M(string bucket)
                {
                    var assembled = new PutRolePolicyRequest
                    {
                        RoleName = "r",
                        PolicyName = "p",
                        PolicyDocument = """
                            {
                              "Statement": [
                                { "Sid": "Describe", "Effect": "Allow", "Action": "ec2:Describe*", "Resource": "*" },
                                { "Sid": "Scoped", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::b/*" },
                                { "Sid": "Broad", "Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": ["arn:aws:sqs:*:*:q", [|"*"|]] }
                              ]
                            }
                            """,
                    };
                    var truncated = new CreatePolicyRequest { PolicyName = "p", PolicyDocument = """{"Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"}""" };
                    var trailing = new CreatePolicyVersionRequest { PolicyArn = "a", PolicyDocument = """{"Statement":[{"Effect":"Allow","Action":"s3:PutObject","Resource":"*"}]} x""" };
                    var badEscape = new PutGroupPolicyRequest { GroupName = "g", PolicyName = "p", PolicyDocument = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Put\\qObject\",\"Resource\":\"*\"}]}" };
                    var holeInResource = new CreatePolicyRequest { PolicyName = "p", PolicyDocument = $"{{\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"s3:PutObject\",\"Resource\":\"{bucket}\"}}]}}" };
                    var empty = new CreatePolicyRequest { PolicyName = "p", PolicyDocument = "{}" };
                    var array = new CreatePolicyRequest { PolicyName = "p", PolicyDocument = "[]" };
                }
            }
            """").ValidateAsync();
    }

    [Fact]
    public async Task Message_NamesTheStatement_AndTheDataReadsFirst()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M()
                {
                    var all = new PolicyStatement(new PolicyStatementProps { Sid = "Everything", Actions = new[] { "s3:*" }, Resources = new[] { {|#0:"*"|} } });
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("Statement \"Everything\"", "s3:GetObject (reads data), s3:GetObjectTorrent (reads data) and more", "Resource"))
            .ValidateAsync();
    }
}

using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Iam.PolicyAllowsAllActionsAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Iam;

/// <summary>SR2001 — policy allows every action.</summary>
public class PolicyAllowsAllActionsAnalyzerTests
{
    [Fact]
    public async Task Cdk_PolicyStatementProps_Wildcards_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M()
                {
                    var all = new PolicyStatement(new PolicyStatementProps { Actions = new[] { [|"*"|] }, Resources = new[] { "arn:aws:s3:::b/*" } });
                    var service = new PolicyStatement(new PolicyStatementProps { Effect = Effect.ALLOW, Actions = new[] { "s3:GetObject", [|"S3:*"|] }, Resources = new[] { "*" } });
                    var collection = new PolicyStatement(new PolicyStatementProps { Actions = [[|"dynamodb:*"|]], Resources = ["*"] });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_Mutators_OnLocal_AreReported_AtTheCall()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(Role role)
                {
                    var statement = new PolicyStatement();
                    statement.AddActions([|"*"|]);
                    statement.AddResources("arn:aws:sqs:us-east-1:123456789012:q");
                    role.AddToPolicy(statement);

                    const string everything = "sqs:*";
                    var other = new PolicyStatement(new PolicyStatementProps { Resources = new[] { "*" } });
                    other.AddActions("sqs:SendMessage", [|everything|]);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_DenyAndNearMisses_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(string action, Effect effect)
                {
                    var deny = new PolicyStatement(new PolicyStatementProps { Effect = Effect.DENY, Actions = new[] { "*" }, Resources = new[] { "*" } });
                    var partial = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "s3:Get*", "s3:List*", "ec2:Describe*" }, Resources = new[] { "*" } });
                    var unknown = new PolicyStatement(new PolicyStatementProps { Actions = new[] { action }, Resources = new[] { "*" } });
                    var unknownEffect = new PolicyStatement(new PolicyStatementProps { Effect = effect, Actions = new[] { "*" } });
                    var later = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "*" } });
                    later.Effect = Effect.DENY;
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_PolicyStrings_AreReported_InsideTheLiteral()
    {
        await VerifyCS.Code(""""
            using Amazon.S3.Model;
            using Amazon.KeyManagementService.Model;

            class C
            {
                const string Prefix = "{\"Version\":\"2012-10-17\",";

                void M(string bucket)
                {
                    var s3 = new PutBucketPolicyRequest
                    {
                        BucketName = "b",
                        Policy = [|"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::b/*\"}]}"|],
                    };
                    var raw = new PutKeyPolicyRequest
                    {
                        KeyId = "k",
                        Policy = """
                            {
                              "Statement": [
                                { "Sid": "Admin", "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::123456789012:root" }, "Action": [ "kms:Describe*", [|"kms:*"|] ], "Resource": "*" }
                              ]
                            }
                            """,
                    };
                    var verbatim = new CreateKeyRequest { Policy = [|@"{""Statement"":{""Effect"":""Allow"",""Action"":""*"",""Resource"":""*""}}"|] };
                    var concatenated = new PutBucketPolicyRequest { Policy = [|Prefix + "\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"|] };
                    var interpolated = new PutBucketPolicyRequest { Policy = [|$"{{\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"arn:aws:s3:::{bucket}/*\"}}]}}"|] };
                }
            }
            """").ValidateAsync();
    }

    [Fact]
    public async Task Sdk_BadOrUnknownJson_IsNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.S3.Model;

            class C
            {
                void M(string action, string policy)
                {
                    var broken = new PutBucketPolicyRequest { Policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"" };
                    var structural = new PutBucketPolicyRequest { Policy = $"{{\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":{action},\"Resource\":\"*\"}}]}}" };
                    var hole = new PutBucketPolicyRequest { Policy = $"{{\"Statement\":[{{\"Effect\":\"Allow\",\"Action\":\"{action}\",\"Resource\":\"*\"}}]}}" };
                    var parameter = new PutBucketPolicyRequest { Policy = policy };
                    var notJson = new PutBucketPolicyRequest { Policy = "*" };
                    var empty = new PutBucketPolicyRequest { Policy = "" };
                    var deny = new PutBucketPolicyRequest { Policy = "{\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\"}]}" };
                    var noEffect = new PutBucketPolicyRequest { Policy = "{\"Statement\":[{\"Action\":\"*\",\"Resource\":\"*\"}]}" };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_SqsAttributes_AndLocals_AreReported()
    {
        await VerifyCS.Code("""
            using System.Collections.Generic;
            using Amazon.SQS;
            using Amazon.SQS.Model;

            class C
            {
                void M()
                {
                    var policy = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":\"sqs:*\",\"Resource\":\"*\"}]}";
                    var set = new SetQueueAttributesRequest { QueueUrl = "u", Attributes = new Dictionary<string, string> { { "Policy", [|policy|] } } };
                    var create = new CreateQueueRequest { QueueName = "q", Attributes = new Dictionary<string, string> { [QueueAttributeName.Policy] = [|"{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"SQS:*\",\"Resource\":\"*\"}}"|] } };
                    var other = new CreateQueueRequest { QueueName = "q", Attributes = new Dictionary<string, string> { { "VisibilityTimeout", "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\"}}" } } };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_L1Documents_Dictionaries_FromJson_AreReported()
    {
        await VerifyCS.Code("""
            using System.Collections.Generic;
            using System.Text.Json.Nodes;
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(Stack stack)
                {
                    new CfnPolicy(stack, "P", new CfnPolicyProps
                    {
                        PolicyName = "p",
                        PolicyDocument = new Dictionary<string, object>
                        {
                            { "Version", "2012-10-17" },
                            { "Statement", new[] { new Dictionary<string, object> { { "Effect", "Allow" }, { "Action", new[] { [|"*"|] } }, { "Resource", "*" } } } },
                        },
                    });
                    var fromJson = PolicyDocument.FromJson(JsonNode.Parse([|"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"iam:*\",\"Resource\":\"*\"}]}"|]));
                    var anonymous = PolicyDocument.FromJson(new { Statement = new[] { new { Effect = "Allow", Action = [|"ec2:*"|], Resource = "*" } } });
                    new CfnManagedPolicy(stack, "M", new CfnManagedPolicyProps { PolicyDocument = PolicyDocument.FromJson(new Dictionary<string, object> { ["Statement"] = new Dictionary<string, object> { ["Effect"] = "Allow", ["Action"] = [|"*"|], ["Resource"] = "*" } }) });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_AccessControlPolicy_Builders_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.Auth.AccessControlPolicy;

            class C
            {
                string M()
                {
                    var policy = new Policy().WithStatements(
                        new Statement(Statement.StatementEffect.Allow)
                            .WithActionIdentifiers(new ActionIdentifier("s3:GetObject"), [|new ActionIdentifier("s3:*")|])
                            .WithResources(new Resource("arn:aws:s3:::b/*")));
                    var statement = new Statement(Statement.StatementEffect.Allow);
                    statement.WithActionIdentifiers([|new ActionIdentifier("*")|]);
                    var deny = new Statement(Statement.StatementEffect.Deny).WithActionIdentifiers(new ActionIdentifier("*"));
                    var fromJson = Policy.FromJson([|"{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"sqs:*\"],\"Resource\":\"*\"}]}"|]);
                    return policy.ToJson();
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_InlinePolicies_PolicyDocuments_And_CfnRolePolicies_AreReported()
    {
        await VerifyCS.Code(""""
            using System.Collections.Generic;
            using System.Text.Json;
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;

            class C
            {
                void M(Stack stack)
                {
                    new Role(stack, "R", new RoleProps
                    {
                        AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
                        InlinePolicies = new Dictionary<string, PolicyDocument>
                        {
                            ["app"] = new PolicyDocument(new PolicyDocumentProps
                            {
                                Statements = new[] { new PolicyStatement(new PolicyStatementProps { Actions = new[] { [|"lambda:*"|] }, Resources = new[] { "arn:aws:lambda:eu-west-1:123456789012:function:f" } }) },
                            }),
                        },
                    });
                    new CfnRole(stack, "L1", new CfnRoleProps
                    {
                        AssumeRolePolicyDocument = new Dictionary<string, object> { ["Statement"] = new object[0] },
                        Policies = new object[]
                        {
                            new CfnRole.PolicyProperty { PolicyName = "p", PolicyDocument = JsonSerializer.Deserialize<Dictionary<string, object>>("""{"Statement":[{"Effect":"Allow","Action":{|#0:"dynamodb:*"|},"Resource":"*"}]}""") },
                        },
                    });
                    var statement = PolicyStatement.FromJson(new Dictionary<string, object> { ["Effect"] = "Allow", ["Action"] = new[] { [|"*"|] }, ["Resource"] = "*" });
                }
            }
            """")
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("A policy statement", "Action", "dynamodb:*"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_FromJson_WithNewtonsoftJObject_IsReported()
    {
        var references = AwsReferences.WithAws.Add(Microsoft.CodeAnalysis.MetadataReference.CreateFromFile(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Newtonsoft.Json.dll")));
        await VerifyCS.Code(""""
            using Amazon.CDK.AWS.IAM;
            using Newtonsoft.Json.Linq;

            class C
            {
                void M()
                {
                    var document = PolicyDocument.FromJson(JObject.Parse("""{"Statement":[{"Effect":"Allow","Action":[|"s3:*"|],"Resource":"arn:aws:s3:::b/*"}]}"""));
                    var token = PolicyDocument.FromJson(JToken.Parse("""{"Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}"""));
                }
            }
            """")
            .WithReferences(references)
            .ValidateAsync();
    }
}

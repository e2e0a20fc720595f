using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Credentials.PlainTextSecretAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Credentials;

/// <summary>SR5002 — secret in plain text in infrastructure code.</summary>
public class PlainTextSecretAnalyzerTests
{
    [Fact]
    public async Task PlainTextSecretValues_AreReportedAtTheCall()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.SecretsManager;
            using Constructs;

            class MyStack : Stack
            {
                const string Password = "Sup3rS3cret!";

                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new User(this, "Ops", new UserProps { Password = {|#0:SecretValue.UnsafePlainText("Sup3rS3cret!")|} });
                    new Secret(this, "Api", new SecretProps { SecretStringValue = [|SecretValue.UnsafePlainText(Password)|] });
            #pragma warning disable CS0618
                    var legacy = [|SecretValue.PlainText("hunter2")|];
            #pragma warning restore CS0618
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "SecretValue.UnsafePlainText(...) with a constant",
                    "generate the secret (new Secret(...), Credentials.FromGeneratedSecret) or reference one with SecretValue.SecretsManager / SecretValue.SsmSecure"))
            .ValidateAsync();
    }

    [Fact]
    public async Task ConstantPasswordProperties_AreReportedAtTheValue()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnDBInstance(this, "Db", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUsername = "admin", MasterUserPassword = [|"Sup3rS3cret!"|] });
                    var cluster = new CfnDBCluster(this, "C", new CfnDBClusterProps { Engine = "aurora-mysql" });
                    cluster.MasterUserPassword = [|"Sup3rS3cret!"|];
                    new CfnUser(this, "U", new CfnUserProps { LoginProfile = new CfnUser.LoginProfileProperty { Password = [|"Welcome1!"|], PasswordResetRequired = true } });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task GeneratedReferencedOrUnknownSecrets_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.RDS;
            using Amazon.CDK.AWS.SecretsManager;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, string fromParameter, ISecret secret) : base(scope, id)
                {
                    new DatabaseInstance(this, "A", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, Credentials = Credentials.FromGeneratedSecret("admin") });
                    new DatabaseInstance(this, "B", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, Credentials = Credentials.FromPassword("admin", secret.SecretValue) });
                    new DatabaseInstance(this, "C", new DatabaseInstanceProps { Engine = DatabaseInstanceEngine.POSTGRES, Vpc = vpc, Credentials = Credentials.FromSecret(secret) });
                    new User(this, "U", new UserProps { Password = SecretValue.SecretsManager("ops-password") });
                    new User(this, "V", new UserProps { Password = SecretValue.UnsafePlainText(fromParameter) });
                    new CfnDBInstance(this, "D", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUserPassword = "{{resolve:secretsmanager:prod/db:SecretString:password}}" });
                    new CfnDBInstance(this, "E", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUserPassword = fromParameter, ManageMasterUserPassword = false });
                    new CfnDBInstance(this, "F", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUsername = "admin", ManageMasterUserPassword = true });
                    _ = SecretValue.UnsafePlainText("");
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_FromPassword_BecomesFromGeneratedSecret()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new DatabaseInstance(this, "A", new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.POSTGRES,
                        Vpc = vpc,
                        Credentials = [|Credentials.FromPassword("admin", SecretValue.UnsafePlainText("Sup3rS3cret!"))|], // rotate me
                    });
                    var password = [|SecretValue.UnsafePlainText("Sup3rS3cret!")|];
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.EC2;
                using Amazon.CDK.AWS.RDS;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                    {
                        new DatabaseInstance(this, "A", new DatabaseInstanceProps
                        {
                            Engine = DatabaseInstanceEngine.POSTGRES,
                            Vpc = vpc,
                            Credentials = Credentials.FromGeneratedSecret("admin"), // rotate me
                        });
                        var password = [|SecretValue.UnsafePlainText("Sup3rS3cret!")|];
                    }
                }
                """)
            .ValidateAsync();
    }
}

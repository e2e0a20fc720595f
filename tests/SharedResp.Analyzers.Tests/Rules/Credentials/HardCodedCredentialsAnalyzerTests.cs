using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Credentials.HardCodedCredentialsAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Credentials;

public class HardCodedCredentialsAnalyzerTests
{
    [Fact]
    public async Task CredentialsFromConstants_AreReportedAtTheCreation()
    {
        await VerifyCS.Code(
            """
            using Amazon.Runtime;

            class C
            {
                const string Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1";
                static readonly string KeyId = [|"AKIA3QWERTY7ZXCVBNM4"|];

                AWSCredentials A() => {|#0:new BasicAWSCredentials("AKIA2QWERTY7ZXCVBNM4", Secret)|};
                AWSCredentials B() => [|new SessionAWSCredentials("ASIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1", "token")|];

                AWSCredentials D()
                {
                    var secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1";
                    return [|new BasicAWSCredentials(KeyId, secret)|];
                }

                const string Other = [|"AKIA2QWERTY7ZXCVBNM4"|];
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "new BasicAWSCredentials(...) is built from an access key and secret written in the code",
                    "use the default credential chain (environment, profile, IAM role) and construct the client without credentials"))
            .ValidateAsync();
    }

    [Fact]
    public async Task ClientGivenKeyStrings_IsReportedAtTheClient()
    {
        await VerifyCS.Code("""
            using Amazon;
            using Amazon.S3;

            class C
            {
                IAmazonS3 A() => [|new AmazonS3Client("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1", RegionEndpoint.EUWest1)|];
                IAmazonS3 B() => [|new AmazonS3Client("myAccessKeyValue", "mySecretValue1234", "token", new AmazonS3Config())|];
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task AccessKeyIdLiteral_AndItsSecret_AreReportedAnywhere()
    {
        await VerifyCS.Code("""
            using System.Collections.Generic;

            class C
            {
                void Configure(string key, string secret) { }

                class Settings { public string? AccessKey { get; set; } public string? SecretKey { get; set; } public string? Region { get; set; } }

                void M()
                {
                    Configure([|"AKIA2QWERTY7ZXCVBNM4"|], [|"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1"|]);
                    var settings = new Dictionary<string, string> { ["AccessKey"] = [|"ASIA2QWERTY7ZXCVBNM4"|] };
                    var options = new Settings { AccessKey = [|"AKIA2QWERTY7ZXCVBNM4"|], SecretKey = [|"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"|], Region = "eu-west-1" };
                    var environment = new Dictionary<string, string>
                    {
                        ["AWS_ACCESS_KEY_ID"] = [|"AKIA2QWERTY7ZXCVBNM4"|],
                        ["AWS_SECRET_ACCESS_KEY"] = [|"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"|],
                        ["AWS_REGION"] = "eu-west-1",
                        ["BUCKET"] = "reports-bucket-eu-west-1-archive-2026-xy",
                    };
                    var notPaired = new Settings { AccessKey = "local-user", SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1" };
                    var immutable = [|new Amazon.Runtime.ImmutableCredentials("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1", "token")|];
                    _ = new Amazon.S3.AmazonS3Client();
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Placeholders_EnvironmentValues_AndUnknowns_AreNotReported()
    {
        await VerifyCS.Code("""
            using System;
            using Amazon;
            using Amazon.Runtime;
            using Amazon.S3;

            class C
            {
                void M(string keyFromConfig, string secretFromConfig)
                {
                    // LocalStack, DynamoDB Local and test doubles use placeholder credentials.
                    _ = new BasicAWSCredentials("test", "test");
                    _ = new BasicAWSCredentials("dummy", "dummy");
                    _ = new BasicAWSCredentials("fake", "fake");
                    _ = new BasicAWSCredentials("keyId", "accessKeyId");
                    _ = new AmazonS3Client("test", "test", new AmazonS3Config { ServiceURL = "http://localhost:4566" });
                    // AWS's documented example keys.
                    _ = new BasicAWSCredentials("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
                    const string DocKey = "AKIAIOSFODNN7EXAMPLE";
                    // Read from the environment or configuration.
                    _ = new BasicAWSCredentials(Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID"), Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY"));
                    _ = new BasicAWSCredentials(keyFromConfig, secretFromConfig);
                    _ = new AmazonS3Client(keyFromConfig, secretFromConfig, RegionEndpoint.USEast1);
                    _ = new BasicAWSCredentials("AKIA2QWERTY7ZXCVBNM4_NOT", secretFromConfig);
                    // Not shaped like a key id: too short, lower case, another prefix.
                    var a = "AKIA1234";
                    var b = "akia2qwerty7zxcvbnm4";
                    var d = "AIDA2QWERTY7ZXCVBNM4";
                    _ = new AmazonS3Client(RegionEndpoint.USEast1);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_ClientConstructor_KeepsRegionOrConfig()
    {
        await VerifyCS.Code(
            """
            using Amazon;
            using Amazon.Runtime;
            using Amazon.S3;

            class C
            {
                void M()
                {
                    var a = [|new AmazonS3Client("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1", RegionEndpoint.EUWest1)|];
                    var b = new AmazonS3Client([|new BasicAWSCredentials("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1")|], new AmazonS3Config { ForcePathStyle = true });
                    var c = [|new AmazonS3Client(
                        "AKIA2QWERTY7ZXCVBNM4",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1",
                        "session-token-value",
                        RegionEndpoint.EUWest1)|];
                    var d = [|new AmazonS3Client("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1")|];
                }
            }
            """)
            .FixesTo(
                """
                using Amazon;
                using Amazon.Runtime;
                using Amazon.S3;

                class C
                {
                    void M()
                    {
                        var a = new AmazonS3Client(RegionEndpoint.EUWest1);
                        var b = new AmazonS3Client(new AmazonS3Config { ForcePathStyle = true });
                        var c = new AmazonS3Client(
                            RegionEndpoint.EUWest1);
                        var d = new AmazonS3Client();
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task NoFix_WhenTheCredentialsAreNotAClientArgument()
    {
        await VerifyCS.Code(
            """
            using Amazon.Runtime;
            using Amazon.S3;

            class C
            {
                void M()
                {
                    var credentials = [|new BasicAWSCredentials("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1")|];
                    var client = new AmazonS3Client(credentials);
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.Runtime;
                using Amazon.S3;

                class C
                {
                    void M()
                    {
                        var credentials = [|new BasicAWSCredentials("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1")|];
                        var client = new AmazonS3Client(credentials);
                    }
                }
                """)
            .ValidateAsync();
    }
}

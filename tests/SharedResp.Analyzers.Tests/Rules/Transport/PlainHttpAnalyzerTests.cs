using SharedResp.Analyzers.Rules.Transport;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Transport.PlainHttpAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Transport;

/// <summary>SR3004 — AWS client or URL uses plain HTTP.</summary>
public class PlainHttpAnalyzerTests
{
    [Fact]
    public async Task UseHttp_OnAnyClientConfig_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.KeyManagementService;
            using Amazon.S3;
            using Amazon.SQS;

            class C
            {
                void M()
                {
                    var s3 = new AmazonS3Client(new AmazonS3Config { RegionEndpoint = Amazon.RegionEndpoint.EUWest1, UseHttp = {|#0:true|} });
                    var sqsConfig = new AmazonSQSConfig();
                    sqsConfig.UseHttp = [|true|];
                    // RegionEndpoint set after ServiceURL resets it: UseHttp applies again.
                    _ = new AmazonS3Config { ServiceURL = "https://s3.example.com", RegionEndpoint = Amazon.RegionEndpoint.USEast1, UseHttp = [|true|] };
                    _ = new AmazonKeyManagementServiceConfig { UseHttp = [|true|] };
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("AmazonS3Config.UseHttp = true", "set UseHttp = false (the default)"))
            .ValidateAsync();
    }

    [Fact]
    public async Task HttpServiceUrl_ToARemoteHost_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3;
            using Amazon.SQS;

            class C
            {
                const string Endpoint = "http://sqs.eu-west-1.amazonaws.com";

                void M()
                {
                    _ = new AmazonS3Config { ServiceURL = {|#0:"http://s3.eu-west-1.amazonaws.com"|} };
                    _ = new AmazonS3Config { ServiceURL = [|"HTTP://minio.example.com:9000/"|] };
                    _ = new AmazonS3Config { ServiceURL = [|"http://10.0.0.5:9000"|] };
                    _ = new AmazonSQSConfig { ServiceURL = [|Endpoint|] };
                    var config = new AmazonSQSConfig();
                    config.ServiceURL = [|"http://user@queue.internal.example.com"|];
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("ServiceURL \"http://s3.eu-west-1.amazonaws.com\"", "use \"https://s3.eu-west-1.amazonaws.com\""))
            .ValidateAsync();
    }

    [Fact]
    public async Task HttpPreSignedUrl_IsReported()
    {
        await VerifyCS.Code("""
            using System;
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                string M(IAmazonS3 s3) => s3.GetPreSignedURL(new GetPreSignedUrlRequest
                {
                    BucketName = "b",
                    Key = "k",
                    Expires = DateTime.UtcNow.AddMinutes(5),
                    Protocol = [|Protocol.HTTP|],
                });
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task HttpsLocalEndpointsDefaultsAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using System;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.SQS;

            class C
            {
                void M(string fromConfig, bool useHttp, int port)
                {
                    _ = new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com", UseHttp = false };
                    _ = new AmazonS3Config { ServiceURL = "http://localhost:4566", ForcePathStyle = true };
                    _ = new AmazonS3Config { ServiceURL = "http://LOCALHOST:4566/" };
                    _ = new AmazonS3Config { ServiceURL = "http://127.0.0.1:9000" };
                    _ = new AmazonS3Config { ServiceURL = "http://127.1.2.3" };
                    _ = new AmazonS3Config { ServiceURL = "http://[::1]:4566" };
                    _ = new AmazonS3Config { ServiceURL = "http://s3.localhost:4566" };
                    _ = new AmazonS3Config { ServiceURL = "http://host.docker.internal:4566" };
                    _ = new AmazonS3Config { ServiceURL = "http://s3.localhost.localstack.cloud:4566" };
                    _ = new AmazonSQSConfig { ServiceURL = "http://localstack:4566" };
                    _ = new AmazonSQSConfig { ServiceURL = "http://0.0.0.0:9324" };
                    _ = new AmazonSQSConfig { ServiceURL = fromConfig };
                    _ = new AmazonSQSConfig { ServiceURL = $"http://{fromConfig}:4566" };
                    _ = new AmazonSQSConfig { ServiceURL = Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL") };
                    _ = new AmazonSQSConfig { UseHttp = useHttp };
                    // With an explicit ServiceURL, UseHttp does not apply (the URL's scheme decides).
                    _ = new AmazonS3Config { ServiceURL = "http://localhost:4566", UseHttp = true, ForcePathStyle = true };
                    _ = new AmazonSQSConfig { ServiceURL = fromConfig, UseHttp = true };
                    var later = new AmazonSQSConfig { ServiceURL = "https://sqs.example.com" };
                    later.UseHttp = true;
                    _ = new GetPreSignedUrlRequest { BucketName = "b", Protocol = Protocol.HTTPS };
                }
            }
            """).ValidateAsync();
    }

    [Theory]
    [InlineData("http://localhost", true)]
    [InlineData("http://localhost.:8000/path", true)]
    [InlineData("http://127.0.0.1", true)]
    [InlineData("http://[::1]:4566", true)]
    [InlineData("http://[0:0:0:0:0:0:0:1]", true)]
    [InlineData("http://dynamodb-local:8000", true)]
    [InlineData("http://128.0.0.1", false)]
    [InlineData("http://localhost.evil.com", false)]
    [InlineData("http://127.0.0.1.nip.io", false)]
    [InlineData("http://[2001:db8::1]", false)]
    [InlineData("http://8080", false)]
    [InlineData("http://", false)]
    public void IsLocalHost(string url, bool expected) => Assert.Equal(expected, PlainHttpAnalyzer.IsLocalHost(url));

    [Fact]
    public async Task Fix_SwitchesToHttps()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3;
            using Amazon.S3.Model;

            class C
            {
                const string Endpoint = "http://s3.example.com";

                void M()
                {
                    _ = new AmazonS3Config { UseHttp = [|true|] };
                    _ = new AmazonS3Config { ServiceURL = [|"http://s3.eu-west-1.amazonaws.com"|] };
                    _ = new GetPreSignedUrlRequest { BucketName = "b", Protocol = [|Protocol.HTTP|] };
                    _ = new AmazonS3Config { ServiceURL = [|Endpoint|] };
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.S3;
                using Amazon.S3.Model;

                class C
                {
                    const string Endpoint = "http://s3.example.com";

                    void M()
                    {
                        _ = new AmazonS3Config { UseHttp = false };
                        _ = new AmazonS3Config { ServiceURL = "https://s3.eu-west-1.amazonaws.com" };
                        _ = new GetPreSignedUrlRequest { BucketName = "b", Protocol = Protocol.HTTPS };
                        _ = new AmazonS3Config { ServiceURL = [|Endpoint|] };
                    }
                }
                """)
            .ValidateAsync();
    }
}

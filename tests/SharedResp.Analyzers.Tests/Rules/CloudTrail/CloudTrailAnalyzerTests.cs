using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.CloudTrail.CloudTrailAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.CloudTrail;

/// <summary>SR6001 — CloudTrail trail weakened.</summary>
public class CloudTrailAnalyzerTests
{
    [Fact]
    public async Task L2_ExplicitFalse_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.CloudTrail;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Trail(this, "Trail", new TrailProps
                    {
                        EnableFileValidation = {|#0:false|},
                        IsMultiRegionTrail = [|false|],
                    });
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "Trail EnableFileValidation = false turns log file validation off: altered or deleted log files go unnoticed",
                    "set EnableFileValidation = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task L1_MissingOrFalse_AndLoggingOff_AreReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.CloudTrail;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnTrail(this, "A", {|#0:new CfnTrailProps { IsLogging = true, S3BucketName = "logs" }|});
                    new CfnTrail(this, "B", [|new CfnTrailProps
                    {
                        IsLogging = [|false|],
                        S3BucketName = "logs",
                        EnableLogFileValidation = [|false|],
                    }|]);
                    var props = new CfnTrailProps { IsLogging = true, S3BucketName = "logs", EnableLogFileValidation = true, IsMultiRegionTrail = true };
                    var trail = new CfnTrail(this, "C", props);
                    trail.IsLogging = [|false|];
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "CfnTrail leaves EnableLogFileValidation, IsMultiRegionTrail unset, which CloudFormation treats as false",
                    "set EnableLogFileValidation and IsMultiRegionTrail to true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task SecureDefaultsUnknownsAndLaterAssignments_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.CloudTrail;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, bool validate, CfnTrailProps shared) : base(scope, id)
                {
                    new Trail(this, "A");
                    new Trail(this, "B", new TrailProps { EnableFileValidation = true, IsMultiRegionTrail = true, SendToCloudWatchLogs = false });
                    new Trail(this, "C", new TrailProps { EnableFileValidation = validate });
                    new CfnTrail(this, "D", new CfnTrailProps { IsLogging = true, S3BucketName = "logs", EnableLogFileValidation = true, IsMultiRegionTrail = true });
                    new CfnTrail(this, "E", new CfnTrailProps { IsLogging = true, S3BucketName = "logs", EnableLogFileValidation = validate, IsMultiRegionTrail = validate });
                    new CfnTrail(this, "F", shared);
                    var trail = new CfnTrail(this, "G", new CfnTrailProps { IsLogging = true, S3BucketName = "logs" });
                    trail.EnableLogFileValidation = true;
                    trail.IsMultiRegionTrail = true;
                    var loose = new CfnTrailProps { IsLogging = true, S3BucketName = "logs" };
                    Configure(loose);
                    new CfnTrail(this, "H", loose);
                }

                static void Configure(CfnTrailProps p) { p.IsMultiRegionTrail = true; p.EnableLogFileValidation = true; }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsTrue_AndAddsTheMissingSettings()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.CloudTrail;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Trail(this, "Trail", new TrailProps { IsMultiRegionTrail = [|false|] });
                    new CfnTrail(this, "L1", [|new CfnTrailProps
                    {
                        IsLogging = [|false|],
                        S3BucketName = "logs",
                    }|]);
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.CloudTrail;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Trail(this, "Trail", new TrailProps { IsMultiRegionTrail = true });
                        new CfnTrail(this, "L1", new CfnTrailProps
                        {
                            IsLogging = true,
                            S3BucketName = "logs",
                            EnableLogFileValidation = true,
                            IsMultiRegionTrail = true,
                        });
                    }
                }
                """)
            .ValidateAsync();
    }
}

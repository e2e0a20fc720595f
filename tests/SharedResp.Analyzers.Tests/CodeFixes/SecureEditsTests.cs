using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using VerifyProbe = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Tests.CodeFixes.AddPropertiesProbeAnalyzer>;

namespace SharedResp.Analyzers.Tests.CodeFixes;

/// <summary>
/// The fixer's "add missing property" edit on the shapes later rules will produce: a construct created without
/// props (the props object is created), props with no initializer, an empty initializer, target-typed <c>new()</c>,
/// single- and multi-line initializers with and without a trailing comma. Driven by a probe analyzer that reports
/// what a "P is missing" rule would.
/// </summary>
public class SecureEditsTests
{
    [Fact]
    public async Task Require_ReportsMissingAndInsecure_AndTheFixCreatesPropsOrExtendsTheInitializer_InEveryShape()
    {
        await VerifyProbe.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    [|new Bucket(this, "NoProps")|];
                    new Bucket(this, "NoInitializer", [|new BucketProps()|]);
                    new Bucket(this, "Empty", [|new BucketProps { }|]);
                    BucketProps typed = [|new() { Versioned = true }|];
                new Bucket(this, "TargetTyped", typed);
                    new Bucket(this, "MultiLine", [|new BucketProps
                    {
                        Versioned = true
                    }|]);
                    new Bucket(this, "TrailingComma", [|new BucketProps
                    {
                        Versioned = true,
                    }|]);
                    new Bucket(this, "Explicit", new BucketProps { EnforceSSL = [|false|] });
                    new Bucket(this, "Secure", new BucketProps { EnforceSSL = true });
                }

                void Unknown(IBucketProps fromCaller, bool flag)
                {
                    new Bucket(this, "FromCaller", fromCaller);
                    new Bucket(this, "Flag", new BucketProps { EnforceSSL = flag });
                    var shared = new BucketProps();
                    Configure(shared);
                    new Bucket(this, "ConfiguredOutOfView", shared);
                }

                static void Configure(BucketProps props) => props.EnforceSSL = true;
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.S3;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Bucket(this, "NoProps", new BucketProps { EnforceSSL = true });
                        new Bucket(this, "NoInitializer", new BucketProps { EnforceSSL = true });
                        new Bucket(this, "Empty", new BucketProps { EnforceSSL = true });
                        BucketProps typed = new() { Versioned = true, EnforceSSL = true };
                    new Bucket(this, "TargetTyped", typed);
                        new Bucket(this, "MultiLine", new BucketProps
                        {
                            Versioned = true,
                            EnforceSSL = true
                        });
                        new Bucket(this, "TrailingComma", new BucketProps
                        {
                            Versioned = true,
                            EnforceSSL = true,
                        });
                        new Bucket(this, "Explicit", new BucketProps { EnforceSSL = true });
                        new Bucket(this, "Secure", new BucketProps { EnforceSSL = true });
                    }

                    void Unknown(IBucketProps fromCaller, bool flag)
                    {
                        new Bucket(this, "FromCaller", fromCaller);
                        new Bucket(this, "Flag", new BucketProps { EnforceSSL = flag });
                        var shared = new BucketProps();
                        Configure(shared);
                        new Bucket(this, "ConfiguredOutOfView", shared);
                    }

                    static void Configure(BucketProps props) => props.EnforceSSL = true;
                }
                """)
            .ValidateAsync();
    }
}

/// <summary>
/// Test-only: a "Bucket must set EnforceSSL = true" rule written with <see cref="RuleEngine.Require"/>.
/// It borrows SR3002's descriptor because the fixer only fixes shipped IDs.
/// </summary>
public sealed class AddPropertiesProbeAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3002_S3BlockPublicAccess);

    internal override void Declare(RuleEngine rules) =>
        rules.Require(
            Descriptors.SR3002_S3BlockPublicAccess,
            "Amazon.CDK.AWS.S3.Bucket",
            "Amazon.CDK.AWS.S3.BucketProps",
            "EnforceSSL",
            FixValue.True,
            value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: null,
            missing => new object?[] { missing ? "EnforceSSL missing" : "EnforceSSL = false", "set EnforceSSL = true" });
}

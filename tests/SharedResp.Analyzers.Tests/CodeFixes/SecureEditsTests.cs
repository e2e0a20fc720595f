using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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
    public async Task AddProperties_CreatesThePropsObject_OrExtendsTheInitializer_InEveryShape()
    {
        await VerifyProbe.CodeFixAsync(
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
                }
            }
            """,
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
                }
            }
            """);
    }
}

/// <summary>Test-only: reports SR3002's descriptor with an "add EnforceSSL = true" fix on buckets that lack it, as a "P is missing" rule would.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddPropertiesProbeAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3002_S3BlockPublicAccess);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        // Each diagnostic is reported from the operation it sits on (so it is local, as the IDE needs for fixes):
        // a Bucket created without props, or a BucketProps creation that flows into a Bucket constructor.
        context.RegisterOperationAction(
            ctx =>
            {
                var creation = (IObjectCreationOperation)ctx.Operation;
                var handler = new CreationContext(ctx, creation, AwsCompilationContext.Get(ctx.Compilation));
                if (creation.Type?.Name == "Bucket")
                {
                    handler.PropsConfiguration("props", out var isAbsent);
                    if (isAbsent)
                    {
                        ctx.Report(Descriptors.SR3002_S3BlockPublicAccess, creation, FixSpec.AddPropsObject("Amazon.CDK.AWS.S3.BucketProps", FixValue.True, "EnforceSSL"), "probe", "probe");
                    }
                }
                else if (creation.Type?.Name == "BucketProps")
                {
                    var props = handler.Configuration();
                    if (props.FlowsToConstructorOf(ctx.Compilation.GetTypeByMetadataName("Amazon.CDK.AWS.S3.Bucket")) && props.IsMissing("EnforceSSL"))
                    {
                        ctx.Report(Descriptors.SR3002_S3BlockPublicAccess, creation, FixSpec.AddProperties(FixValue.True, "EnforceSSL"), "probe", "probe");
                    }
                }
            },
            OperationKind.ObjectCreation);
    }
}

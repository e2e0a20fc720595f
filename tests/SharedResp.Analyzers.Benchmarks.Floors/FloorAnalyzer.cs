using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Benchmarks.Floors;

/// <summary>
/// A naive analyzer of the benchmark's AWS-heavy corpus, one of three floors chosen by the MSBuild property
/// <c>SharedRespFloor</c> (made visible with <c>&lt;CompilerVisibleProperty Include="SharedRespFloor" /&gt;</c>):
/// <list type="bullet">
/// <item><c>operations</c>: one operation action on every creation, call and assignment, with a type test (what
/// dispatching SharedResp's candidates as operations costs before any rule looks at them);</item>
/// <item><c>symbols</c>: one syntax node action on every creation, call and assignment, with a name test and
/// <c>GetSymbolInfo</c> on the names the corpus's rules watch (binding the candidates from syntax);</item>
/// <item><c>symbols-and-operations</c>: the same plus <c>GetOperation</c> on each candidate (what the engine did before
/// it took operations from the driver).</item>
/// </list>
/// At the end it reports one warning, FLOOR001, with the counts, so a build log shows that it ran.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Ran = new(
        "FLOOR001", "Floor analyzer ran", "Floor '{0}': {1} candidates", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);

    // The type and member names the corpus's SharedResp candidates mention (CorpusGenerator).
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "Bucket", "BucketProps", "CfnBucket", "CfnBucketProps", "Role", "RoleProps", "ServicePrincipal", "PutObjectRequest",
        "PutPublicAccessBlockRequest", "PublicAccessBlockConfiguration", "PublicAccessBlockConfigurationProperty", "ListObjectsV2Request",
        "GrantPublicAccess", "GrantRead", "PutObjectAsync", "PutPublicAccessBlockAsync", "ListObjectsV2Async", "EnforceSSL", "CannedACL",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Ran);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (!start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.SharedRespFloor", out var mode) ||
                mode.Length == 0 ||
                (start.Compilation.GetTypeByMetadataName("Amazon.CDK.Stack") is null && start.Compilation.GetTypeByMetadataName("Amazon.S3.AmazonS3Client") is null))
            {
                return;
            }

            var candidates = 0;
            start.RegisterCompilationEndAction(end => end.ReportDiagnostic(Diagnostic.Create(Ran, null, mode, Volatile.Read(ref candidates))));
            if (mode == "operations")
            {
                start.RegisterOperationAction(
                    c =>
                    {
                        if (c.Operation.Type?.ContainingNamespace is { } ns && IsAmazon(ns))
                        {
                            Interlocked.Increment(ref candidates);
                        }
                    },
                    OperationKind.ObjectCreation,
                    OperationKind.Invocation,
                    OperationKind.SimpleAssignment);
                return;
            }

            var withOperations = mode == "symbols-and-operations";
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    var name = c.Node switch
                    {
                        ObjectCreationExpressionSyntax creation => Rightmost(creation.Type),
                        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText,
                        AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax left } => left.Name.Identifier.ValueText,
                        AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } => left.Identifier.ValueText,
                        _ => null,
                    };
                    if (name is null || !Names.Contains(name))
                    {
                        return;
                    }

                    var node = c.Node is AssignmentExpressionSyntax assignment ? assignment.Left : c.Node;
                    if (c.SemanticModel.GetSymbolInfo(node, c.CancellationToken).Symbol is not null &&
                        (!withOperations || c.SemanticModel.GetOperation(c.Node, c.CancellationToken) is not null))
                    {
                        Interlocked.Increment(ref candidates);
                    }
                },
                SyntaxKind.ObjectCreationExpression,
                SyntaxKind.InvocationExpression,
                SyntaxKind.SimpleAssignmentExpression);
        });
    }

    private static bool IsAmazon(INamespaceSymbol ns)
    {
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            if (current.ContainingNamespace is { IsGlobalNamespace: true } && current.Name == "Amazon")
            {
                return true;
            }
        }

        return false;
    }

    private static string? Rightmost(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        _ => null,
    };
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Services;

namespace SharedResp.Analyzers.Rules.ResponsibilityMap;

/// <summary>
/// SR9001 (opt-in note): at the first use of each AWS service in a project, states in one sentence what AWS secures
/// for it and what remains yours. "First" is deterministic: the lowest file path (ordinal), then the lowest position.
/// Uses are collected per syntax node and reported at compilation end, once per service.
/// </summary>
public sealed class ServiceResponsibilityAnalyzer : SharedRespRule
{
    /// <summary>The diagnostic property that names the service's key in the table (<c>S3</c>, <c>Lambda</c>, ...).</summary>
    public const string ServiceProperty = "Service";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.SR9001_ServiceResponsibilitySplit);

    internal override void Declare(RuleEngine rules)
    {
        var usage = ServiceUsage.Get(rules.Aws.Compilation);
        var first = new ConcurrentDictionary<string, ServiceUse>(System.StringComparer.Ordinal);
        rules.OnSyntaxNode(
            node =>
            {
                if (usage.ServiceUsedBy(node.Node, node.SemanticModel, node.CancellationToken) is not { } service ||
                    Exclusions.IsExcluded(node.Options, node.Node.SyntaxTree, node.ContainingSymbol))
                {
                    // A use in an excluded file or symbol (sharedresp.excluded_paths / excluded_symbol_names) is not "the first use".
                    return;
                }

                var use = new ServiceUse(service, node.Node.GetLocation());
                first.AddOrUpdate(service.Key, use, (_, existing) => ServiceUse.CompareSourceOrder(use.Location, existing.Location) < 0 ? use : existing);
            },
            SyntaxKind.ObjectCreationExpression,
            SyntaxKind.ImplicitObjectCreationExpression,
            SyntaxKind.InvocationExpression);

        rules.OnCompilationEnd(end =>
        {
            var uses = new List<ServiceUse>(first.Values);
            uses.Sort(static (a, b) => ServiceUse.CompareSourceOrder(a.Location, b.Location));
            foreach (var use in uses)
            {
                end.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SR9001_ServiceResponsibilitySplit,
                    use.Location,
                    ImmutableDictionary<string, string?>.Empty.Add(ServiceProperty, use.Service.Key),
                    use.Service.Name,
                    use.Service.Split));
            }
        });
    }
}

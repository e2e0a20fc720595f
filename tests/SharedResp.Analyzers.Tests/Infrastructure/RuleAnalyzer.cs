using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// One rule alone, run by the package's own analyzer (<see cref="CatalogAnalyzer"/> with just that rule), as a type
/// the test framework can create (<c>new()</c>).
/// </summary>
#pragma warning disable RS1001, RS1025, RS1026 // Not loaded by a host; Initialize is the package's own analyzer's.
public sealed class RuleAnalyzer<TRule> : DiagnosticAnalyzer
    where TRule : SharedRespRule, new()
{
    private readonly CatalogAnalyzer _catalog = new(new[] { new TRule() });

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _catalog.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => _catalog.Initialize(context);
}

#pragma warning restore RS1001, RS1025, RS1026

/// <summary>The analyzer that runs the given rules alone, on one engine as in the package.</summary>
public static class Catalog
{
    public static DiagnosticAnalyzer Of(params SharedRespRule[] rules) => new CatalogAnalyzer(rules);
}

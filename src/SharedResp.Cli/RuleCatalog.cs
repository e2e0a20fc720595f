using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers;
using SharedResp.Analyzers.CodeFixes;

namespace SharedResp.Cli;

/// <summary>
/// The rules the CLI runs: every analyzer and code fix provider in the package's two assemblies, found by reflection
/// so that a new rule needs no edit here, and the responsibility layers they report into.
/// </summary>
internal static class RuleCatalog
{
    /// <summary>The layers in the order the shared responsibility table lists them (category identifiers).</summary>
    public static ImmutableArray<string> Categories => RuleCategory.Layers;

    public static ImmutableArray<DiagnosticDescriptor> Rules => Descriptors.All;

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } =
        Instantiate<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(CatalogAnalyzer).Assembly);

    public static ImmutableArray<CodeFixProvider> Fixers { get; } =
        Instantiate<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(SharedRespCodeFixProvider).Assembly);

    public static string LayerName(string category) => RuleCategory.LayerName(category);

    public static CodeFixProvider? FixerFor(string diagnosticId) =>
        Fixers.FirstOrDefault(f => f.FixableDiagnosticIds.Contains(diagnosticId));

    private static ImmutableArray<T> Instantiate<T, TAttribute>(Assembly assembly)
        where TAttribute : Attribute =>
        assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t) && t.GetCustomAttribute<TAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}

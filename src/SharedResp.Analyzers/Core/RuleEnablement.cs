using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers;

/// <summary>
/// Whether a rule can report anything in a compilation, from the severities the user (or an analysis mode) configured:
/// with one analyzer for the whole catalog the analyzer driver can no longer skip a rule that is off, so the engine
/// does. Conservative: a rule is off only when nothing can turn it on, that is when each of its descriptors is
/// <list type="bullet">
/// <item>suppressed by ID for the whole compilation (compilation options, or a global config such as an analysis
/// mode's) and no file's <c>.editorconfig</c> sets that ID to anything else; or</item>
/// <item>disabled by default, with no severity set for its ID anywhere and no bulk setting
/// (<c>dotnet_analyzer_diagnostic.severity</c>, <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>)
/// in the global options or any file's options.</item>
/// </list>
/// Anything else runs, and the analyzer driver applies the effective severity to what is reported. The common case, a
/// rule on by default that nobody configured, costs two dictionary look-ups per descriptor.
/// </summary>
internal static class RuleEnablement
{
    public static bool IsOn(ImmutableArray<DiagnosticDescriptor> descriptors, Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        foreach (var descriptor in descriptors)
        {
            if (IsOn(descriptor, compilation, analyzerOptions, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOn(DiagnosticDescriptor descriptor, Compilation compilation, AnalyzerOptions analyzerOptions, CancellationToken cancellationToken)
    {
        var options = compilation.Options;
        var treeOptions = options.SyntaxTreeOptionsProvider;
        if (options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var specific))
        {
            return specific != ReportDiagnostic.Suppress || SetOtherwiseInAnyTree(descriptor.Id, compilation, cancellationToken);
        }

        if (treeOptions is not null && treeOptions.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out var global))
        {
            return global != ReportDiagnostic.Suppress || SetOtherwiseInAnyTree(descriptor.Id, compilation, cancellationToken);
        }

        if (descriptor.IsEnabledByDefault)
        {
            return true;
        }

        // Disabled by default: on only where something names its ID or turns on analyzer rules in bulk.
        if (SetOtherwiseInAnyTree(descriptor.Id, compilation, cancellationToken))
        {
            return true;
        }

        var bulkKeys = new[] { "dotnet_analyzer_diagnostic.severity", "dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity" };
        var provider = analyzerOptions.AnalyzerConfigOptionsProvider;
        if (HasAny(provider.GlobalOptions, bulkKeys))
        {
            return true;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (HasAny(provider.GetOptions(tree), bulkKeys))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a file's configuration sets <paramref name="id"/> to anything but <c>none</c>.</summary>
    private static bool SetOtherwiseInAnyTree(string id, Compilation compilation, CancellationToken cancellationToken)
    {
        if (compilation.Options.SyntaxTreeOptionsProvider is not { } treeOptions)
        {
            return false;
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            if (treeOptions.TryGetDiagnosticValue(tree, id, cancellationToken, out var perTree) && perTree != ReportDiagnostic.Suppress)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasAny(AnalyzerConfigOptions options, string[] keys)
    {
        foreach (var key in keys)
        {
            if (options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return true;
            }
        }

        return false;
    }
}

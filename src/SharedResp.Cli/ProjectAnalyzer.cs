using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers;

namespace SharedResp.Cli;

/// <summary>What the rules found in one project, or that it does not use AWS.</summary>
/// <param name="ProjectDiagnostics">Diagnostics about the project's settings, with no place in code (SR0001: an option value that is not valid).</param>
internal sealed record ProjectAnalysis(Project Project, bool UsesAws, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> AnalyzerExceptions, ImmutableArray<Diagnostic> ProjectDiagnostics = default);

/// <summary>
/// Runs the package's analyzers on one loaded project with the project's own analyzer configuration
/// (.editorconfig and .globalconfig severities and options). Only the CLI's analyzers run: the analyzer references
/// the project itself declares (this package among them) are never executed, so nothing is reported twice.
/// </summary>
internal static class ProjectAnalyzer
{
    public static async Task<ProjectAnalysis> AnalyzeAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken);
        if (compilation is null || !AwsCompilationContext.Get(compilation).HasAws)
        {
            return new ProjectAnalysis(project, UsesAws: false, [], []);
        }

        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(RuleCatalog.Analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
        var reported = diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && d.Location.IsInSource)
            .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        var settings = diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden && !d.Location.IsInSource)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToImmutableArray();
        return new ProjectAnalysis(project, UsesAws: true, reported, exceptions.ToImmutableArray(), settings);
    }
}

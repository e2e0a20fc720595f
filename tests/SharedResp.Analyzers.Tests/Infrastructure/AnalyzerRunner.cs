using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>Runs every SharedResp analyzer over a source text, outside the test framework, recording analyzer exceptions.</summary>
public static class AnalyzerRunner
{
    /// <summary>Every analyzer type the package ships, found by reflection so that a new rule is covered without editing a list.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(CatalogAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions, Compilation Compilation);

    /// <param name="withOptInRules">Also turn on the rules that are off by default (SR9001), as <c>SharedRespAnalysisMode=All</c> does.</param>
    public static CSharpCompilation Compile(string source, IEnumerable<MetadataReference>? references = null, string path = "Test0.cs", bool withOptInRules = false)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (withOptInRules)
        {
            options = options.WithSpecificDiagnosticOptions(Descriptors.All.Where(d => !d.IsEnabledByDefault).Select(d => KeyValuePair.Create(d.Id, ReportDiagnostic.Info)));
        }

        return CSharpCompilation.Create(
            "RobustnessTest",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path) },
            references ?? AwsReferences.WithAws,
            options);
    }

    public static async Task<Result> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers ?? AllAnalyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return new Result(diagnostics, exceptions.ToImmutableArray(), compilation);
    }
}

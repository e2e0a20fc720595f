using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Benchmarks;

/// <summary>
/// Compilation alone (binding every method body and reporting compiler diagnostics) against the same compilation
/// with every SharedResp analyzer, and with one empty analyzer (the analyzer driver's own cost), on an AWS-heavy
/// corpus and on a corpus that references no AWS package.
/// </summary>
[MemoryDiagnoser]
public class CompilationBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> SharedRespAnalyzers = SharedRespAnalyzerSet.Create();

    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<MetadataReference> _references;

    [Params(100, 1000, 5000)]
    public int Files { get; set; }

    [Params(CorpusKind.AwsHeavy, CorpusKind.NoAws)]
    public CorpusKind Corpus { get; set; }

    /// <summary>The most frequent compiler diagnostics of the corpus (warnings only; errors fail the setup).</summary>
    public string Summary { get; private set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        _trees = CorpusGenerator.Generate(Corpus, Files)
            .Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path))
            .ToImmutableArray();
        _references = References.For(Corpus);
        var all = NewCompilation().GetDiagnostics();
        Summary = string.Join(", ", all.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Take(4).Select(g => $"{g.Key}×{g.Count()}"));
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The corpus does not compile: " + string.Join("; ", errors));
        }
    }

    [Benchmark(Baseline = true)]
    public int CompileOnly() => NewCompilation().GetDiagnostics().Length;

    [Benchmark]
    public int CompileWithEmptyAnalyzer() => RunAsync(ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer())).GetAwaiter().GetResult();

    [Benchmark]
    public int CompileWithSharedRespAnalyzers() => RunAsync(SharedRespAnalyzers).GetAwaiter().GetResult();

    /// <summary>One run with the driver's per-analyzer timing on.</summary>
    public IReadOnlyList<(string Analyzer, TimeSpan Time)> AnalyzerExecutionTimes()
    {
        var withAnalyzers = NewCompilation().WithAnalyzers(SharedRespAnalyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        return SharedRespAnalyzers
            .Select(a => (a.GetType().Name, withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime))
            .OrderByDescending(t => t.ExecutionTime)
            .ToList();
    }

    private async Task<int> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = NewCompilation().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return (await withAnalyzers.GetAllDiagnosticsAsync()).Length;
    }

    // A new compilation per operation: nothing bound in an earlier iteration is reused.
    private CSharpCompilation NewCompilation() => CSharpCompilation.Create(
        "Corpus",
        _trees,
        _references,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true)
            .WithSpecificDiagnosticOptions(SdkDefaults));

    // What the .NET SDK passes to csc by default (NoWarn CS1701;CS1702): assembly-unification notices.
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkDefaults = ImmutableDictionary.CreateRange(new[]
    {
        KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress),
        KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress),
    });
}

internal static class References
{
    public static ImmutableArray<MetadataReference> For(CorpusKind kind)
    {
        var framework = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>();
        if (kind == CorpusKind.NoAws)
        {
            return framework.ToImmutableArray();
        }

        _ = typeof(Amazon.S3.AmazonS3Client);
        _ = typeof(Amazon.CDK.Stack);
        var aws = new[] { "AWSSDK.*.dll", "Amazon.CDK.Lib.dll", "Constructs.dll", "Amazon.JSII.Runtime.dll" }
            .SelectMany(p => Directory.EnumerateFiles(AppContext.BaseDirectory, p))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return framework.Concat(aws).ToImmutableArray();
    }
}

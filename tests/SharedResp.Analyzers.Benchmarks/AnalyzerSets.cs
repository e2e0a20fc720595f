using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Benchmarks;

/// <summary>
/// The SharedResp analyzers, found by reflection: every concrete type with <c>[DiagnosticAnalyzer]</c> in the
/// SharedResp.Analyzers assembly (today the one <see cref="CatalogAnalyzer"/>). With <c>SHAREDRESP_BENCH_EXCLUDE</c>
/// (comma-separated rule class names, e.g. <c>ImdsV2Analyzer</c>) it is instead one <see cref="CatalogAnalyzer"/> over
/// every <see cref="SharedRespRule"/> of the assembly but those, which is how a rule's own share is measured.
/// </summary>
internal static class SharedRespAnalyzerSet
{
    public const string AssemblyName = "SharedResp.Analyzers";

    public static Assembly Assembly { get; } = System.Reflection.Assembly.Load(new AssemblyName(AssemblyName));

    /// <summary>Where the analyzer assembly the benchmark runs is (the benchmark's own build output).</summary>
    public static string AssemblyPath => Assembly.Location;

    public static IReadOnlyList<string> Excluded { get; } = (Environment.GetEnvironmentVariable("SHAREDRESP_BENCH_EXCLUDE") ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static ImmutableArray<DiagnosticAnalyzer> Create()
    {
        if (Excluded.Count == 0)
        {
            return Types().Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
        }

        var rules = RuleTypes().Where(t => !Excluded.Contains(t.Name)).Select(t => (SharedRespRule)Activator.CreateInstance(t)!).ToList();
        var unknown = Excluded.Where(name => RuleTypes().All(t => t.Name != name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"SHAREDRESP_BENCH_EXCLUDE names no rule class: {string.Join(", ", unknown)}.");
        }

        return ImmutableArray.Create<DiagnosticAnalyzer>(new CatalogAnalyzer(rules));
    }

    /// <summary>The rule classes of the catalog (concrete <see cref="SharedRespRule"/> types), by full name.</summary>
    public static IReadOnlyList<Type> RuleTypes() => Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(SharedRespRule).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<Type> Types() => Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToList();
}

/// <summary>Registers one compilation-start action and nothing else: the floor any analyzer package pays.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0001", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(_ => { });
    }
}

/// <summary>
/// Registers one syntax node action (by default on every <c>IdentifierName</c>) that does nothing: the driver then does
/// its per-document syntax-node work (the declarations in the document, their declared symbols, the node walk), which
/// every real analyzer package that registers node actions — the SDK's own CA analyzers among them — already makes it do.
/// With <c>inCompilationStart</c> the action is registered from a compilation-start action, as the SharedResp rules do.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpNodeAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0002", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private readonly SyntaxKind[] _kinds;
    private readonly bool _inCompilationStart;

    public NoOpNodeAnalyzer()
        : this(false, SyntaxKind.IdentifierName)
    {
    }

    public NoOpNodeAnalyzer(bool inCompilationStart, params SyntaxKind[] kinds)
    {
        _inCompilationStart = inCompilationStart;
        _kinds = kinds;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        if (_inCompilationStart)
        {
            context.RegisterCompilationStartAction(start => start.RegisterSyntaxNodeAction(_ => { }, _kinds));
        }
        else
        {
            context.RegisterSyntaxNodeAction(_ => { }, _kinds);
        }
    }
}

/// <summary>
/// Registers one operation action on creations, calls and simple assignments (the kinds SharedResp's engine takes as
/// operations) that does nothing: the driver then builds the analyzed document's operation trees, which the SDK's CA
/// analyzers (and, in an IDE, the IDE's own analyzers) already make it do.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0003", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.SimpleAssignment);
    }
}

/// <summary>
/// An <c>.editorconfig</c>-less project: every tree, additional file and the global options answer "no such key".
/// Counts the questions, so a run can show that the analyzers do read options through it.
/// </summary>
internal sealed class EmptyAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private int _questions;

    public override AnalyzerConfigOptions GlobalOptions => EmptyOptions.Instance;

    /// <summary>How many times <see cref="GetOptions(SyntaxTree)"/> or <see cref="GetOptions(AdditionalText)"/> was called.</summary>
    public int Questions => Volatile.Read(ref _questions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree)
    {
        Interlocked.Increment(ref _questions);
        return EmptyOptions.Instance;
    }

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        Interlocked.Increment(ref _questions);
        return EmptyOptions.Instance;
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override IEnumerable<string> Keys => Array.Empty<string>();

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = null;
            return false;
        }
    }
}

internal static class Stats
{
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

    /// <summary>Nearest-rank percentile (p95 of 20 values is the 19th smallest).</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percent)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.OrderBy(v => v).ToList();
        if (percent == 50)
        {
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers;

/// <summary>
/// The package's one analyzer: every rule of the catalog (<see cref="Rules"/>, the non-abstract
/// <see cref="SharedRespRule"/> types of this assembly) declared on one <see cref="RuleEngine"/> per compilation, so
/// the whole catalog is one pass over the syntax. Concurrency on, generated code skipped, nothing registered when the
/// compilation references neither the AWS SDK nor the AWS CDK, and rules turned off by the user's configuration (or
/// an analysis mode) declare nothing (<see cref="RuleEnablement"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogAnalyzer : DiagnosticAnalyzer
{
    private readonly SharedRespRule[] _rules;

    public CatalogAnalyzer()
        : this(Rules)
    {
    }

    /// <summary>A catalog of some rules only: one rule alone in its tests, the benchmark's exclusion runs.</summary>
    public CatalogAnalyzer(IEnumerable<SharedRespRule> rules)
    {
        _rules = new List<SharedRespRule>(rules).ToArray();
        var descriptors = ImmutableArray.CreateBuilder<DiagnosticDescriptor>();
        foreach (var rule in _rules)
        {
            descriptors.AddRange(rule.SupportedDiagnostics);
        }

        SupportedDiagnostics = descriptors.ToImmutable();
    }

    /// <summary>One instance of every rule of the package, in a stable order (by type name).</summary>
    internal static ImmutableArray<SharedRespRule> Rules { get; } = CreateRules();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public override void Initialize(AnalysisContext context)
    {
        var rules = _rules;
        // Generated code is skipped by the driver: no callback runs in a generated file or a [GeneratedCode] type
        // (ReportDiagnostics without Analyze). ReportDiagnostics spares every reported diagnostic the driver's
        // "is this location generated?" check, which scans the diagnostic's whole tree for [GeneratedCode] declarations
        // on the first report in it (18% of the catalog's time on a corpus with a finding every few lines,
        // docs/performance.md); every diagnostic is reported at a node the callback was given, so never in generated code.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var aws = AwsCompilationContext.Get(start.Compilation);
            if (!aws.HasAws)
            {
                return;
            }

            var engine = new RuleEngine(aws);
            foreach (var rule in rules)
            {
                if (RuleEnablement.IsOn(rule.SupportedDiagnostics, start.Compilation, start.Options, start.CancellationToken))
                {
                    rule.Declare(engine);
                }
            }

            engine.Register(start);
        });
    }

    private static ImmutableArray<SharedRespRule> CreateRules()
    {
        var rules = new List<SharedRespRule>();
        foreach (var type in typeof(CatalogAnalyzer).Assembly.GetTypes())
        {
            if (!type.IsAbstract && typeof(SharedRespRule).IsAssignableFrom(type))
            {
                rules.Add((SharedRespRule)System.Activator.CreateInstance(type));
            }
        }

        rules.Sort(static (a, b) => string.CompareOrdinal(a.GetType().FullName, b.GetType().FullName));
        return rules.ToImmutableArray();
    }
}

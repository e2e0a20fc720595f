using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SharedResp.Analyzers.Rules.Configuration;
using SharedResp.Analyzers.Tests.Infrastructure;

namespace SharedResp.Analyzers.Tests.Configuration;

/// <summary>
/// A rule test with an <c>.editorconfig</c>: the rule <typeparamref name="TAnalyzer"/>, SR0001 (<see cref="InvalidOptionAnalyzer"/>)
/// and any <see cref="Extra"/> rules run together, on one engine as in the package; <c>[|...|]</c> marks the rule's own diagnostic.
/// </summary>
public sealed class OptionsTest<TAnalyzer> : Verify<TAnalyzer>.Test
    where TAnalyzer : SharedRespRule, new()
{
    public OptionsTest(string source, params string[] editorconfigLines)
    {
        TestCode = source;
        Configure(AwsReferences.WithAws);
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", editorconfigLines) + "\n"));
    }

    public List<SharedRespRule> Extra { get; } = new();

    /// <summary>The SR0001 warning for <paramref name="key"/> = <paramref name="value"/>.</summary>
    public static DiagnosticResult InvalidOption(string key, string value)
    {
        var option = SharedResp.Analyzers.Options.All.Single(o => o.Key == key || o.DeprecatedAlias == key);
        return new DiagnosticResult(Descriptors.SR0001_InvalidOptionValue).WithArguments(key, value, option.Expected, option.DefaultText);
    }

    public OptionsTest<TAnalyzer> Expect(params DiagnosticResult[] expected)
    {
        ExpectedDiagnostics.AddRange(expected);
        return this;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        new[] { Catalog.Of((typeof(TAnalyzer) == typeof(InvalidOptionAnalyzer) ? new SharedRespRule[] { new TAnalyzer() } : new SharedRespRule[] { new TAnalyzer(), new InvalidOptionAnalyzer() }).Concat(Extra).ToArray()) };

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) =>
        new TAnalyzer().SupportedDiagnostics is { Length: 1 } single ? single[0] : null;
}

/// <summary>An <c>.editorconfig</c> for <see cref="AnalyzerRunner"/>-style runs: the same options for every file.</summary>
internal sealed class FixedOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly FixedOptions _options;

    public FixedOptionsProvider(params (string Key, string Value)[] options) =>
        _options = new FixedOptions(options.ToImmutableDictionary(o => o.Key, o => o.Value, AnalyzerConfigOptions.KeyComparer));

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class FixedOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

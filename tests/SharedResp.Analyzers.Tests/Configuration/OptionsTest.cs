using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SharedResp.Analyzers.Rules.Configuration;
using SharedResp.Analyzers.Tests.Infrastructure;

namespace SharedResp.Analyzers.Tests.Configuration;

/// <summary>
/// A rule test with an <c>.editorconfig</c>: the rule <typeparamref name="TAnalyzer"/>, SR0001 (<see cref="InvalidOptionAnalyzer"/>)
/// and any <see cref="Verify{TAnalyzer}.Test.Extra"/> analyzers run together; <c>[|...|]</c> marks the rule's own diagnostic.
/// </summary>
public sealed class OptionsTest<TAnalyzer> : Verify<TAnalyzer>.Test
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public OptionsTest(string source, params string[] editorconfigLines)
    {
        TestCode = source;
        Configure(AwsReferences.WithAws);
        TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", editorconfigLines) + "\n"));
    }

    /// <summary>The SR0001 warning for <paramref name="key"/> = <paramref name="value"/>.</summary>
    public static DiagnosticResult InvalidOption(string key, string value) => Verify<TAnalyzer>.InvalidOption(key, value);

    public OptionsTest<TAnalyzer> Expect(params DiagnosticResult[] expected)
    {
        ExpectedDiagnostics.AddRange(expected);
        return this;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
        (typeof(TAnalyzer) == typeof(InvalidOptionAnalyzer) ? new DiagnosticAnalyzer[] { new TAnalyzer() } : new DiagnosticAnalyzer[] { new TAnalyzer(), new InvalidOptionAnalyzer() }).Concat(Extra);

    protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) =>
        analyzers[0].SupportedDiagnostics.Length == 1 ? analyzers[0].SupportedDiagnostics[0] : null;
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

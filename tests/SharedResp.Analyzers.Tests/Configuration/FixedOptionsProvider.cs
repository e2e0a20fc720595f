using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Tests.Infrastructure;

namespace SharedResp.Analyzers.Tests.Configuration;

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

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Configuration;

/// <summary>
/// SR0001 — a <c>sharedresp.*</c> option (or a deprecated alias) whose value does not parse. Every option of
/// <see cref="Options.All"/> is checked for every file (once per distinct set of options), and each (key, value) is reported once per compilation, with no
/// source location (the value lives in <c>.editorconfig</c>, which is not a source file of the compilation). The rules
/// themselves use the default meanwhile (<see cref="AnalyzerOption{T}.Get(AnalyzerConfigOptions)"/>).
/// </summary>
public sealed class InvalidOptionAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR0001_InvalidOptionValue);

    internal override void Declare(RuleEngine rules)
    {
        // One set per analysis of the compilation: the same bad value in many files (or sections) is one warning.
        var reported = new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal);
        // Files under the same .editorconfig sections share one options object: each is read once.
        var read = new ConcurrentDictionary<AnalyzerConfigOptions, bool>(SameInstance.Comparer);
        rules.OnSyntaxTree(tree =>
        {
            var config = tree.Options.AnalyzerConfigOptionsProvider.GetOptions(tree.Tree);
            if (!read.TryAdd(config, true))
            {
                return;
            }

            foreach (var option in Options.All)
            {
                if (option.TryGetRawValue(config, out var key, out var value) && !option.IsValid(value) &&
                    reported.TryAdd(key + "\n" + value, true))
                {
                    tree.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.SR0001_InvalidOptionValue,
                        Location.None,
                        key,
                        value,
                        option.Expected,
                        option.DefaultText));
                }
            }
        });
    }

    private sealed class SameInstance : IEqualityComparer<AnalyzerConfigOptions>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals(AnalyzerConfigOptions? x, AnalyzerConfigOptions? y) => ReferenceEquals(x, y);

        public int GetHashCode(AnalyzerConfigOptions obj) => RuntimeHelpers.GetHashCode(obj);
    }
}

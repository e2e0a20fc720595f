using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SharedResp.Analyzers.CodeFixes;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// The test façade: snippets with markup spans (<c>[|...|]</c>, <c>{|SR3001:...|}</c>), compiled against the real
/// AWS packages (<see cref="AwsReferences"/>), compiler errors checked in both the input and the fixed code, and
/// Fix All checked in document, project and solution scope for every code-fix test. Every test starts with
/// <see cref="Code"/> (the <see cref="RuleTest{TRule}"/> builder) and ends with <c>ValidateAsync()</c>.
/// </summary>
public static class Verify<TRule>
    where TRule : SharedRespRule, new()
{
    /// <summary>A rule, option or code-fix test of <paramref name="source"/> (see <see cref="RuleTest{TRule}"/>).</summary>
    public static RuleTest<TRule> Code(string source) => new(source);

    public static DiagnosticResult Diagnostic() => new TRule().SupportedDiagnostics is { Length: 1 } single
        ? new DiagnosticResult(single[0])
        : throw new InvalidOperationException("Name the descriptor: the analyzer supports several.");

    /// <summary>The SR0001 warning for <paramref name="key"/> = <paramref name="value"/>.</summary>
    public static DiagnosticResult InvalidOption(string key, string value)
    {
        var option = SharedResp.Analyzers.Options.All.Single(o => o.Key == key || o.DeprecatedAlias == key);
        return new DiagnosticResult(Descriptors.SR0001_InvalidOptionValue).WithArguments(key, value, option.Expected, option.DefaultText);
    }

    /// <summary>The engine under <see cref="RuleTest{TRule}"/>; build it through <see cref="Code"/>.</summary>
    public class Test : CSharpCodeFixTest<RuleAnalyzer<TRule>, SharedRespCodeFixProvider, DefaultVerifier>
    {
        public Test()
        {
            // Every reference is given explicitly below; nothing is downloaded at test time.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            CodeFixTestBehaviors = CodeFixTestBehaviors.None;
        }

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

        /// <summary>Rules run together with <typeparamref name="TRule"/> on one engine (as in the package); <c>[|...|]</c> stays <typeparamref name="TRule"/>'s diagnostic.</summary>
        public List<SharedRespRule> Extra { get; } = new();

        internal void Configure(IEnumerable<MetadataReference> references)
        {
            TestState.AdditionalReferences.AddRange(references);
            FixedState.AdditionalReferences.AddRange(references);
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
            Extra.Count == 0 ? base.GetDiagnosticAnalyzers() : new[] { Catalog.Of(new SharedRespRule[] { new TRule() }.Concat(Extra).ToArray()) };

        protected override DiagnosticDescriptor? GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) =>
            new TRule().SupportedDiagnostics is { Length: 1 } single ? single[0] : null;

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}

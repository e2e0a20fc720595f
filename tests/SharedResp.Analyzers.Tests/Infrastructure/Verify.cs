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
/// Fix All checked in document, project and solution scope for every code-fix test.
/// </summary>
public static class Verify<TRule>
    where TRule : SharedRespRule, new()
{
    /// <summary>The analyzer reports exactly the markup spans (and <paramref name="expected"/>), nothing else.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, AwsReferences.WithAws, expected);

    public static Task AnalyzerAsync(string source, IEnumerable<MetadataReference> references, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.Configure(references);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>The fix turns <paramref name="source"/> into <paramref name="fixedSource"/>, one fix at a time and with Fix All.</summary>
    public static Task CodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected) =>
        CodeFixAsync(source, fixedSource, remainingInFixedCode: null, expected);

    public static Task CodeFixAsync(string source, string fixedSource, DiagnosticResult[]? remainingInFixedCode, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.Configure(AwsReferences.WithAws);
        test.ExpectedDiagnostics.AddRange(expected);
        // Markup left in the fixed code marks the diagnostics that have no automatic fix and so remain.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        if (remainingInFixedCode is not null)
        {
            test.FixedState.ExpectedDiagnostics.AddRange(remainingInFixedCode);
        }

        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic() => new TRule().SupportedDiagnostics is { Length: 1 } single
        ? new DiagnosticResult(single[0])
        : throw new InvalidOperationException("Name the descriptor: the analyzer supports several.");

    public class Test : CSharpCodeFixTest<RuleAnalyzer<TRule>, SharedRespCodeFixProvider, DefaultVerifier>
    {
        public Test()
        {
            // Every reference is given explicitly below; nothing is downloaded at test time.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0");
            CodeFixTestBehaviors = CodeFixTestBehaviors.None;
        }

        public LanguageVersion LanguageVersion { get; set; } = LanguageVersion.Latest;

        internal void Configure(IEnumerable<MetadataReference> references)
        {
            TestState.AdditionalReferences.AddRange(references);
            FixedState.AdditionalReferences.AddRange(references);
        }

        protected override ParseOptions CreateParseOptions() =>
            ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);

        protected override CompilationOptions CreateCompilationOptions() =>
            ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}

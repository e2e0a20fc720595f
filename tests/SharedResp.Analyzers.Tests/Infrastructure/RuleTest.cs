using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SharedResp.Analyzers.Rules.Configuration;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// The one way to write a rule, option or code-fix test: a fluent builder started by
/// <see cref="Verify{TRule}.Code"/> and run by <see cref="ValidateAsync"/>, over the <see cref="Verify{TRule}.Test"/>
/// engine (Microsoft.CodeAnalysis.Testing).
/// <code>
/// // Rule: exactly the markup spans, plus the expected results, nothing else.
/// await Verify&lt;S3PublicAccessAnalyzer&gt;.Code("""... [|S3CannedACL.PublicRead|] ...""").ValidateAsync();
/// await VerifyCS.Code("""... {|#0:...|} ...""").Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("...")).ValidateAsync();
///
/// // Option: an .editorconfig for the snippet; SR0001 (invalid option values) runs alongside.
/// await Verify&lt;SecurityGroupIngressAnalyzer&gt;.Code(source).WithOptions("sharedresp.SR3005.sensitive_ports = 22").Expect(...).ValidateAsync();
///
/// // Fix: one fix at a time and Fix All (document, project, solution); markup left in the fixed code (and the
/// // results after the fixed code) are the diagnostics that have no automatic fix.
/// await VerifyCS.Code("""... [|false|] ...""").FixesTo("""... true ...""").ValidateAsync();
/// </code>
/// Defaults: one file <c>/0/Test0.cs</c>, the .NET 10 and real AWS references (<see cref="AwsReferences.WithAws"/>),
/// the latest C#, nullable enabled, compiler errors checked in the input and the fixed code.
/// </summary>
public sealed class RuleTest<TRule>
    where TRule : SharedRespRule, new()
{
    private readonly string _source;
    private readonly List<(string Path, string Text)> _sources = new();
    private readonly List<(string Path, string Text)> _analyzerConfigFiles = new();
    private readonly List<SharedRespRule> _analyzers = new();
    private readonly List<DiagnosticResult> _expected = new();
    private readonly List<DiagnosticResult> _remaining = new();
    private List<string>? _options;
    private IEnumerable<MetadataReference> _references = AwsReferences.WithAws;
    private LanguageVersion _languageVersion = LanguageVersion.Latest;
    private string? _fixedSource;

    internal RuleTest(string source) => _source = source;

    /// <summary>
    /// Lines of the <c>[*.cs]</c> section of <c>/.editorconfig</c> (<c>root = true</c>), e.g.
    /// <c>"sharedresp.SR3005.sensitive_ports = 22"</c>. May be called with no line (an empty section) and more than once
    /// (the lines add up). Any call also runs SR0001 (<see cref="InvalidOptionAnalyzer"/>) with the rule, so an
    /// option value the rule does not accept fails the test unless SR0001 is expected.
    /// </summary>
    public RuleTest<TRule> WithOptions(params string[] editorconfigLines)
    {
        (_options ??= new List<string>()).AddRange(editorconfigLines);
        return this;
    }

    /// <summary>One more analyzer config file, verbatim: another <c>.editorconfig</c> (<c>"/sub/.editorconfig"</c>) or a global config (<c>"/.globalconfig"</c>, or any name with <c>is_global = true</c>).</summary>
    public RuleTest<TRule> WithAnalyzerConfig(string path, string text)
    {
        _analyzerConfigFiles.Add((path, text));
        return this;
    }

    /// <summary>One more source file in the same project (markup allowed), after the snippet <c>/0/Test0.cs</c>; a fix leaves it unchanged.</summary>
    public RuleTest<TRule> WithSource(string path, string text)
    {
        _sources.Add((path, text));
        return this;
    }

    /// <summary>The metadata references instead of <see cref="AwsReferences.WithAws"/>, e.g. <see cref="AwsReferences.FrameworkOnly"/>.</summary>
    public RuleTest<TRule> WithReferences(IEnumerable<MetadataReference> references)
    {
        _references = references;
        return this;
    }

    /// <summary>The C# version the snippet is parsed with (default: latest).</summary>
    public RuleTest<TRule> WithLanguageVersion(LanguageVersion languageVersion)
    {
        _languageVersion = languageVersion;
        return this;
    }

    /// <summary>More rules run together with <typeparamref name="TRule"/> on one engine; <c>[|...|]</c> still means <typeparamref name="TRule"/>'s diagnostic, others are named (<c>{|SR5001:...|}</c>).</summary>
    public RuleTest<TRule> WithAnalyzers(params SharedRespRule[] analyzers)
    {
        _analyzers.AddRange(analyzers);
        return this;
    }

    /// <summary>Diagnostics expected in the snippet besides its markup spans (locations <c>{|#0:...|}</c>, arguments, severity, message).</summary>
    public RuleTest<TRule> Expect(params DiagnosticResult[] expected)
    {
        _expected.AddRange(expected);
        return this;
    }

    /// <summary>
    /// Makes it a code-fix test: the fix turns the snippet into <paramref name="fixedSource"/>, one fix at a time and with
    /// Fix All. Markup left in <paramref name="fixedSource"/> and <paramref name="remaining"/> are the diagnostics that
    /// stay (no automatic fix). <c>FixesTo(source)</c>, the snippet itself, asserts that no fix is offered.
    /// </summary>
    public RuleTest<TRule> FixesTo(string fixedSource, params DiagnosticResult[] remaining)
    {
        _fixedSource = fixedSource;
        _remaining.AddRange(remaining);
        return this;
    }

    /// <summary>Builds the <see cref="Verify{TRule}.Test"/> and runs it.</summary>
    public Task ValidateAsync()
    {
        var test = new Verify<TRule>.Test { TestCode = _source, LanguageVersion = _languageVersion };
        test.Configure(_references);
        foreach (var source in _sources)
        {
            test.TestState.Sources.Add(source);
        }

        if (_options is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", _options) + "\n"));
            if (typeof(TRule) != typeof(InvalidOptionAnalyzer))
            {
                test.Extra.Add(new InvalidOptionAnalyzer());
            }
        }

        foreach (var file in _analyzerConfigFiles)
        {
            test.TestState.AnalyzerConfigFiles.Add(file);
        }

        test.Extra.AddRange(_analyzers);
        test.ExpectedDiagnostics.AddRange(_expected);
        if (_fixedSource is not null)
        {
            test.FixedCode = _fixedSource;
            // Markup left in the fixed code marks the diagnostics that have no automatic fix and so remain.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.FixedState.ExpectedDiagnostics.AddRange(_remaining);
            // The other files are expected unchanged by the fix.
            foreach (var source in _sources)
            {
                test.FixedState.Sources.Add(source);
            }
        }

        return test.RunAsync();
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Rules.Credentials;
using SharedResp.Analyzers.Rules.Iam;
using SharedResp.Analyzers.Rules.Transport;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.Configuration;

/// <summary>
/// <c>sharedresp.excluded_paths</c> and <c>sharedresp.excluded_symbol_names</c>: applied once, where every rule
/// reports (dispatcher handlers, rules' own operation actions, the policy model), so they hold for every rule.
/// </summary>
public class GlobalExclusionTests
{
    /// <summary>One finding of four rules reached by the three reporting paths: SR3004 (dispatcher), SR5001 (own operation action), SR2005 and SR2002 (ReportDiagnostic, policy model).</summary>
    private static string FourFindings(string ns, bool marked) => $$"""
        using Amazon.CDK.AWS.IAM;
        using Amazon.S3;

        namespace {{ns}}
        {
            class Findings
            {
                object Http() => new AmazonS3Config { UseHttp = {{M(marked, "SR3004", "true")}} };
                const string Key = {{M(marked, "SR5001", "\"AKIA2QWERTY7ZXCVBNM4\"")}};
                object Admin() => ManagedPolicy.FromAwsManagedPolicyName({{M(marked, "SR2005", "\"AdministratorAccess\"")}});
                object Statement() => new PolicyStatement(new PolicyStatementProps { Actions = new[] { "sqs:SendMessage" }, Resources = new[] { {{M(marked, "SR2002", "\"*\"")}} } });
            }
        }
        """;

    private static string M(bool marked, string id, string text) => marked ? "{|" + id + ":" + text + "|}" : text;

    private static RuleTest<PlainHttpAnalyzer> Test(string source, params string[] editorconfig) =>
        Verify<PlainHttpAnalyzer>.Code(source)
            .WithOptions(editorconfig)
            .WithAnalyzers(new HardCodedCredentialsAnalyzer(), new BroadManagedPolicyAnalyzer(), new PolicyAllowsAllResourcesAnalyzer());

    [Fact]
    public async Task ExcludedPaths_HideEveryRulesFindings_InMatchingFilesOnly()
    {
        await Test(FourFindings("App", marked: true), "sharedresp.excluded_paths = **/Migrations/**, tests/**, *.Designer.cs")
            .WithSource("/repo/src/Migrations/Init.cs", FourFindings("App.Migrations", marked: false))
            .WithSource("/repo/tests/Fixtures.cs", FourFindings("App.Tests", marked: false))
            .WithSource("C:\\repo\\src\\Form1.Designer.cs", FourFindings("App.Forms", marked: false))
            // Near misses: a folder that only ends with "tests", a file that only starts like a migration folder.
            .WithSource("/repo/src/contests/Entry.cs", FourFindings("App.Contests", marked: true))
            .WithSource("/repo/src/MigrationsHelper.cs", FourFindings("App.Helpers", marked: true))
            .ValidateAsync();
    }

    [Fact]
    public async Task AnchoredPath_MustMatchFromTheRoot() =>
        await Test(FourFindings("App", marked: true), "sharedresp.excluded_paths = /0/Other/**").ValidateAsync();

    [Fact]
    public async Task ExcludedSymbolNames_HideTypesMembersAndNamespaces_OthersAreReported()
    {
        var source = """
            using System;
            using Amazon.S3;

            namespace App.Infra
            {
                class SandboxStack
                {
                    object A() => new AmazonS3Config { UseHttp = true };
                    class Nested { object B() => new AmazonS3Config { UseHttp = true }; }
                }

                class AppStack
                {
                    AppStack() { _ = new AmazonS3Config { UseHttp = true }; }
                    AppStack(int x) { _ = new AmazonS3Config { UseHttp = true }; }
                    void AddDebugAccess() { Func<object> f = () => new AmazonS3Config { UseHttp = true }; Local(); object Local() => new AmazonS3Config { UseHttp = true }; }
                    object Debug => new AmazonS3Config { UseHttp = true };
                    object Prod() => new AmazonS3Config { UseHttp = [|true|] };
                    object AddDebugAccessToo() => new AmazonS3Config { UseHttp = [|true|] };
                    const string Key = {|SR5001:"AKIA2QWERTY7ZXCVBNM4"|};
                }

                class SandboxStackFactory { object C() => new AmazonS3Config { UseHttp = [|true|] }; }
            }

            namespace App.Tools { class Tool { object D() => new AmazonS3Config { UseHttp = true }; const string Key = "AKIA2QWERTY7ZXCVBNM4"; } }
            namespace App.Toolsmith { class Smith { object E() => new AmazonS3Config { UseHttp = [|true|] }; } }
            namespace Other { class LocalDevStack { object F() => new AmazonS3Config { UseHttp = true }; } }
            """;
        await Test(
                source,
                "sharedresp.excluded_symbol_names = App.Infra.SandboxStack | M:App.Infra.AppStack.AddDebugAccess(System.String,System.Int32), App.Infra.AppStack.AppStack App.Infra.AppStack.Debug|App.Tools.* | LocalDevStack")
            .ValidateAsync();
    }

    [Fact]
    public async Task PrefixPattern_MatchesNamesStartingWithIt() =>
        await Test(
                """
                using Amazon.S3;

                namespace App.Infra
                {
                    class SandboxStack { object A() => new AmazonS3Config { UseHttp = true }; }
                    class SandboxStackFactory { object C() => new AmazonS3Config { UseHttp = true }; }
                    class Stack { object P() => new AmazonS3Config { UseHttp = [|true|] }; }
                }
                """,
                "sharedresp.excluded_symbol_names = App.Infra.Sandbox*")
            .ValidateAsync();

    [Theory]
    [InlineData("sharedresp.excluded_paths", "src/{a,b}/**")]
    [InlineData("sharedresp.excluded_symbol_names", "App.Infra.Sandbox Stack*x")]
    public async Task InvalidValue_IsReported_AndNothingIsExcluded(string key, string value) =>
        await Test(FourFindings("App", marked: true), key + " = " + value)
            .Expect(Verify<PlainHttpAnalyzer>.InvalidOption(key, value))
            .ValidateAsync();

    /// <summary>
    /// Every rule test snippet, every analyzer: with <c>excluded_paths = **</c> (or <c>excluded_symbol_names = *</c>)
    /// nothing is reported. A rule reporting around the central exclusion fails here.
    /// </summary>
    [Fact]
    public async Task EveryRule_HonoursTheGlobalExclusions_OnEveryRuleTestSnippet()
    {
        var analyzers = AnalyzerRunner.AllAnalyzers;
        var reportedWithout = 0;
        foreach (var snippet in RuleTestSnippets.Load())
        {
            var compilation = AnalyzerRunner.Compile(snippet);
            reportedWithout += (await Run(compilation, analyzers)).Length;
            Assert.Empty(await Run(compilation, analyzers, ("sharedresp.excluded_paths", "**")));
            Assert.Empty((await Run(compilation, analyzers, ("sharedresp.excluded_symbol_names", "*"))).Where(d => d.Location.IsInSource));
        }

        Assert.True(reportedWithout > 100, "The snippets report findings without the exclusions: " + reportedWithout);
    }

    private static async Task<ImmutableArray<Diagnostic>> Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, params (string Key, string Value)[] options)
    {
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new FixedOptionsProvider(options));
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(analyzerOptions, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    }
}

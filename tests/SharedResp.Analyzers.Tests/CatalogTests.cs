using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.CodeFixes;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests;

/// <summary>Meta-tests over the whole rule catalog: every rule has its ID, doc page, README row, release-tracking line and help link, and costs nothing where AWS is absent.</summary>
public class CatalogTests
{
    private static readonly string[] DocSections =
    {
        "## Cause", "## Why it matters", "## How to fix", "## Examples", "### Violates", "### Does not violate",
        "## Configuration", "## When to suppress", "## Related rules",
    };

    private static readonly Dictionary<char, string> CategoryByIdPrefix = new()
    {
        ['0'] = "Configuration",
        ['1'] = "Data",
        ['2'] = "AccessManagement",
        ['3'] = "NetworkConfiguration",
        ['4'] = "GuestOSAndPatching",
        ['5'] = "ApplicationCode",
        ['6'] = "Monitoring",
        ['9'] = "ResponsibilityMap", // SR9xxx: opt-in notes (the shared-responsibility map), not findings
    };

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in Descriptors.All)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.All.Single(d => d.Id == id);

    [Fact]
    public void Ids_AreUnique_AndEveryAnalyzerDescriptorIsRegistered()
    {
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
        var supported = AnalyzerRunner.AllAnalyzers.SelectMany(a => a.SupportedDiagnostics).ToList();
        Assert.All(supported, d => Assert.Contains(d, Descriptors.All));
        Assert.All(Descriptors.All, d => Assert.Contains(d, supported));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_Category_HelpLink_AndTexts_FollowTheConventions(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Matches("^SR[0-69][0-9]{3}$", id);
        Assert.Equal(CategoryByIdPrefix[id[2]], descriptor.Category);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        if (descriptor.Category != "Configuration")
        {
            // A rule of a responsibility layer (SR0xxx are about the package's own settings).
            Assert.Contains(Descriptors.CustomerResponsibilityTag, descriptor.CustomTags);
            Assert.Contains("shared responsibility", descriptor.MessageFormat.ToString(), StringComparison.Ordinal);
        }

        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
        Assert.False(descriptor.Title.ToString().EndsWith(".", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocPage_Exists_WithTitleAndEverySection(string id)
    {
        var page = RepoFiles.Read("docs", "rules", id + ".md");
        Assert.StartsWith($"# {id}: {Descriptor(id).Title}", page, StringComparison.Ordinal);

        // The generated head (RuleDocsTests) comes first; the hand-written sections follow it.
        var normalized = page.Replace("\r\n", "\n", StringComparison.Ordinal);
        var headerEnd = normalized.IndexOf("\n" + RuleDocs.PageEndMarker + "\n", StringComparison.Ordinal);
        Assert.True(headerEnd > 0, $"docs/rules/{id}.md needs the generated header ({RuleDocs.PageBeginMarker} ... {RuleDocs.PageEndMarker}) below its title");
        foreach (var section in DocSections)
        {
            Assert.Contains("\n" + section + "\n", normalized[headerEnd..], StringComparison.Ordinal);
        }

        Assert.Contains("Who secures it", page, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Readme_HasTheRuleRow(string id)
    {
        var descriptor = Descriptor(id);
        var readme = RepoFiles.Read("README.md");
        var row = readme.Split('\n').SingleOrDefault(l => l.StartsWith("| " + id + " |", StringComparison.Ordinal));
        Assert.NotNull(row);
        var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Title.ToString(), cells[2]);
        Assert.Equal(descriptor.Category, cells[3]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[4]);
        Assert.Equal(RuleDocs.HasCodeFix(descriptor) ? "Yes" : "No", cells[5]);
        Assert.Contains($"(docs/rules/{id}.md)", cells[6], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReleaseTracking_HasTheRule_WithItsCategoryAndSeverity(string id)
    {
        var descriptor = Descriptor(id);
        var tracking = RepoFiles.Read("src", "SharedResp.Analyzers", "AnalyzerReleases.Shipped.md") + "\n" +
                       RepoFiles.Read("src", "SharedResp.Analyzers", "AnalyzerReleases.Unshipped.md");
        var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
        Assert.Matches(new Regex($@"^{id}\s*\|\s*{descriptor.Category}\s*\|\s*{severity}\s*\|", RegexOptions.Multiline), tracking);
    }

    [Fact]
    public void CodeFixProvider_CoversEveryRule_WithFixAll()
    {
        var provider = new SharedRespCodeFixProvider();
        Assert.Equal(Descriptors.All.Select(d => d.Id).OrderBy(x => x), provider.FixableDiagnosticIds.OrderBy(x => x));
        Assert.NotNull(provider.GetFixAllProvider());
    }

    /// <summary>
    /// The code fix tag (shown in the README and on the pages) is true: every tagged rule carries a fix on some test
    /// snippet of the rules, and no untagged rule ever carries one.
    /// </summary>
    [Fact]
    public async Task CodeFixTag_IsWhatTheRulesCarry_OnTheRuleTestSnippets()
    {
        var withFix = new HashSet<string>(StringComparer.Ordinal);
        foreach (var snippet in RuleTestSnippets.Load())
        {
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(snippet, withOptInRules: true));
            withFix.UnionWith(result.Diagnostics.Where(d => FixSpec.FromProperties(d.Properties).Kind != FixKind.None).Select(d => d.Id));
        }

        var tagged = Descriptors.All.Where(RuleDocs.HasCodeFix).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(tagged.SetEquals(withFix), $"Rules tagged {Descriptors.CodeFixTag} (codeFix: true in Descriptors.Create): {string.Join(", ", tagged.Order())}; rules whose diagnostics carry a fix: {string.Join(", ", withFix.Order())}");
    }

    [Fact]
    public async Task EveryAnalyzer_IsSilentOnAnEmptyFile()
    {
        var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(string.Empty));
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task WithoutAwsReferences_NothingIsRegisteredBeyondCompilationStart()
    {
        var source = """
            namespace Amazon.S3 { public class S3CannedACL { public static readonly S3CannedACL PublicRead = new(); } }
            namespace Amazon.S3.Model { public class PutObjectRequest { public Amazon.S3.S3CannedACL? CannedACL { get; set; } } }
            class C { object M() => new Amazon.S3.Model.PutObjectRequest { CannedACL = Amazon.S3.S3CannedACL.PublicRead }; }
            """;
        var withoutAws = EnableEveryRule(AnalyzerRunner.Compile(source, AwsReferences.FrameworkOnly));
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzers = AnalyzerRunner.AllAnalyzers;
        var runner = withoutAws.WithAnalyzers(analyzers, options);
        Assert.Empty(await runner.GetAnalyzerDiagnosticsAsync());
        foreach (var analyzer in analyzers)
        {
            var telemetry = await runner.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.Equal(0, telemetry.OperationActionsCount);
            Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
            Assert.Equal(0, telemetry.SyntaxTreeActionsCount);
            Assert.Equal(0, telemetry.SymbolActionsCount);
            Assert.Equal(0, telemetry.OperationBlockStartActionsCount);
        }

        // The same analyzers with the AWS packages referenced do register their actions.
        var withAws = EnableEveryRule(AnalyzerRunner.Compile("class C { }")).WithAnalyzers(analyzers, options);
        await withAws.GetAnalyzerDiagnosticsAsync();
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAws.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Assert.True(telemetry.OperationActionsCount + telemetry.SyntaxNodeActionsCount + telemetry.SyntaxTreeActionsCount > 0, analyzer.GetType().Name);
        }
    }

    /// <summary>Opt-in rules (disabled by default, e.g. SR9001) are not even started unless enabled: enable them to check what they register.</summary>
    private static Compilation EnableEveryRule(Compilation compilation) => compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
        compilation.Options.SpecificDiagnosticOptions.SetItems(Descriptors.All.Where(d => !d.IsEnabledByDefault).Select(d => KeyValuePair.Create(d.Id, ReportDiagnostic.Info)))));
}

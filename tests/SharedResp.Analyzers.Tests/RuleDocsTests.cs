using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests;

/// <summary>
/// The README rules table and the head of every rule page (title line and facts table) are what the descriptors
/// generate (<see cref="RuleDocs"/>); <c>SHAREDRESP_UPDATE_GENERATED=1</c> rewrites them. The hand-written rest of
/// each page is checked by <see cref="CatalogTests"/>.
/// </summary>
public class RuleDocsTests
{
    [Fact]
    public void Readme_RulesTable_IsGeneratedFromTheDescriptors()
    {
        var failure = GeneratedText.Check(
            Path.Combine(RepoFiles.Root, "README.md"),
            readme => GeneratedText.ReplaceBlock(readme, RuleDocs.ReadmeBeginMarker, RuleDocs.ReadmeEndMarker, RuleDocs.RenderReadmeTable()),
            "the rules table (between the markers " + RuleDocs.ReadmeBeginMarker + " ... --> and " + RuleDocs.ReadmeEndMarker + ")",
            nameof(RuleDocsTests));
        Assert.True(failure is null, failure);
    }

    [Fact]
    public void RulePages_Headers_AreGeneratedFromTheDescriptors()
    {
        GeneratedText.AssertAllCurrent(Descriptors.All.Select(rule => GeneratedText.Check(
            Path.Combine(RepoFiles.Root, "docs", "rules", rule.Id + ".md"),
            page => RuleDocs.WithPageHeader(page, rule),
            "the page header (the title line and the table up to " + RuleDocs.PageEndMarker + ")",
            nameof(RuleDocsTests))).ToList());
    }

    [Fact]
    public void PageHeader_Replaces_OnlyTheGeneratedPart()
    {
        var rule = Descriptors.SR3001_S3PublicAccess;
        var header = RuleDocs.RenderPageHeader(rule);
        const string HandWritten = "\n**Applies to:** somewhere.\n\n## Cause\n\nText.\n";
        Assert.Equal(header + HandWritten, RuleDocs.WithPageHeader("# SR3001: Old title\n\n<!-- rule-header:begin -->\n| old |\n" + RuleDocs.PageEndMarker + "\n" + HandWritten, rule));
        Assert.Equal(header + HandWritten, RuleDocs.WithPageHeader("# SR3001: A new page without markers\n" + HandWritten, rule));
        Assert.StartsWith("# SR3001: " + rule.Title + "\n\n" + RuleDocs.PageBeginMarker, header, StringComparison.Ordinal);
        Assert.Contains("| **Code fix** | Yes |", header, StringComparison.Ordinal);
        Assert.Contains("| **Evidence** | Certain", header, StringComparison.Ordinal);
        Assert.Contains("| **Tags** | `S3`, `SDK`, `CDK` |", header, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedText_NamesTheFirstDifferingLine()
    {
        Assert.Equal("first difference at line 2: expected `b`, found `c`", GeneratedText.FirstDifference("a\nb\n", "a\nc\n"));
        Assert.Equal("first difference at line 2: expected `b`, found end of file", GeneratedText.FirstDifference("a\nb", "a"));
        Assert.Null(GeneratedText.ReplaceBlock("no markers", RuleDocs.ReadmeBeginMarker, RuleDocs.ReadmeEndMarker, "x\n"));
        Assert.Equal("t\n<!-- rules:begin -->\nnew\n<!-- rules:end -->\nrest", GeneratedText.ReplaceBlock("t\n<!-- rules:begin -->\nold\n<!-- rules:end -->\nrest", RuleDocs.ReadmeBeginMarker, RuleDocs.ReadmeEndMarker, "new\n"));
    }
}

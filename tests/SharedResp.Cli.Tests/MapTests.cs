using System.Text.RegularExpressions;
using System.Xml.Linq;
using SharedResp.Cli.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Cli.Tests;

/// <summary>One <c>sharedresp map</c> of samples/Samples.sln (HTML and Markdown), shared by the map tests.</summary>
public sealed class SamplesMapFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public CliResult Result { get; private set; } = null!;

    public string Html { get; private set; } = null!;

    public string Markdown { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var html = Path.Combine(_temp.Root, "out", "map.html");
        var markdown = Path.Combine(_temp.Root, "out", "map.md");
        Result = await CliRunner.RunAsync("map", RepoFiles.Path("samples", "Samples.sln"), "--html", html, "--markdown", markdown);
        Html = File.ReadAllText(html);
        Markdown = File.ReadAllText(markdown);
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class MapTests(SamplesMapFixture map) : IClassFixture<SamplesMapFixture>
{
    private static readonly string[] CdkServices = ["Amazon S3", "AWS IAM", "Amazon EC2", "Amazon VPC (security groups)", "Amazon EBS", "Amazon RDS", "AWS Lambda", "Amazon SQS", "Amazon SNS", "AWS KMS", "AWS CloudTrail", "Amazon API Gateway"];

    [Fact]
    public void Map_Succeeds_AndNamesTheServicesOfEachProject()
    {
        Assert.True(map.Result.ExitCode == ExitCodes.Success, map.Result.ToString());
        Assert.Contains("InsecureSdkApp: Amazon S3, AWS IAM, Amazon EC2", map.Result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HasTheGridOfEveryProject_WithTheFindingsOfTheInsecureOnes_AndNoneForSecureApp()
    {
        var md = map.Markdown;
        var cdk = Section(md, "InsecureCdkApp");
        Assert.All(CdkServices, s => Assert.Contains("| **" + s.Replace("(", "(", StringComparison.Ordinal) + "** |", cdk, StringComparison.Ordinal));
        Assert.Contains("| Service | Data | Access management | Network configuration | Guest OS and patching | Application code | Monitoring |", cdk, StringComparison.Ordinal);

        // Every finding the sample marks (// SRxxxx) is in the map, with its rule link and position.
        foreach (var expected in Annotations.In(RepoFiles.Path("samples", "InsecureCdkApp")))
        {
            var position = $"InsecureCdkApp/{Path.GetFileName(expected.File)}({expected.Line},";
            Assert.Contains($"[{expected.RuleId}](https://github.com/sharedresp/SharedResp.Analyzers/blob/main/docs/rules/{expected.RuleId}.md) `{position}", cdk, StringComparison.Ordinal);
        }

        Assert.Matches(@"❌ Yours – \d+ findings?: \[SR4001\]", Row(cdk, "AWS Lambda"));
        Assert.Contains("Findings in InsecureSdkApp", Section(md, "InsecureSdkApp"), StringComparison.Ordinal);

        var secure = Section(md, "SecureApp");
        Assert.DoesNotContain("finding", secure, StringComparison.OrdinalIgnoreCase);
        Assert.All(CdkServices, s => Assert.Contains("| **" + s + "** |", secure, StringComparison.Ordinal));
        Assert.Contains("✅ Yours – clean (checked by [SR3001]", Row(secure, "Amazon S3"), StringComparison.Ordinal);
        Assert.Contains("☁️ AWS", Row(secure, "AWS Lambda"), StringComparison.Ordinal);
        Assert.Contains("Amazon RDS | Database hosts, their operating system and its patching", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_IsOneSelfContainedDocument_WithAccessibleTables_AndOnlyRuleDocLinks()
    {
        var html = map.Html;
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Regex.Matches(html, @"\ssrc\s*=", RegexOptions.IgnoreCase));
        var hrefs = Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, href => Assert.Matches(@"^https://github\.com/sharedresp/SharedResp\.Analyzers/blob/main/docs/rules/SR\d{4}\.md$", href));
        Assert.Equal(Regex.Matches(html, "href=").Count, Regex.Matches(html, "<a href=").Count);

        // Well-formed enough to read as XML (the page has no entities beyond the XML ones), every table captioned, every header scoped.
        var document = XDocument.Parse(html.Replace("<!DOCTYPE html>", string.Empty, StringComparison.Ordinal));
        var tables = document.Descendants("table").ToList();
        Assert.Equal(1 + 3, tables.Count);
        Assert.All(tables, t => Assert.NotNull(t.Element("caption")));
        Assert.All(document.Descendants("th"), th => Assert.Contains((string?)th.Attribute("scope"), new[] { "col", "row" }));

        // Colour plus text: every cell carries its state as text.
        var cells = document.Descendants("td").Where(td => td.Attribute("data-state") is not null).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, td => Assert.Matches("^(AWS|Yours – clean|Yours – not checked|Yours – \\d+ findings?|n/a)$", td.Elements("span").First().Value));
    }

    [Fact]
    public void Html_EncodesTextFromTheCodeAndTheFindings()
    {
        var report = MapReport.WithoutServices(
            "<script>alert(1)</script>.sln",
            ["a & b"],
            [new ProjectMap("<img src=x onerror=alert(1)>", [])]);
        var html = HtmlMapWriter.Write(report);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;.sln", html, StringComparison.Ordinal);
        Assert.Contains("a &amp; b", html, StringComparison.Ordinal);

        var md = MarkdownMapWriter.Write(report);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "map", "x.sln" }, "map needs --html <file>, --markdown <file> or both.")]
    [InlineData(new[] { "map", "--html", "a.html" }, "no path given")]
    [InlineData(new[] { "map", "x.sln", "--html" }, "--html needs a file name.")]
    [InlineData(new[] { "map", "x.sln", "--sarif", "a" }, "unknown option '--sarif' for map.")]
    public async Task Map_BadArguments_ExitWith2_AndSayWhy(string[] args, string message)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains(message, result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_MissingPath_ExitsWith2()
    {
        var result = await CliRunner.RunAsync("map", "does-not-exist.sln", "--markdown", "x.md");
        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("does not exist", result.Errors, StringComparison.Ordinal);
    }

    private static string Section(string markdown, string project)
    {
        var start = markdown.IndexOf("\n## " + project + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, project);
        var end = markdown.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static string Row(string section, string service) =>
        section.Split('\n').Single(l => l.StartsWith("| **" + service + "** |", StringComparison.Ordinal));
}

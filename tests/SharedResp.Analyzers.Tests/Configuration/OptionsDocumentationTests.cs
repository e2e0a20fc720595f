using System.Text;
using System.Text.RegularExpressions;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.Configuration;

/// <summary>
/// Every option is documented where users look for it, no page documents a key that does not exist, and the README
/// table is the one rendered from the option definitions (<c>SHAREDRESP_UPDATE_GENERATED=1</c> rewrites it).
/// </summary>
public class OptionsDocumentationTests
{
    private const string BeginMarker = "<!-- options:begin";
    private const string EndMarker = "<!-- options:end -->";

    private static readonly Regex KeyReference = new(@"\bsharedresp\.[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*", RegexOptions.CultureInvariant);

    [Fact]
    public void Keys_FollowTheOneScheme_AndAreUnique()
    {
        Assert.NotEmpty(SharedResp.Analyzers.Options.All);
        Assert.Equal(SharedResp.Analyzers.Options.All.Length, SharedResp.Analyzers.Options.All.Select(o => o.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var option in SharedResp.Analyzers.Options.All)
        {
            Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", option.Name);
            Assert.Equal(option.IsGlobal ? "sharedresp." + option.Name : "sharedresp." + option.RuleId + "." + option.Name, option.Key);
            if (!option.IsGlobal)
            {
                Assert.Contains(Descriptors.All, d => d.Id == option.RuleId);
            }

            Assert.True(option.IsValid(option.Example), option.Key + ": the documented example must parse");
        }
    }

    [Fact]
    public void EveryOption_IsDocumented_OnItsRulePage_OrTheConfigurationPage()
    {
        var missing = new List<string>();
        foreach (var option in SharedResp.Analyzers.Options.All)
        {
            var text = option.IsGlobal ? RepoFiles.Read("docs", "configuration.md") : ConfigurationSection(option.RuleId!);
            foreach (var key in new[] { option.Key, option.DeprecatedAlias })
            {
                if (key is not null && !text.Contains(key, StringComparison.Ordinal))
                {
                    missing.Add(key + (option.IsGlobal ? " in docs/configuration.md" : $" in the Configuration section of docs/rules/{option.RuleId}.md"));
                }
            }
        }

        Assert.True(missing.Count == 0, "Undocumented options: " + string.Join("; ", missing));
    }

    [Fact]
    public void NoPage_DocumentsAKeyThatDoesNotExist()
    {
        var keys = SharedResp.Analyzers.Options.All.Select(o => o.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pages = Directory.EnumerateFiles(Path.Combine(RepoFiles.Root, "docs", "rules"), "*.md")
            .Append(Path.Combine(RepoFiles.Root, "docs", "configuration.md"));
        var unknown = new List<string>();
        foreach (var page in pages)
        {
            foreach (Match match in KeyReference.Matches(File.ReadAllText(page)))
            {
                if (!keys.Contains(match.Value))
                {
                    unknown.Add(Path.GetFileName(page) + ": " + match.Value);
                }
            }
        }

        Assert.True(unknown.Count == 0, "Documented keys that are no option: " + string.Join("; ", unknown));
    }

    [Fact]
    public void ConfigurationPage_ListsTheDeprecatedAliases()
    {
        var page = RepoFiles.Read("docs", "configuration.md");
        foreach (var option in SharedResp.Analyzers.Options.All.Where(o => o.DeprecatedAlias is not null))
        {
            Assert.Contains($"| `{option.DeprecatedAlias}` | `{option.Key}` |", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_OptionsTable_IsGeneratedFromTheDefinitions()
    {
        var failure = GeneratedText.Check(
            Path.Combine(RepoFiles.Root, "README.md"),
            readme => GeneratedText.ReplaceBlock(readme, BeginMarker, EndMarker, RenderTable()),
            "the options table (between the markers " + BeginMarker + " ... --> and " + EndMarker + ")",
            nameof(OptionsDocumentationTests));
        Assert.True(failure is null, failure);
    }

    /// <summary>The README table: one row per option, global ones first.</summary>
    internal static string RenderTable()
    {
        var table = new StringBuilder();
        table.Append("| Key | Applies to | Type | Default | Example | Description |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var option in SharedResp.Analyzers.Options.All)
        {
            var appliesTo = option.IsGlobal ? "every rule ([docs](docs/configuration.md))" : $"[{option.RuleId}](docs/rules/{option.RuleId}.md)";
            var description = option.Description + (option.DeprecatedAlias is null ? string.Empty : $" Formerly `{option.DeprecatedAlias}` (still read).");
            table.Append("| `").Append(GeneratedText.Cell(option.Key)).Append("` | ")
                .Append(appliesTo).Append(" | ")
                .Append(GeneratedText.Cell(option.Type)).Append(" | ")
                .Append(GeneratedText.Cell(option.DefaultText)).Append(" | `")
                .Append(GeneratedText.Cell(option.Example)).Append("` | ")
                .Append(GeneratedText.Cell(description)).Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary>The "## Configuration" section of a rule page, up to the next second-level heading.</summary>
    private static string ConfigurationSection(string ruleId)
    {
        var page = RepoFiles.Read("docs", "rules", ruleId + ".md").Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = page.IndexOf("\n## Configuration\n", StringComparison.Ordinal);
        Assert.True(start >= 0, ruleId + ".md has no Configuration section");
        var next = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return next < 0 ? page[start..] : page[start..next];
    }
}

using System.Text;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// Generates, from the rule descriptors (<see cref="Descriptors.All"/>), the README "Rules" table and the head of each
/// rule page (<c>docs/rules/&lt;ID&gt;.md</c>): the title line and a facts table between markers. <c>RuleDocsTests</c>
/// fails when the checked-in text differs (<c>SHAREDRESP_UPDATE_GENERATED=1</c> rewrites it). Everything below a page's
/// end marker is hand-written and left alone.
/// <para>
/// "Code fix" comes from the descriptor's <see cref="Descriptors.CodeFixTag"/>, not from the code fix provider: the
/// provider lists every ID in <c>FixableDiagnosticIds</c> (it applies whatever fix a diagnostic carries), so it cannot
/// tell a rule that never carries a fix (SR2xxx, SR3005) from one that does. The tag reproduces the hand-written
/// Yes/No column it replaces, and <c>CatalogTests</c> checks it against the fixes the rules' test snippets carry.
/// </para>
/// </summary>
public static class RuleDocs
{
    public const string ReadmeBeginMarker = "<!-- rules:begin";
    public const string ReadmeEndMarker = "<!-- rules:end -->";
    public const string PageBeginMarker = "<!-- rule-header:begin";
    public const string PageEndMarker = "<!-- rule-header:end -->";

    private const string PageBeginLine = PageBeginMarker + " (generated from the rule's descriptor by RuleDocsTests; SHAREDRESP_UPDATE_GENERATED=1 rewrites it) -->";

    public static bool HasCodeFix(DiagnosticDescriptor rule) => rule.CustomTags.Contains(Descriptors.CodeFixTag);

    /// <summary>The README rules table: one row per rule, in ID order.</summary>
    public static string RenderReadmeTable()
    {
        var table = new StringBuilder();
        table.Append("| ID | Title | Category | Severity | Code fix | Docs |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var rule in Descriptors.All)
        {
            table.Append("| ").Append(rule.Id)
                .Append(" | ").Append(GeneratedText.Cell(rule.Title.ToString()))
                .Append(" | ").Append(rule.Category)
                .Append(" | ").Append(rule.DefaultSeverity)
                .Append(" | ").Append(YesNo(HasCodeFix(rule)))
                .Append(" | [").Append(rule.Id).Append("](docs/rules/").Append(rule.Id).Append(".md) |\n");
        }

        return table.ToString();
    }

    /// <summary>The generated head of a rule page: the title line, a blank line and the marked facts table.</summary>
    public static string RenderPageHeader(DiagnosticDescriptor rule)
    {
        var header = new StringBuilder();
        header.Append("# ").Append(rule.Id).Append(": ").Append(rule.Title).Append("\n\n");
        header.Append(PageBeginLine).Append('\n');
        header.Append("| | |\n|---|---|\n");
        Row(header, "Category", rule.Category + " (" + CategoryNote(rule.Category) + ")");
        Row(header, "Default severity", rule.DefaultSeverity.ToString());
        Row(header, "Enabled by default", rule.IsEnabledByDefault
            ? "Yes"
            : $"No: turn it on with `dotnet_diagnostic.{rule.Id}.severity = suggestion` or `SharedRespAnalysisMode=All`");
        Row(header, "Evidence", Evidence(rule));
        Row(header, "Code fix", YesNo(HasCodeFix(rule)));
        Row(header, "Tags", string.Join(", ", DescriptiveTags(rule).Select(t => "`" + t + "`")));
        header.Append(PageEndMarker).Append('\n');
        return header.ToString();
    }

    /// <summary>
    /// The page with its head regenerated: everything up to the end marker is replaced. A page without the markers
    /// gets the head in place of its title line (a new page needs only a title and its hand-written sections).
    /// </summary>
    public static string WithPageHeader(string page, DiagnosticDescriptor rule)
    {
        var end = page.IndexOf("\n" + PageEndMarker + "\n", StringComparison.Ordinal);
        if (end >= 0)
        {
            return RenderPageHeader(rule) + page[(end + PageEndMarker.Length + 2)..];
        }

        var rest = page.StartsWith("# ", StringComparison.Ordinal) ? page[(page.IndexOf('\n') + 1)..].TrimStart('\n') : page;
        return RenderPageHeader(rule) + "\n" + rest;
    }

    /// <summary>The tags the descriptor was given (services, SDK/CDK), without those <see cref="Descriptors"/> derives from the other fields.</summary>
    public static IEnumerable<string> DescriptiveTags(DiagnosticDescriptor rule) => rule.CustomTags.Where(t =>
        t != Descriptors.CustomerResponsibilityTag &&
        t != Descriptors.EvidenceCertainTag &&
        t != Descriptors.EvidenceContextualTag &&
        t != Descriptors.CodeFixTag &&
        t != WellKnownDiagnosticTags.CompilationEnd &&
        !t.StartsWith("Layer:", StringComparison.Ordinal));

    private static string CategoryNote(string category) => category switch
    {
        RuleCategory.Configuration => "the package's own settings, not a responsibility layer",
        Descriptors.ResponsibilityMapCategory => "opt-in notes, not findings",
        _ => RuleCategory.LayerName(category) + " layer",
    };

    private static string Evidence(DiagnosticDescriptor rule) =>
        rule.CustomTags.Contains(Descriptors.EvidenceCertainTag) ? "Certain (see [analysis modes](../../README.md#analysis-modes))"
        : rule.CustomTags.Contains(Descriptors.EvidenceContextualTag) ? "Contextual (see [analysis modes](../../README.md#analysis-modes))"
        : "None: not a finding";

    private static void Row(StringBuilder text, string name, string value) =>
        text.Append("| **").Append(name).Append("** | ").Append(GeneratedText.Cell(value)).Append(" |\n");

    private static string YesNo(bool value) => value ? "Yes" : "No";
}

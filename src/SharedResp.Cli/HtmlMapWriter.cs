using System.Net;
using System.Text;

namespace SharedResp.Cli;

/// <summary>
/// The map as one self-contained HTML page: inline CSS, no script, font, image or network request. Every state is
/// written as text and coloured (never colour alone); tables have a caption and scoped headers; every text from the
/// code or the findings is HTML-encoded. The only links are the rule docs (plain &lt;a href&gt;).
/// </summary>
internal static class HtmlMapWriter
{
    private const string Css = """
        :root { color-scheme: light; --aws: #dbe7f5; --aws-ink: #1d3f6e; --clean: #dcf1de; --clean-ink: #17532a; --unchecked: #fdf1d0; --unchecked-ink: #6a4b00; --findings: #fbdcd9; --findings-ink: #8a1c12; --na: #eeeeee; --na-ink: #444; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 1.5rem; color: #1b1b1b; background: #fff; line-height: 1.4; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #ccc; padding-bottom: .2rem; }
        p.lead { margin: 0 0 1rem; color: #333; max-width: 70rem; }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
        .badge { display: inline-block; font-weight: 600; font-size: .8rem; padding: .1rem .45rem; border-radius: .25rem; border: 1px solid currentColor; white-space: nowrap; }
        .aws .badge, .badge.aws { background: var(--aws); color: var(--aws-ink); }
        .clean .badge, .badge.clean { background: var(--clean); color: var(--clean-ink); }
        .unchecked .badge, .badge.unchecked { background: var(--unchecked); color: var(--unchecked-ink); }
        .findings .badge, .badge.findings { background: var(--findings); color: var(--findings-ink); }
        .na .badge, .badge.na { background: var(--na); color: var(--na-ink); }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .85rem; }
        table.grid { table-layout: fixed; } table.grid thead th:first-child { width: 11rem; }
        td, th { overflow-wrap: anywhere; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border: 1px solid #bbb; padding: .4rem; vertical-align: top; text-align: left; }
        thead th { background: #f3f3f3; }
        tbody th { background: #fafafa; min-width: 9rem; }
        td.aws { background: #f4f8fd; } td.clean { background: #f3fbf4; } td.unchecked { background: #fffaf0; } td.findings { background: #fff3f2; } td.na { background: #f7f7f7; }
        td p { margin: .3rem 0 0; color: #444; font-size: .78rem; }
        details { display: inline; font-size: .78rem; } details[open] { display: block; } summary { cursor: pointer; color: #555; display: inline; } details.more { display: block; font-size: inherit; } details.more > summary { display: list-item; }
        td ul { margin: .3rem 0 0; padding-left: 1.1rem; }
        td li { margin-bottom: .25rem; }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .8rem; word-break: break-all; }
        .first-use { display: block; font-weight: normal; color: #555; font-size: .75rem; }
        ul.aws-list { margin: .2rem 0; padding-left: 1.1rem; }
        """;

    public static string Write(MapReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<title>Shared-responsibility map: ").Append(E(report.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>Shared-responsibility map: ").Append(E(report.Title)).Append("</h1>\n");
        html.Append("<p class=\"lead\">For each project, the AWS services its code uses (SDK clients and requests it creates or calls, CDK constructs it creates) and, for each layer of the shared responsibility model, who secures it: AWS, or you — with the SharedResp findings against it.</p>\n");
        html.Append("<ul class=\"legend\" aria-label=\"Legend\">\n");
        Legend(html, "aws", "AWS", "AWS secures this layer for this service");
        Legend(html, "clean", "Yours – clean", "yours; the rules that check it found nothing");
        Legend(html, "findings", "Yours – N findings", "yours; findings listed");
        Legend(html, "unchecked", "Yours – not checked", "yours; no SharedResp rule checks it");
        Legend(html, "na", "n/a", "the layer does not apply");
        html.Append("</ul>\n</header>\n<main>\n");

        html.Append("<section id=\"aws-secures\">\n<h2>What AWS secures</h2>\n");
        html.Append("<table class=\"aws-secures\">\n<caption>What AWS secures for every service below, and per service</caption>\n<thead><tr><th scope=\"col\">Service</th><th scope=\"col\">AWS secures</th></tr></thead>\n<tbody>\n");
        html.Append("<tr><th scope=\"row\">Every service</th><td>").Append(List(report.CommonAwsSecures)).Append("</td></tr>\n");
        foreach (var service in report.Services)
        {
            html.Append("<tr data-service=\"").Append(E(service.Key)).Append("\"><th scope=\"row\">").Append(E(service.Name)).Append("</th><td>")
                .Append(List(service.AwsSecures)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");

        foreach (var project in report.Projects)
        {
            html.Append("<section class=\"project\" data-project=\"").Append(E(project.Name)).Append("\">\n<h2>").Append(E(project.Name)).Append("</h2>\n");
            if (project.Rows.IsEmpty)
            {
                html.Append("<p>No AWS service used in the code.</p>\n</section>\n");
                continue;
            }

            var findings = project.Rows.Sum(r => r.Cells.Sum(c => c.Findings.Length));
            html.Append("<p>").Append(project.Rows.Length).Append(project.Rows.Length == 1 ? " service, " : " services, ")
                .Append(findings == 0 ? "no findings" : findings == 1 ? "1 finding" : findings + " findings").Append(".</p>\n");
            html.Append("<table class=\"grid\">\n<caption>").Append(E(project.Name)).Append(": who secures each layer of each AWS service it uses</caption>\n<thead><tr><th scope=\"col\">Service</th>");
            foreach (var layer in MapReport.Layers)
            {
                html.Append("<th scope=\"col\">").Append(E(MapReport.LayerName(layer))).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in project.Rows)
            {
                html.Append("<tr data-service=\"").Append(E(row.Service.Key)).Append("\"><th scope=\"row\">").Append(E(row.Service.Name));
                html.Append("<span class=\"first-use\">").Append(row.FirstUse is null ? "named by a finding only" : "first used at <code>" + E(row.FirstUse) + "</code>").Append("</span></th>");
                foreach (var cell in row.Cells)
                {
                    Cell(html, cell);
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        html.Append("</main>\n<footer><p>Generated by <code>sharedresp map</code>. Who secures what: <code>src/SharedResp.Analyzers/Services/aws-services.txt</code> (from the AWS shared responsibility model and each service's security documentation).</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Findings listed in a cell before the rest is folded under "N more findings".</summary>
    private const int MaxFindingsShown = 4;

    private static void Cell(StringBuilder html, MapCell cell)
    {
        html.Append("<td class=\"").Append(cell.CssClass).Append("\" data-layer=\"").Append(E(cell.Category)).Append("\" data-state=\"").Append(cell.CssClass).Append("\">");
        html.Append("<span class=\"badge\">").Append(E(cell.Label)).Append("</span>");
        if (cell.Text.Length > 0)
        {
            html.Append("<p>").Append(E(cell.Text)).Append("</p>");
        }

        if (cell.State == CellState.YoursFindings)
        {
            // A long list keeps the row readable at a glance: the first findings shown, the rest folded (still in the page).
            var shown = cell.Findings.Length > MaxFindingsShown ? MaxFindingsShown - 1 : cell.Findings.Length;
            FindingList(html, cell.Findings.Take(shown));
            if (shown < cell.Findings.Length)
            {
                html.Append("<details class=\"more\"><summary>").Append(cell.Findings.Length - shown).Append(" more findings</summary>");
                FindingList(html, cell.Findings.Skip(shown));
                html.Append("</details>");
            }
        }
        else if (cell.State is CellState.YoursClean or CellState.Aws && !cell.Rules.IsEmpty)
        {
            html.Append("<p>Checked by ").Append(string.Join(", ", cell.Rules.Select(r => RuleLink(r.Id, r.HelpLinkUri)))).Append(".</p>");
        }
        else if (cell.State == CellState.YoursNotChecked)
        {
            html.Append("<p>No SharedResp rule checks this layer of this service.</p>");
        }

        html.Append("</td>");
    }

    private static void FindingList(StringBuilder html, IEnumerable<Finding> findings)
    {
        html.Append("<ul class=\"findings\">");
        foreach (var finding in findings)
        {
            html.Append("<li class=\"finding\" data-rule=\"").Append(E(finding.RuleId)).Append("\">").Append(RuleLink(finding.Diagnostic.Descriptor.Id, finding.Diagnostic.Descriptor.HelpLinkUri))
                .Append(" <code>").Append(E($"{finding.FilePath}({finding.Line},{finding.Column})")).Append("</code> ")
                .Append("<details><summary>why</summary>").Append(E(finding.Message)).Append("</details></li>");
        }

        html.Append("</ul>");
    }

    private static string RuleLink(string id, string? helpLink) =>
        string.IsNullOrEmpty(helpLink) ? E(id) : $"<a href=\"{E(helpLink!)}\">{E(id)}</a>";

    private static string List(IEnumerable<string> items) =>
        "<ul class=\"aws-list\">" + string.Concat(items.Select(i => "<li>" + E(i) + "</li>")) + "</ul>";

    private static void Legend(StringBuilder html, string css, string label, string meaning) =>
        html.Append("<li><span class=\"badge ").Append(css).Append("\">").Append(E(label)).Append("</span> ").Append(E(meaning)).Append("</li>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

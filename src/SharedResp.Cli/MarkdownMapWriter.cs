using System.Text;

namespace SharedResp.Cli;

/// <summary>
/// The map in Markdown for pull-request comments: the same content as the HTML page (what AWS secures, a grid per
/// project with the state as text, the findings with rule links and positions). Text from code and findings is escaped.
/// </summary>
internal static class MarkdownMapWriter
{
    public static string Write(MapReport report)
    {
        var md = new StringBuilder();
        md.Append("# Shared-responsibility map: ").Append(E(report.Title)).Append("\n\n");
        md.Append("For each project, the AWS services its code uses and, for each layer of the shared responsibility model, who secures it. ")
          .Append("States: **AWS** (AWS secures it), **Yours – clean** (the rules that check it found nothing), **Yours – N findings**, **Yours – not checked** (no SharedResp rule checks it), **n/a**.\n\n");

        md.Append("## What AWS secures\n\n| Service | AWS secures |\n|---|---|\n");
        md.Append("| Every service | ").Append(string.Join("<br>", report.CommonAwsSecures.Select(E))).Append(" |\n");
        foreach (var service in report.Services)
        {
            md.Append("| ").Append(E(service.Name)).Append(" | ").Append(string.Join("<br>", service.AwsSecures.Select(E))).Append(" |\n");
        }

        foreach (var project in report.Projects)
        {
            md.Append("\n## ").Append(E(project.Name)).Append("\n\n");
            if (project.Rows.IsEmpty)
            {
                md.Append("No AWS service used in the code.\n");
                continue;
            }

            md.Append("| Service |");
            foreach (var layer in MapReport.Layers)
            {
                md.Append(' ').Append(MapReport.LayerName(layer)).Append(" |");
            }

            md.Append("\n|---|").Append(string.Concat(MapReport.Layers.Select(_ => "---|"))).Append('\n');
            foreach (var row in project.Rows)
            {
                md.Append("| **").Append(E(row.Service.Name)).Append("** |");
                foreach (var cell in row.Cells)
                {
                    md.Append(' ').Append(Icon(cell.State)).Append(' ').Append(E(cell.Label));
                    var rules = cell.State == CellState.YoursFindings
                        ? cell.Findings.Select(f => f.Diagnostic.Descriptor).DistinctBy(d => d.Id)
                        : cell.State == CellState.YoursClean ? cell.Rules : [];
                    var links = string.Join(" ", rules.Select(r => $"[{r.Id}]({r.HelpLinkUri})"));
                    if (links.Length > 0)
                    {
                        md.Append(cell.State == CellState.YoursFindings ? ": " : " (checked by ").Append(links).Append(cell.State == CellState.YoursFindings ? string.Empty : ")");
                    }

                    md.Append(" |");
                }

                md.Append('\n');
            }

            var withFindings = project.Rows.SelectMany(r => r.Cells.Where(c => c.State == CellState.YoursFindings).Select(c => (r.Service, Cell: c))).ToList();
            if (withFindings.Count > 0)
            {
                md.Append("\n### Findings in ").Append(E(project.Name)).Append("\n\n");
                foreach (var (service, cell) in withFindings)
                {
                    md.Append("- **").Append(E(service.Name)).Append(" — ").Append(MapReport.LayerName(cell.Category)).Append("**\n");
                    foreach (var finding in cell.Findings)
                    {
                        md.Append("  - [").Append(finding.RuleId).Append("](").Append(finding.Diagnostic.Descriptor.HelpLinkUri).Append(") `")
                          .Append(Code($"{finding.FilePath}({finding.Line},{finding.Column})")).Append("` ").Append(E(finding.Message)).Append('\n');
                    }
                }
            }

            md.Append("\nServices used: ").Append(string.Join(", ", project.Rows.Select(r => E(r.Service.Name) + (r.FirstUse is null ? " (named by a finding only)" : $" (first used at `{Code(r.FirstUse)}`)")))).Append(".\n");
        }

        return md.ToString();
    }

    private static string Icon(CellState state) => state switch
    {
        CellState.Aws => "☁️",
        CellState.YoursClean => "✅",
        CellState.YoursFindings => "❌",
        CellState.YoursNotChecked => "⚪",
        _ => "➖",
    };

    /// <summary>Escapes Markdown and inline HTML, and the table separator.</summary>
    private static string E(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n':
                    escaped.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Inside a code span: no backtick or newline can end it early; a pipe would still split a table cell.</summary>
    private static string Code(string text) => text.Replace("`", "'", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("|", "/", StringComparison.Ordinal);
}

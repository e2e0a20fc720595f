using System.Text.RegularExpressions;

namespace SharedResp.Cli.Tests.Infrastructure;

/// <summary>Reads the finding lines of the console report: <c>  path(line,col): warning SR3001: message [Project]</c>.</summary>
public static partial class ConsoleFindings
{
    public static IReadOnlyList<(Expected Finding, string Project)> Parse(string output) =>
        FindingLine().Matches(output)
            .Select(m => (
                new Expected(Path.GetFullPath(m.Groups["path"].Value), int.Parse(m.Groups["line"].Value), m.Groups["id"].Value),
                m.Groups["project"].Value))
            .ToList();

    public static IReadOnlyList<Expected> Findings(string output) =>
        Parse(output).Select(f => f.Finding)
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ToList();

    /// <summary>"SRxxxx severity" for each finding line, in report order.</summary>
    public static IReadOnlyList<string> Severities(string output) =>
        FindingLine().Matches(output).Select(m => $"{m.Groups["id"].Value} {m.Groups["severity"].Value}").ToList();

    [GeneratedRegex(@"^  (?<path>\S.*)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning|info) (?<id>SR\d{4}): .* \[(?<project>[^\]]+)\]\r?$", RegexOptions.Multiline)]
    private static partial Regex FindingLine();
}

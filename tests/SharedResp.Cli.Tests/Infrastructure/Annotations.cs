using System.Text.RegularExpressions;

namespace SharedResp.Cli.Tests.Infrastructure;

/// <summary>A finding: the file's full path, the 1-based line and the rule.</summary>
public sealed record Expected(string File, int Line, string RuleId);

/// <summary>
/// The findings the samples announce: every line with a <c>// SRxxxx</c> comment (several IDs when a line has several
/// findings), as .ci/e2e.sh reads them. "(no automatic fix)" marks those that --fix leaves.
/// </summary>
public static partial class Annotations
{
    public static IReadOnlyList<Expected> In(string folder, bool unfixableOnly = false) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(file => File.ReadAllLines(file).Select((text, index) => (file, line: index + 1, text)))
            .Select(l => (l.file, l.line, match: Annotation().Match(l.text)))
            .Where(l => l.match.Success && (!unfixableOnly || l.match.Value.Contains("(no automatic fix)")))
            .SelectMany(l => RuleId().Matches(l.match.Value).Select(id => new Expected(Path.GetFullPath(l.file), l.line, id.Value)))
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"//\s*SR\d{4}.*$")]
    private static partial Regex Annotation();

    [GeneratedRegex(@"SR\d{4}")]
    private static partial Regex RuleId();
}

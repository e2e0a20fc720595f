using Microsoft.CodeAnalysis;

namespace SharedResp.Cli;

/// <summary>The human-readable report: findings grouped by responsibility layer, with counts and <c>path(line,col)</c> locations.</summary>
internal static class ConsoleReport
{
    public static void WriteFindings(TextWriter output, IReadOnlyList<Finding> findings)
    {
        var categories = RuleCatalog.Categories.Concat(findings.Select(f => f.Category)).Distinct(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            var inLayer = findings.Where(f => f.Category == category).ToList();
            output.WriteLine($"{RuleCatalog.LayerName(category)}: {Count(inLayer.Count, "finding")}");
            foreach (var finding in inLayer)
            {
                output.WriteLine($"  {DisplayPath(finding.FilePath)}({finding.Line},{finding.Column}): {Severity(finding.Severity)} {finding.RuleId}: {finding.Message} [{finding.Project}]");
            }
        }
    }

    public static void WriteSummary(TextWriter output, IReadOnlyList<Finding> findings, IReadOnlyList<string> cleanProjects, IReadOnlyList<string> projectsWithoutAws)
    {
        int Of(DiagnosticSeverity severity) => findings.Count(f => f.Severity == severity);
        var projects = findings.Select(f => f.Project).Distinct().Count();
        output.WriteLine();
        output.WriteLine(findings.Count == 0
            ? "No findings."
            : $"{Count(findings.Count, "finding")} ({Count(Of(DiagnosticSeverity.Error), "error")}, {Count(Of(DiagnosticSeverity.Warning), "warning")}, {Of(DiagnosticSeverity.Info)} info) in {Count(projects, "project")}.");
        if (cleanProjects.Count > 0)
        {
            output.WriteLine("Clean: " + string.Join(", ", cleanProjects));
        }

        if (projectsWithoutAws.Count > 0)
        {
            output.WriteLine("Not checked (no AWS SDK or CDK reference): " + string.Join(", ", projectsWithoutAws));
        }
    }

    public static void WriteFixes(TextWriter output, IReadOnlyList<AppliedFix> fixes)
    {
        if (fixes.Count == 0)
        {
            output.WriteLine("--fix: no finding has an automatic fix; no file changed.");
            return;
        }

        output.WriteLine($"--fix: {Count(fixes.Sum(f => f.Count), "finding")} fixed in {Count(fixes.Select(f => f.FilePath).Distinct().Count(), "file")}:");
        foreach (var file in fixes.GroupBy(f => f.FilePath))
        {
            output.WriteLine($"  {DisplayPath(file.Key)}: " + string.Join(", ", file.Select(f => $"{f.RuleId} x{f.Count}")));
        }

        output.WriteLine();
    }

    public static void WriteFailures(TextWriter output, IReadOnlyList<ProjectFailure> failures)
    {
        foreach (var project in failures.GroupBy(f => f.Project))
        {
            output.WriteLine($"sharedresp: could not load {DisplayPath(project.Key)} (not scanned):");
            foreach (var failure in project.Select(f => f.Message).Distinct())
            {
                output.WriteLine("  " + failure);
            }
        }
    }

    /// <summary>Relative to the current folder when the file is under it, so the locations are clickable in most terminals and CI logs.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

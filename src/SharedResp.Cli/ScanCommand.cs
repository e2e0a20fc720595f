using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SharedResp.Cli;

/// <summary>
/// <c>sharedresp scan</c>: restore, load, analyze every C# project, optionally fix, then report on the console and in
/// SARIF. Bad input and load failures end in a message and an exit code (<see cref="ExitCodes"/>), never a stack trace.
/// </summary>
internal static class ScanCommand
{
    /// <summary>What was loaded and analyzed: the loaded workspace (dispose it), the failures, the named projects and their analyses.</summary>
    internal sealed record ScanSession(string FullPath, LoadedProjects Loaded, List<ProjectFailure> Failures, ImmutableArray<Project> Projects, ImmutableArray<ProjectAnalysis> Analyses);

    public static async Task<int> RunAsync(ScanOptions options, TextWriter output, TextWriter errors, bool interactive, CancellationToken cancellationToken = default)
    {
        var progress = new ScanProgress(errors, interactive);
        var (loadExit, session) = await LoadAndAnalyzeAsync(options.Path, options.Restore, options.Mode, progress, errors, cancellationToken);
        if (session is null)
        {
            return loadExit;
        }

        using var loaded = session.Loaded;
        var path = session.FullPath;
        var failures = session.Failures;
        var analyses = session.Analyses;
        if (options.Fix)
        {
            analyses = await FixAsync(loaded, analyses, output, progress, cancellationToken);
        }

        var (checkExit, checkedProjects, exceptions) = Conclude(options.Path, session with { Analyses = analyses }, progress, errors);
        if (checkedProjects is null)
        {
            return checkExit;
        }

        var findings = Findings(checkedProjects);
        var checkedNames = checkedProjects.Select(a => ProjectName(a.Project)).Distinct().ToList();
        output.WriteLine($"sharedresp: {Count(checkedNames.Count, "project")} checked in {ConsoleReport.DisplayPath(path)}");
        output.WriteLine();
        ConsoleReport.WriteFindings(output, findings);
        ConsoleReport.WriteSummary(
            output,
            findings,
            checkedNames.Where(name => findings.All(f => f.Project != name)).ToList(),
            analyses.Where(a => !a.UsesAws).Select(a => ProjectName(a.Project)).Distinct().ToList());

        if (options.SarifPath is not null)
        {
            SarifWriter.Write(options.SarifPath, Path.GetDirectoryName(path)!, findings, failures);
            output.WriteLine($"SARIF written to {options.SarifPath}");
        }

        if (exceptions.Count > 0 || failures.Count > 0)
        {
            return ExitCodes.ScanIncomplete;
        }

        return ExitCodes.ForFindings(findings.Select(f => f.Severity), options.FailOn);
    }

    /// <summary>
    /// The part every command shares: check the path, restore, load with MSBuild, analyze every named C# project.
    /// Returns the exit code and no session on bad input (the message is written).
    /// </summary>
    internal static async Task<(int ExitCode, ScanSession? Session)> LoadAndAnalyzeAsync(string userPath, bool restore, string? mode, ScanProgress progress, TextWriter errors, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(userPath);
        if (!File.Exists(path))
        {
            errors.WriteLine(Directory.Exists(path)
                ? $"sharedresp: '{userPath}' is a folder: name the .sln, .slnx or .csproj file in it."
                : $"sharedresp: '{userPath}' does not exist.");
            return (ExitCodes.BadInput, null);
        }

        if (!ProjectLoader.IsSupported(path))
        {
            errors.WriteLine($"sharedresp: '{userPath}' is not a .sln, .slnx or .csproj file.");
            return (ExitCodes.BadInput, null);
        }

        var failures = new List<ProjectFailure>();
        var named = SolutionProjects.Read(path);
        if (restore)
        {
            foreach (var project in named)
            {
                progress.Status($"restoring {Path.GetFileName(project)}");
                failures.AddRange(await Restorer.RestoreAsync(project, cancellationToken));
            }
        }

        progress.Status($"loading {Path.GetFileName(path)}");
        var loaded = await ProjectLoader.LoadAsync(path, mode, progress, cancellationToken);
        failures.AddRange(loaded.Failures.Where(f => f.Project == path || named.Any(n => SamePath(n, f.Project))));
        var projects = loaded.CSharpProjects
            .Where(p => named.Any(n => SamePath(n, p.FilePath)) && !failures.Any(f => SamePath(f.Project, p.FilePath)))
            .ToImmutableArray();

        var analyses = await AnalyzeAsync(projects, progress, cancellationToken);
        return (ExitCodes.Success, new ScanSession(path, loaded, failures, projects, analyses));
    }

    /// <summary>
    /// Reports load failures and analyzer exceptions, and ends the command when nothing could be checked (no C# project,
    /// no project using AWS): then the exit code and no projects. Otherwise the projects that use AWS.
    /// </summary>
    internal static (int ExitCode, List<ProjectAnalysis>? CheckedProjects, List<Exception> Exceptions) Conclude(string userPath, ScanSession session, ScanProgress progress, TextWriter errors)
    {
        progress.Done();
        ConsoleReport.WriteFailures(errors, session.Failures);
        var exceptions = session.Analyses.SelectMany(a => a.AnalyzerExceptions).ToList();
        foreach (var exception in exceptions)
        {
            errors.WriteLine($"sharedresp: an analyzer failed ({exception.GetType().Name}: {exception.Message}); please report it.");
        }

        // Settings the rules could not use (SR0001: an option value that is not valid; the default applies): say so, per project.
        foreach (var analysis in session.Analyses)
        {
            foreach (var diagnostic in analysis.ProjectDiagnostics.IsDefault ? [] : analysis.ProjectDiagnostics)
            {
                errors.WriteLine($"sharedresp: {ProjectName(analysis.Project)}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        if (session.Projects.IsEmpty)
        {
            if (session.Failures.Count > 0)
            {
                return (ExitCodes.ScanIncomplete, null, exceptions);
            }

            errors.WriteLine($"sharedresp: no C# project in '{userPath}'.");
            return (ExitCodes.BadInput, null, exceptions);
        }

        var checkedProjects = session.Analyses.Where(a => a.UsesAws).ToList();
        if (checkedProjects.Count == 0)
        {
            errors.WriteLine($"sharedresp: nothing to check: no project in '{userPath}' references the AWS SDK for .NET (AWSSDK.Core) or the AWS CDK (Amazon.CDK.Lib).");
            return (session.Failures.Count > 0 ? ExitCodes.ScanIncomplete : ExitCodes.BadInput, null, exceptions);
        }

        return (ExitCodes.Success, checkedProjects, exceptions);
    }

    private static async Task<ImmutableArray<ProjectAnalysis>> AnalyzeAsync(ImmutableArray<Project> projects, ScanProgress progress, CancellationToken cancellationToken)
    {
        var analyses = ImmutableArray.CreateBuilder<ProjectAnalysis>(projects.Length);
        for (var i = 0; i < projects.Length; i++)
        {
            progress.Status($"[{i + 1}/{projects.Length}] analyzing {projects[i].Name}");
            analyses.Add(await ProjectAnalyzer.AnalyzeAsync(projects[i], cancellationToken));
        }

        return analyses.MoveToImmutable();
    }

    /// <summary>Fixes every project with findings, writes the changed files through the workspace, and analyzes again.</summary>
    private static async Task<ImmutableArray<ProjectAnalysis>> FixAsync(LoadedProjects loaded, ImmutableArray<ProjectAnalysis> analyses, TextWriter output, ScanProgress progress, CancellationToken cancellationToken)
    {
        var solution = loaded.Workspace.CurrentSolution;
        var fixes = new List<AppliedFix>();
        foreach (var analysis in analyses.Where(a => !a.Diagnostics.IsEmpty))
        {
            progress.Status($"fixing {analysis.Project.Name}");
            var (fixedSolution, applied) = await CodeFixer.FixAsync(solution, analysis.Project.Id, cancellationToken);
            solution = fixedSolution;
            fixes.AddRange(applied.Where(fix => !fixes.Any(f => f.FilePath == fix.FilePath && f.RuleId == fix.RuleId)));
        }

        if (!loaded.Workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("the fixed files could not be written.");
        }

        progress.Done();
        ConsoleReport.WriteFixes(output, fixes);
        var projects = analyses.Select(a => loaded.Workspace.CurrentSolution.GetProject(a.Project.Id)!).ToImmutableArray();
        return await AnalyzeAsync(projects, progress, cancellationToken);
    }

    /// <summary>
    /// The findings of every checked project, each once: a multi-targeted project loads once per target framework,
    /// and a file can be compiled into several projects.
    /// </summary>
    internal static ImmutableArray<Finding> Findings(IEnumerable<ProjectAnalysis> analyses) => analyses
        .SelectMany(a => a.Diagnostics.Select(d => Finding.From(ProjectName(a.Project), d)))
        .DistinctBy(f => (f.RuleId, f.FilePath, f.Line, f.Column, f.Message))
        .ToImmutableArray();

    /// <summary>"App(net8.0)" → "App": findings are per project, not per target framework.</summary>
    internal static string ProjectName(Project project) =>
        project.Name.IndexOf('(') is var paren and > 0 ? project.Name[..paren] : project.Name;

    private static bool SamePath(string a, string? b) =>
        b is not null && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

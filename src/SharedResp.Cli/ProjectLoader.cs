using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace SharedResp.Cli;

/// <summary>A project that could not be restored or loaded, with the message that says why.</summary>
internal sealed record ProjectFailure(string Project, string Message);

/// <summary>The projects MSBuild loaded from one .sln, .slnx or .csproj, and those it could not load.</summary>
internal sealed class LoadedProjects : IDisposable
{
    public LoadedProjects(MSBuildWorkspace workspace, ImmutableArray<ProjectFailure> failures)
    {
        Workspace = workspace;
        Failures = failures;
    }

    public MSBuildWorkspace Workspace { get; }

    /// <summary>The C# projects that loaded, in solution order (with the projects they reference).</summary>
    public ImmutableArray<Project> CSharpProjects => Workspace.CurrentSolution.Projects
        .Where(p => p.Language == LanguageNames.CSharp)
        .ToImmutableArray();

    public ImmutableArray<ProjectFailure> Failures { get; }

    public void Dispose() => Workspace.Dispose();
}

/// <summary>Loads projects with MSBuildWorkspace (design-time builds of the installed SDK), collecting failures instead of throwing.</summary>
internal static class ProjectLoader
{
    public static bool IsSupported(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".sln" or ".slnx" or ".csproj";

    public static async Task<LoadedProjects> LoadAsync(string path, string? mode, IProgress<ProjectLoadProgress> progress, CancellationToken cancellationToken)
    {
        // The analysis mode's targets (and --mode) as global properties: see AnalysisModes.
        var workspace = MSBuildWorkspace.Create(AnalysisModes.LoadProperties(mode));
        var failures = new List<ProjectFailure>();
        try
        {
            if (Path.GetExtension(path).Equals(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                await workspace.OpenProjectAsync(path, progress, cancellationToken);
            }
            else
            {
                await workspace.OpenSolutionAsync(path, progress, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A project (or solution) MSBuild cannot read at all: say so, keep what did load.
            failures.Add(new ProjectFailure(path, e.Message));
        }

        foreach (var diagnostic in workspace.Diagnostics.Where(d => d.Kind == WorkspaceDiagnosticKind.Failure))
        {
            failures.Add(new ProjectFailure(ProjectNamedIn(diagnostic.Message, workspace.CurrentSolution) ?? path, diagnostic.Message));
        }

        return new LoadedProjects(workspace, failures.ToImmutableArray());
    }

    /// <summary>Workspace diagnostics name the project file in their message; find which loaded project it is.</summary>
    private static string? ProjectNamedIn(string message, Solution solution) =>
        solution.Projects.Select(p => p.FilePath).FirstOrDefault(f => f is not null && message.Contains(f, StringComparison.Ordinal))
        ?? QuotedProjectPath(message);

    private static string? QuotedProjectPath(string message)
    {
        var end = message.IndexOf(".csproj", StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return null;
        }

        var start = message.LastIndexOfAny(['\'', '"', ' '], end) + 1;
        return message[start..(end + ".csproj".Length)];
    }
}

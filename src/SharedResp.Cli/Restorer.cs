using System.Diagnostics;

namespace SharedResp.Cli;

/// <summary>
/// Runs <c>dotnet restore</c> on each scanned project, so that package references resolve when MSBuild loads them.
/// One project at a time: a solution-wide restore stops at the first unreadable project and leaves the others unrestored.
/// </summary>
internal static class Restorer
{
    /// <summary>Restores the project at <paramref name="path"/>; returns the error lines of a failed restore (none when it succeeded).</summary>
    public static async Task<IReadOnlyList<ProjectFailure>> RestoreAsync(string path, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "restore", path, "--nologo", "--verbosity", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start 'dotnet restore'.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode == 0)
        {
            return [];
        }

        var lines = ((await output) + "\n" + (await error))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Select(WithoutProjectPrefix)
            .Distinct()
            .Select(l => new ProjectFailure(path, l))
            .ToList();
        return lines.Count > 0 ? lines : [new ProjectFailure(path, $"'dotnet restore' exited with code {process.ExitCode}.")];
    }

    /// <summary>NuGet errors read <c>/path/App.csproj : error NU1101: ...</c>; the project is already named in the report.</summary>
    private static string WithoutProjectPrefix(string line)
    {
        var separator = line.IndexOf(" : ", StringComparison.Ordinal);
        return separator > 0 && line[..separator].EndsWith("proj", StringComparison.OrdinalIgnoreCase) ? line[(separator + 3)..] : line;
    }
}

using System.Diagnostics;

namespace SharedResp.Cli;

/// <summary>Runs <c>dotnet restore</c> on the scanned path, so that package references resolve when MSBuild loads the projects.</summary>
internal static class Restorer
{
    /// <summary>Restores <paramref name="path"/>; returns one failure per error line of a failed restore (none when it succeeded).</summary>
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
            .Distinct()
            .Select(l => ToFailure(l, path))
            .ToList();
        return lines.Count > 0 ? lines : [new ProjectFailure(path, $"'dotnet restore' exited with code {process.ExitCode}.")];
    }

    /// <summary>NuGet errors read <c>/path/App.csproj : error NU1101: ...</c>: the project is the part before the colon.</summary>
    private static ProjectFailure ToFailure(string line, string path)
    {
        var separator = line.IndexOf(" : ", StringComparison.Ordinal);
        return separator > 0 && line[..separator].EndsWith("proj", StringComparison.OrdinalIgnoreCase)
            ? new ProjectFailure(line[..separator], line[(separator + 3)..])
            : new ProjectFailure(path, line);
    }
}

namespace SharedResp.Cli;

/// <summary>The whole command line: parse, dispatch, and turn every failure into a message and an exit code.</summary>
internal static class Cli
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, bool interactive)
    {
        var parsed = CommandLine.Parse(args);
        if (parsed.ShowHelp)
        {
            output.WriteLine(CommandLine.Usage);
            return ExitCodes.Success;
        }

        if (parsed.Error is not null)
        {
            errors.WriteLine("sharedresp: " + parsed.Error);
            errors.WriteLine(CommandLine.Usage);
            return ExitCodes.BadInput;
        }

        try
        {
            // Before any method that touches a Workspaces.MSBuild or MSBuild type is compiled.
            MSBuildRegistration.EnsureRegistered();
            return parsed.Map is { } map
                ? await MapCommand.RunAsync(map, output, errors, interactive)
                : await ScanCommand.RunAsync(parsed.Options!, output, errors, interactive);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            errors.WriteLine($"sharedresp: the scan stopped: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}

namespace SharedResp.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var parsed = CommandLine.Parse(args);
        if (parsed.ShowHelp)
        {
            Console.Out.WriteLine(CommandLine.Usage);
            return ExitCodes.Success;
        }

        if (parsed.Error is not null)
        {
            Console.Error.WriteLine("sharedresp: " + parsed.Error);
            Console.Error.WriteLine(CommandLine.Usage);
            return ExitCodes.BadInput;
        }

        // Before any method that touches a Workspaces.MSBuild or MSBuild type is compiled.
        MSBuildRegistration.EnsureRegistered();
        return await ScanCommand.RunAsync(parsed.Options!, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
    }
}

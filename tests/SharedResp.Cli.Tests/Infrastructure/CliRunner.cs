namespace SharedResp.Cli.Tests.Infrastructure;

/// <summary>What one run of the CLI printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}

/// <summary>Runs the CLI in-process, as <c>sharedresp</c> with these arguments, with the output redirected (as in CI).</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await Cli.RunAsync(args, output, errors, interactive: false);
        return new CliResult(exitCode, output.ToString(), errors.ToString());
    }
}

using SharedResp.Cli.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Cli.Tests;

/// <summary>The scan uses the scanned project's own .editorconfig, as a build would.</summary>
public sealed class EditorConfigTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Severities_from_the_projects_editorconfig_apply_to_the_report_and_the_exit_code()
    {
        var project = _temp.CopySample("InsecureSdkApp", "App");
        _temp.Write(
            ".editorconfig",
            """
            root = true

            [*.cs]
            dotnet_diagnostic.SR3001.severity = error
            dotnet_diagnostic.SR3002.severity = none
            """);
        var expected = Annotations.In(Path.GetDirectoryName(project)!).Where(e => e.RuleId == "SR3001").ToList();

        var result = await CliRunner.RunAsync(project, "--fail-on", "error");

        Assert.True(result.ExitCode == ExitCodes.FindingsAtFailLevel, result.ToString());
        Assert.Equal(expected, ConsoleFindings.Findings(result.Output));
        Assert.Contains($"{expected.Count} findings ({expected.Count} errors, 0 warnings, 0 info) in 1 project.", result.Output);
    }
}

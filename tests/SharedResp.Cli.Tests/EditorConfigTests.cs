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
        var findings = ConsoleFindings.Findings(result.Output);
        Assert.Equal(expected, findings.Where(f => f.RuleId == "SR3001").ToList());
        Assert.DoesNotContain(findings, f => f.RuleId == "SR3002");
        // SR3001 findings are errors now; the other rules keep their own severities.
        Assert.Contains($"{findings.Count} findings ({expected.Count} errors, ", result.Output);
    }

    [Fact]
    public async Task An_option_value_that_is_not_valid_is_named_once_and_the_default_applies()
    {
        var project = _temp.CopySample("InsecureSdkApp", "App");
        _temp.Write(
            ".editorconfig",
            """
            root = true

            [*.cs]
            sharedresp.SR3005.sensitive_ports = 22, ssh
            """);
        var expected = Annotations.In(Path.GetDirectoryName(project)!).Where(e => e.RuleId == "SR3005").ToList();

        var result = await CliRunner.RunAsync(project);

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        var line = Assert.Single(result.Errors.Split('\n'), l => l.Contains("SR0001", StringComparison.Ordinal));
        Assert.Contains("warning SR0001", line, StringComparison.Ordinal);
        Assert.Contains("sharedresp.SR3005.sensitive_ports", line, StringComparison.Ordinal);
        // The default port set applies: the sample's SR3005 findings are all still reported.
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ConsoleFindings.Findings(result.Output).Where(f => f.RuleId == "SR3005").ToList());
    }
}

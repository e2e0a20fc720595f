using Microsoft.CodeAnalysis;
using Xunit;

namespace SharedResp.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Scan_is_the_default_command_and_every_option_is_read()
    {
        var withCommand = CommandLine.Parse(["scan", "app.sln", "--sarif", "out.sarif", "--fail-on", "Error", "--fix", "--no-restore"]).Options;
        var withoutCommand = CommandLine.Parse(["app.sln", "--sarif", "out.sarif", "--fail-on", "Error", "--fix", "--no-restore"]).Options;

        Assert.Equal(new ScanOptions("app.sln", "out.sarif", DiagnosticSeverity.Error, Fix: true, Restore: false), withCommand);
        Assert.Equal(withCommand, withoutCommand);
    }

    [Fact]
    public void Defaults_restore_and_never_fail_on_findings()
    {
        Assert.Equal(new ScanOptions("app.csproj", null, null, Fix: false, Restore: true), CommandLine.Parse(["app.csproj"]).Options);
    }

    [Theory]
    [InlineData("None", "None")]
    [InlineData("recommended", "Recommended")]
    [InlineData("ALL", "All")]
    public void Mode_is_read_in_any_case(string value, string mode)
    {
        Assert.Equal(mode, CommandLine.Parse(["app.sln", "--mode", value]).Options!.Mode);
    }

    [Fact]
    public void Mode_needs_a_known_value()
    {
        Assert.Equal("--mode needs one of: None, Default, Recommended, All.", CommandLine.Parse(["app.sln", "--mode", "strict"]).Error);
        Assert.Equal("--mode needs one of: None, Default, Recommended, All.", CommandLine.Parse(["app.sln", "--mode"]).Error);
    }

    [Theory]
    [InlineData(null, new[] { DiagnosticSeverity.Error }, ExitCodes.Success)]
    [InlineData(DiagnosticSeverity.Info, new DiagnosticSeverity[0], ExitCodes.Success)]
    [InlineData(DiagnosticSeverity.Info, new[] { DiagnosticSeverity.Info }, ExitCodes.FindingsAtFailLevel)]
    [InlineData(DiagnosticSeverity.Info, new[] { DiagnosticSeverity.Warning }, ExitCodes.FindingsAtFailLevel)]
    [InlineData(DiagnosticSeverity.Warning, new[] { DiagnosticSeverity.Info }, ExitCodes.Success)]
    [InlineData(DiagnosticSeverity.Warning, new[] { DiagnosticSeverity.Info, DiagnosticSeverity.Warning }, ExitCodes.FindingsAtFailLevel)]
    [InlineData(DiagnosticSeverity.Error, new[] { DiagnosticSeverity.Warning }, ExitCodes.Success)]
    [InlineData(DiagnosticSeverity.Error, new[] { DiagnosticSeverity.Error }, ExitCodes.FindingsAtFailLevel)]
    public void Fail_on_sets_the_exit_code_from_the_most_severe_finding(DiagnosticSeverity? failOn, DiagnosticSeverity[] findings, int exitCode)
    {
        Assert.Equal(exitCode, ExitCodes.ForFindings(findings, failOn));
    }
}

using SharedResp.Cli.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Cli.Tests;

/// <summary>
/// <c>--mode</c> and the project's own <c>SharedRespAnalysisMode</c>: the scan applies the package's mode files as a build
/// does, <c>--mode</c> beats the project's property, and the project's .editorconfig beats the mode.
/// </summary>
public sealed class AnalysisModeTests : IDisposable
{
    private const string Source = """
        using Amazon.S3;
        using Amazon.S3.Model;

        public static class Uploads
        {
            // SR1001: Info by default, a warning in All.
            public static PutObjectRequest Request(string key) =>
                new() { BucketName = "reports", Key = key, ServerSideEncryptionMethod = ServerSideEncryptionMethod.None };

            // SR3004: a warning in every mode but None.
            public static AmazonS3Client Client() => new(new AmazonS3Config { UseHttp = true });
        }
        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Project(string? mode)
    {
        var property = mode is null ? "" : $"<SharedRespAnalysisMode>{mode}</SharedRespAnalysisMode>";
        _temp.Write("App/Uploads.cs", Source);
        return _temp.Write("App/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {property}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="AWSSDK.S3" Version="4.1.0" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>"SRxxxx severity" per finding line of the console report, sorted.</summary>
    private static List<string> Severities(CliResult result) =>
        ConsoleFindings.Severities(result.Output).OrderBy(s => s, StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Without_a_mode_the_rules_keep_their_default_severities()
    {
        var result = await CliRunner.RunAsync(Project(mode: null));

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Equal(["SR1001 info", "SR3004 warning"], Severities(result));
    }

    [Fact]
    public async Task The_projects_own_SharedRespAnalysisMode_applies_in_any_case()
    {
        var result = await CliRunner.RunAsync(Project(mode: "all"), "--fail-on", "warning");

        Assert.True(result.ExitCode == ExitCodes.FindingsAtFailLevel, result.ToString());
        // All also turns on the opt-in note SR9001 (the shared-responsibility split of S3, the service the project uses).
        Assert.Equal(["SR1001 warning", "SR3004 warning", "SR9001 info"], Severities(result));
    }

    [Fact]
    public async Task Mode_option_beats_the_projects_property_and_the_editorconfig_beats_the_mode()
    {
        var project = Project(mode: "All");
        var none = await CliRunner.RunAsync(project, "--mode", "None", "--fail-on", "info");
        Assert.True(none.ExitCode == ExitCodes.Success, none.ToString());
        Assert.Contains("No findings.", none.Output);

        _temp.Write("App/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.SR3004.severity = error
            """);
        var recommended = await CliRunner.RunAsync(project, "--mode", "recommended", "--no-restore");
        Assert.True(recommended.ExitCode == ExitCodes.Success, recommended.ToString());
        Assert.Equal(["SR1001 info", "SR3004 error"], Severities(recommended));
    }

    [Fact]
    public async Task An_unknown_mode_is_bad_input_naming_the_valid_values()
    {
        var result = await CliRunner.RunAsync(Project(mode: null), "--mode", "strict");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--mode needs one of: None, Default, Recommended, All.", result.Errors);
    }
}

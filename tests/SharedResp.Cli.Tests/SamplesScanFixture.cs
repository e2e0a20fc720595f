using System.Text.Json.Nodes;
using SharedResp.Cli.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Cli.Tests;

/// <summary>One scan of samples/Samples.sln (restore, MSBuild load, analysis, SARIF), shared by the tests that read it.</summary>
public sealed class SamplesScanFixture : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public CliResult Result { get; private set; } = null!;

    public JsonNode Sarif { get; private set; } = null!;

    public string SarifPath => Path.Combine(_temp.Root, "out", "sharedresp.sarif");

    public async Task InitializeAsync()
    {
        Result = await CliRunner.RunAsync("scan", RepoFiles.Path("samples", "Samples.sln"), "--sarif", SarifPath, "--fail-on", "warning");
        Sarif = JsonNode.Parse(File.ReadAllText(SarifPath))!;
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}

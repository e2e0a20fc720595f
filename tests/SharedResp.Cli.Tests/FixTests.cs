using SharedResp.Cli.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Cli.Tests;

/// <summary>--fix on a copy of the SDK sample that does not reference the analyzers: every fixable finding is fixed on disk.</summary>
public sealed class FixTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Fix_writes_the_fixes_reports_them_and_leaves_only_the_findings_without_a_fix()
    {
        var project = _temp.CopySample("InsecureSdkApp", "App");
        var folder = Path.GetDirectoryName(project)!;
        var source = Path.Combine(folder, "InsecureStorage.cs");
        var annotated = Annotations.In(folder);
        var original = File.ReadAllLines(source);
        // Fixes move lines: the findings left are compared by the text of their line, which a fix does not touch.
        var unfixable = Annotations.In(folder, unfixableOnly: true).Select(e => (original[e.Line - 1], e.RuleId)).ToList();

        var result = await CliRunner.RunAsync(project, "--fix");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains($"--fix: {annotated.Count - unfixable.Count} findings fixed in 1 file:", result.Output);
        Assert.Contains("InsecureStorage.cs: SR3001 x", result.Output);
        var fixedLines = File.ReadAllLines(source);
        Assert.Equal(unfixable, ConsoleFindings.Findings(result.Output).Select(f => (fixedLines[f.Line - 1], f.RuleId)));
        Assert.DoesNotContain("S3CannedACL.PublicReadWrite", File.ReadAllText(source));
    }
}

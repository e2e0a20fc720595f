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
        var annotated = Annotations.In(folder);
        var originals = annotated.Select(e => e.File).Distinct().ToDictionary(f => f, File.ReadAllLines);
        // Fixes move lines: the findings left are compared by file and the text of their line, which a fix does not touch.
        var unfixable = Annotations.In(folder, unfixableOnly: true).Select(e => (e.File, originals[e.File][e.Line - 1], e.RuleId)).ToList();
        var fixedFiles = annotated.Where(e => !unfixable.Any(u => u.File == e.File && u.Item2 == originals[e.File][e.Line - 1] && u.RuleId == e.RuleId))
            .Select(e => e.File).Distinct().Count();

        var result = await CliRunner.RunAsync(project, "--fix");

        Assert.True(result.ExitCode == ExitCodes.Success, result.ToString());
        Assert.Contains($"--fix: {annotated.Count - unfixable.Count} findings fixed in {fixedFiles} file{(fixedFiles == 1 ? "" : "s")}:", result.Output);
        Assert.Contains("InsecureStorage.cs: SR3001 x", result.Output);
        var left = ConsoleFindings.Findings(result.Output).Select(f => (f.File, File.ReadAllLines(f.File)[f.Line - 1], f.RuleId)).ToList();
        Assert.Equal(unfixable.OrderBy(u => u.File).ThenBy(u => u.Item2).ToList(), left.OrderBy(u => u.File).ThenBy(u => u.Item2).ToList());
        Assert.DoesNotContain("S3CannedACL.PublicReadWrite", File.ReadAllText(Path.Combine(folder, "InsecureStorage.cs")));
    }
}

using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Xunit;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// Whole-file checks through every analyzer at once, as a build runs them: each line marked <c>// expect: SRxxxx</c>
/// (several IDs allowed) must be reported with exactly those rules, and no other line with any of <c>rules</c>.
/// </summary>
public static class MarkedLines
{
    private static readonly Regex Marker = new(@"// expect: ((?:SR\d{4}\s*)+)");
    private static readonly Regex RuleId = new(@"SR\d{4}");

    public static async Task AssertAsync(string source, IReadOnlyCollection<string>? rules = null)
    {
        var expected = source.Split('\n')
            .Select((text, index) => (Line: index + 1, Match: Marker.Match(text)))
            .Where(l => l.Match.Success)
            .SelectMany(l => RuleId.Matches(l.Match.Groups[1].Value).Select(id => (l.Line, Id: id.Value)))
            .OrderBy(x => x.Line).ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();

        var compilation = AnalyzerRunner.Compile(source);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"SDK {SdkGeneration.Major}: the snippet does not compile:\n" + string.Join("\n", errors));
        var result = await AnalyzerRunner.RunAsync(compilation);
        Assert.Empty(result.Exceptions);
        var actual = result.Diagnostics
            .Where(d => rules is null || rules.Contains(d.Id))
            .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
            .Distinct()
            .OrderBy(x => x.Line).ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        Assert.True(expected.SequenceEqual(actual), $"SDK {SdkGeneration.Major}:\nexpected {string.Join(", ", expected)}\nactual   {string.Join(", ", actual)}");
    }
}

using Xunit;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// Checked-in text that a test generates (README tables, rule page headers): the test compares the file with what the
/// generator makes of it and fails with the first differing line; with <c>SHAREDRESP_UPDATE_GENERATED=1</c> it
/// rewrites the file instead. Files are compared and written with <c>\n</c> line endings.
/// </summary>
public static class GeneratedText
{
    public const string UpdateVariable = "SHAREDRESP_UPDATE_GENERATED";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// Checks that <paramref name="path"/> is what <paramref name="generate"/> makes of it (null: the file lacks what
    /// the generator needs, e.g. its markers, and <paramref name="what"/> says so), or rewrites it when updating.
    /// Returns the failure message, or null when the file is up to date.
    /// </summary>
    public static string? Check(string path, Func<string, string?> generate, string what, string testFilter)
    {
        var current = File.ReadAllText(path).ReplaceLineEndings("\n");
        var expected = generate(current);
        var relative = Path.GetRelativePath(RepoFiles.Root, path);
        if (expected is null)
        {
            return $"{relative}: {what}";
        }

        if (expected == current)
        {
            return null;
        }

        if (Updating)
        {
            File.WriteAllText(path, expected);
            return null;
        }

        return $"{relative}: {what} differs from what the descriptors generate; {FirstDifference(expected, current)}. " +
               $"Run `{UpdateVariable}=1 dotnet test tests/SharedResp.Analyzers.Tests --filter {testFilter}` to rewrite it.";
    }

    /// <summary>Fails with every message of <see cref="Check"/> that is not null.</summary>
    public static void AssertAllCurrent(IEnumerable<string?> failures)
    {
        var messages = failures.OfType<string>().ToList();
        Assert.True(messages.Count == 0, string.Join("\n", messages));
    }

    /// <summary>
    /// <paramref name="text"/> with the lines between the line that holds <paramref name="beginMarker"/> and the line
    /// <paramref name="endMarker"/> replaced by <paramref name="content"/> (which ends with a newline); null when the markers are missing.
    /// </summary>
    public static string? ReplaceBlock(string text, string beginMarker, string endMarker, string content)
    {
        var begin = text.IndexOf(beginMarker, StringComparison.Ordinal);
        var end = begin < 0 ? -1 : text.IndexOf("\n" + endMarker, begin, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var contentStart = text.IndexOf('\n', begin) + 1;
        return text[..contentStart] + content + text[(end + 1)..];
    }

    /// <summary>Text for a Markdown table cell: a <c>|</c> would end the cell.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Where two texts first differ, by line: "line 12: expected `...`, found `...`".</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? "`" + expectedLines[i] + "`" : "end of file";
            var a = i < actualLines.Length ? "`" + actualLines[i] + "`" : "end of file";
            if (e != a)
            {
                return $"first difference at line {i + 1}: expected {e}, found {a}";
            }
        }

        return "no line differs";
    }
}

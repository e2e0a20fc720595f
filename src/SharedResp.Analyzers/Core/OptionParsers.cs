using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SharedResp.Analyzers;

/// <summary>
/// The parsers of option values. Every one returns false for a value it cannot read fully (never a partial result):
/// the rule then uses its default and SR0001 names the key.
/// </summary>
internal static class OptionParsers
{
    private static readonly char[] ListSeparators = { ',', ' ', '\t' };
    private static readonly Regex ActionPattern = new(@"^[A-Za-z0-9*?-]+:[A-Za-z0-9*?]+$|^\*$", RegexOptions.CultureInvariant);
    private static readonly Regex PolicyNamePattern = new(@"^(arn:[a-z-]+:iam::aws:policy/)?[A-Za-z0-9+=.@_*?/-]+$", RegexOptions.CultureInvariant);
    private static readonly Regex HostPattern = new(@"^(\*\.)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\.?$|^\[[0-9A-Fa-f:.]+\]$", RegexOptions.CultureInvariant);
    private static readonly Regex SymbolNamePattern = new(@"^(\*|[A-Za-z_][A-Za-z0-9_.`]*\*?)$", RegexOptions.CultureInvariant);
    private static readonly Regex ParameterList = new(@"\([^()]*\)", RegexOptions.CultureInvariant);

    /// <summary>Splits a list on commas and white space, dropping empty items.</summary>
    public static string[] SplitList(string text) => text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A list whose every item satisfies <paramref name="isValidItem"/>; at least one item.</summary>
    public static bool TryParseList(string text, Func<string, bool> isValidItem, out ImmutableArray<string> value)
    {
        var items = SplitList(text);
        value = ImmutableArray<string>.Empty;
        if (items.Length == 0)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (!isValidItem(item))
            {
                return false;
            }
        }

        value = items.ToImmutableArray();
        return true;
    }

    /// <summary>IAM action patterns: <c>service:Action</c> with <c>*</c> and <c>?</c> wildcards (<c>s3:PutObject</c>, <c>logs:*</c>, <c>xray:Put*</c>).</summary>
    public static bool TryParseActionPatterns(string text, out ImmutableArray<string> value) =>
        TryParseList(text, static item => ActionPattern.IsMatch(item), out value);

    /// <summary>AWS managed policy names (<c>AmazonEC2FullAccess</c>, <c>job-function/ViewOnlyAccess</c>, wildcards) or their ARNs.</summary>
    public static bool TryParsePolicyNames(string text, out ImmutableArray<string> value) =>
        TryParseList(text, static item => PolicyNamePattern.IsMatch(item), out value);

    /// <summary>Host names, optionally starting with <c>*.</c> (every subdomain), or bracketed IPv6 addresses.</summary>
    public static bool TryParseHosts(string text, out ImmutableArray<string> value) =>
        TryParseList(text, static item => HostPattern.IsMatch(item) && item != "*.", out value);

    /// <summary>
    /// Values compared without case, <c>*</c> a wildcard. Quotes are not allowed: <c>.editorconfig</c> keeps them as part
    /// of the value, so a quoted item would never match.
    /// </summary>
    public static bool TryParseValues(string text, out ImmutableArray<string> value) =>
        TryParseList(text, static item => item.IndexOfAny(new[] { '"', '\'' }) < 0, out value);

    /// <summary>
    /// Fully qualified type, member or namespace names, separated by <c>|</c>, commas or spaces; an optional
    /// documentation-ID prefix (<c>T:</c>, <c>M:</c>, <c>P:</c>, <c>F:</c>, <c>E:</c>, <c>N:</c>) and parameter list are
    /// dropped; a trailing <c>*</c> matches every name that starts with the rest.
    /// </summary>
    public static bool TryParseSymbolNames(string text, out ImmutableArray<string> value)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        // Parameter lists first: they may hold commas.
        foreach (var part in ParameterList.Replace(text, string.Empty).Split(new[] { '|', ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var item = part;
            if (item.Length > 2 && item[1] == ':' && "TMPFEN".IndexOf(item[0]) >= 0)
            {
                item = item.Substring(2);
            }

            if (!SymbolNamePattern.IsMatch(item))
            {
                value = ImmutableArray<string>.Empty;
                return false;
            }

            builder.Add(item);
        }

        value = builder.ToImmutable();
        return value.Length > 0;
    }

    /// <summary>
    /// Path globs, comma separated: <c>*</c> (within a folder), <c>**</c> (any folders), <c>?</c> (one character).
    /// A glob starting with <c>/</c> must match the whole path; any other matches the end of the path from a folder
    /// boundary (<c>tests/**</c> matches <c>/repo/tests/A.cs</c>). Compared without case, with <c>\</c> read as <c>/</c>.
    /// </summary>
    public static bool TryParseGlobs(string text, out ImmutableArray<Regex> value)
    {
        var builder = ImmutableArray.CreateBuilder<Regex>();
        foreach (var part in text.Split(','))
        {
            var glob = part.Trim().Replace('\\', '/');
            if (glob.Length == 0)
            {
                continue;
            }

            if (glob.IndexOfAny(new[] { '[', ']', '{', '}' }) >= 0)
            {
                value = ImmutableArray<Regex>.Empty;
                return false;
            }

            builder.Add(new Regex(GlobToRegex(glob), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        }

        value = builder.ToImmutable();
        return value.Length > 0;
    }

    /// <summary>True when the file path (any separator) matches one of the globs.</summary>
    public static bool MatchesAny(ImmutableArray<Regex> globs, string? path)
    {
        if (globs.IsDefaultOrEmpty || string.IsNullOrEmpty(path))
        {
            return false;
        }

        var normalized = path!.Replace('\\', '/');
        foreach (var glob in globs)
        {
            if (glob.IsMatch(normalized))
            {
                return true;
            }
        }

        return false;
    }

    internal static string GlobToRegex(string glob)
    {
        var pattern = new StringBuilder();
        var i = 0;
        if (glob.StartsWith("/", StringComparison.Ordinal))
        {
            pattern.Append('^');
        }
        else
        {
            pattern.Append("(?:^|/)");
        }

        while (i < glob.Length)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var atStart = i == 0 || glob[i - 1] == '/';
                var slashAfter = i + 2 < glob.Length && glob[i + 2] == '/';
                if (atStart && slashAfter)
                {
                    // "**/": zero or more folders.
                    pattern.Append("(?:[^/]*/)*");
                    i += 3;
                }
                else
                {
                    pattern.Append(".*");
                    i += 2;
                }
            }
            else if (c == '*')
            {
                pattern.Append("[^/]*");
                i++;
            }
            else if (c == '?')
            {
                pattern.Append("[^/]");
                i++;
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
                i++;
            }
        }

        pattern.Append('$');
        return pattern.ToString();
    }

    /// <summary>Ports and ranges, comma separated: <c>22, 3389, 8000-8100</c>, each in 0-65535, ranges not reversed.</summary>
    public static bool TryParsePortRanges(string text, out ImmutableArray<(int From, int To)> value)
    {
        var result = new List<(int, int)>();
        value = ImmutableArray<(int, int)>.Empty;
        foreach (var part in text.Split(','))
        {
            var item = part.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            var dash = item.IndexOf('-');
            if (dash < 0)
            {
                if (!TryPort(item, out var port))
                {
                    return false;
                }

                result.Add((port, port));
            }
            else if (TryPort(item.Substring(0, dash).Trim(), out var from) && TryPort(item.Substring(dash + 1).Trim(), out var to) && from <= to)
            {
                result.Add((from, to));
            }
            else
            {
                return false;
            }
        }

        value = result.ToImmutableArray();
        return result.Count > 0;
    }

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port >= 0 && port <= 65535;
}

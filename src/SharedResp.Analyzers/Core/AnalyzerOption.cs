using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers;

/// <summary>
/// One <c>.editorconfig</c> / <c>.globalconfig</c> option of the package: its key, what a valid value looks like, its
/// default and its documentation. Every option is a static field of <see cref="Options"/> (the registry); rules read
/// typed values through <see cref="AnalyzerOption{T}"/>, per syntax tree, and <c>InvalidOptionAnalyzer</c> reports a
/// value that does not parse (SR0001) while the rules use the default.
/// </summary>
internal abstract class AnalyzerOption
{
    /// <summary>The prefix of every key: <c>sharedresp.&lt;RULEID&gt;.&lt;name&gt;</c> for a rule, <c>sharedresp.&lt;name&gt;</c> for a global option.</summary>
    public const string KeyPrefix = "sharedresp.";

    protected AnalyzerOption(string? ruleId, string name, string type, string expected, string defaultText, string description, string example, string? deprecatedAlias)
    {
        RuleId = ruleId;
        Name = name;
        Key = ruleId is null ? KeyPrefix + name : KeyPrefix + ruleId + "." + name;
        Type = type;
        Expected = expected;
        DefaultText = defaultText;
        Description = description;
        Example = example;
        DeprecatedAlias = deprecatedAlias;
    }

    /// <summary>The rule the option belongs to; null for a global option (it applies to every rule).</summary>
    public string? RuleId { get; }

    /// <summary>The lowercase snake_case name, without prefix and rule.</summary>
    public string Name { get; }

    /// <summary>The full key, e.g. <c>sharedresp.SR3005.sensitive_ports</c>.</summary>
    public string Key { get; }

    /// <summary>The value's type as documentation names it, e.g. "list of ports and ranges".</summary>
    public string Type { get; }

    /// <summary>What a valid value is, as the SR0001 message says it.</summary>
    public string Expected { get; }

    /// <summary>The default, as documentation and the SR0001 message say it.</summary>
    public string DefaultText { get; }

    public string Description { get; }

    /// <summary>An example value (the part after <c>=</c>).</summary>
    public string Example { get; }

    /// <summary>A key from an earlier version, read when <see cref="Key"/> is absent; null when there is none.</summary>
    public string? DeprecatedAlias { get; }

    public bool IsGlobal => RuleId is null;

    /// <summary>
    /// The raw value set for a file: <see cref="Key"/>, else <see cref="DeprecatedAlias"/>. An empty value counts as not set.
    /// </summary>
    public bool TryGetRawValue(AnalyzerConfigOptions options, out string key, out string value)
    {
        if (options.TryGetValue(Key, out var raw) && !string.IsNullOrWhiteSpace(raw))
        {
            key = Key;
            value = raw;
            return true;
        }

        if (DeprecatedAlias is not null && options.TryGetValue(DeprecatedAlias, out raw) && !string.IsNullOrWhiteSpace(raw))
        {
            key = DeprecatedAlias;
            value = raw;
            return true;
        }

        key = Key;
        value = string.Empty;
        return false;
    }

    /// <summary>True when <paramref name="value"/> parses (the rules then use it; otherwise they use the default).</summary>
    public abstract bool IsValid(string value);
}

/// <summary>Parses an option's raw text; false when it is not valid.</summary>
internal delegate bool OptionParser<T>(string text, out T value);

/// <summary>An option with a typed value. The text of each distinct value is parsed once (see <see cref="Get(AnalyzerConfigOptions)"/>).</summary>
internal sealed class AnalyzerOption<T> : AnalyzerOption
{
    private const int MaxCachedValues = 64;

    private readonly OptionParser<T> _parser;
    private readonly ConcurrentDictionary<string, Parsed> _parsed = new(StringComparer.Ordinal);

    public AnalyzerOption(
        string? ruleId,
        string name,
        string type,
        string expected,
        T defaultValue,
        string defaultText,
        OptionParser<T> parser,
        string description,
        string example,
        string? deprecatedAlias = null)
        : base(ruleId, name, type, expected, defaultText, description, example, deprecatedAlias)
    {
        Default = defaultValue;
        _parser = parser;
    }

    public T Default { get; }

    /// <summary>The value for the file <paramref name="tree"/>: parsed from its options, or the default when absent or not valid.</summary>
    public T Get(AnalyzerOptions options, SyntaxTree tree) => Get(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

    /// <inheritdoc cref="Get(AnalyzerOptions, SyntaxTree)"/>
    public T Get(AnalyzerConfigOptions options)
    {
        if (!TryGetRawValue(options, out _, out var raw))
        {
            return Default;
        }

        var parsed = Parse(raw);
        return parsed.IsValid ? parsed.Value : Default;
    }

    public override bool IsValid(string value) => Parse(value).IsValid;

    private Parsed Parse(string raw)
    {
        if (_parsed.TryGetValue(raw, out var parsed))
        {
            return parsed;
        }

        bool ok;
        T value;
        try
        {
            ok = _parser(raw, out value);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            ok = false;
            value = Default;
        }

        parsed = new Parsed(ok, ok ? value : Default);

        // Distinct values are few (one per .editorconfig section at most); the bound only guards against pathological input.
        if (_parsed.Count >= MaxCachedValues)
        {
            _parsed.Clear();
        }

        _parsed[raw] = parsed;
        return parsed;
    }

    private sealed class Parsed
    {
        public Parsed(bool isValid, T value)
        {
            IsValid = isValid;
            Value = value;
        }

        public bool IsValid { get; }

        public T Value { get; }
    }
}

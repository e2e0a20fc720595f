using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SharedResp.Analyzers;

/// <summary>
/// The one registry of every <c>.editorconfig</c> / <c>.globalconfig</c> option the package reads. Keys follow one
/// scheme: <c>sharedresp.&lt;RULEID&gt;.&lt;name&gt;</c> for a rule's option, <c>sharedresp.&lt;name&gt;</c> for a global one
/// (names lowercase snake_case). Options are read per syntax tree (so <c>[tests/**.cs]</c> sections work);
/// <see cref="All"/> feeds SR0001, the README table and the documentation tests.
/// </summary>
internal static class Options
{
    public static readonly AnalyzerOption<(int From, int To, string? Service)[]> SR3005SensitivePorts = new(
        ruleId: "SR3005",
        name: "sensitive_ports",
        type: "list of ports and ranges",
        expected: "comma-separated ports (0-65535) and ranges such as 8000-8100",
        defaultValue: SensitivePorts.DefaultSet(),
        defaultText: "21, 22, 23, 445, 1433, 1521, 2375, 2376, 3306, 3389, 5432, 5439, 6379, 9200, 11211, 27017",
        parser: SensitivePorts.TryParse,
        description: "The ports that are reported when open to the internet; replaces the default set.",
        example: "22, 3389, 5432, 8000-8100",
        deprecatedAlias: "dotnet_diagnostic.SR3005.sensitive_ports");

    public static readonly AnalyzerOption<ImmutableArray<string>> SR2002ExemptActions = new(
        ruleId: "SR2002",
        name: "exempt_actions",
        type: "list of IAM action patterns",
        expected: "comma-separated IAM actions such as s3:PutObject, with * and ? wildcards (logs:*)",
        defaultValue: ImmutableArray<string>.Empty,
        defaultText: "none",
        parser: OptionParsers.TryParseActionPatterns,
        description: "Extra actions never counted on \"Resource\": \"*\", beside the built-in ones.",
        example: "logs:PutLogEvents, xray:Put*",
        deprecatedAlias: "dotnet_code_quality.SR2002.exempt_actions");

    public static readonly AnalyzerOption<ImmutableArray<string>> SR2005AdditionalPolicies = new(
        ruleId: "SR2005",
        name: "additional_policies",
        type: "list of policy names",
        expected: "comma-separated AWS managed policy names such as AmazonEC2ContainerRegistryPowerUser or job-function/DataScientist (or their ARNs), with * and ? wildcards",
        defaultValue: ImmutableArray<string>.Empty,
        defaultText: "none",
        parser: OptionParsers.TryParsePolicyNames,
        description: "More AWS managed policies to report (as warnings), beside the built-in broad list.",
        example: "AmazonEC2ContainerRegistryPowerUser, job-function/DataScientist");

    public static readonly AnalyzerOption<ImmutableArray<string>> SR3004AllowedHttpHosts = new(
        ruleId: "SR3004",
        name: "allowed_http_hosts",
        type: "list of host names",
        expected: "comma-separated host names such as minio.dev.example.com, or *.internal for every subdomain",
        defaultValue: ImmutableArray<string>.Empty,
        defaultText: "none (local hosts only: loopback, single-label names)",
        parser: OptionParsers.TryParseHosts,
        description: "Hosts a plain-HTTP ServiceURL may use, beyond the local ones; `*.internal` matches every host under internal.",
        example: "minio.dev.example.com, *.internal");

    public static readonly AnalyzerOption<ImmutableArray<string>> SR5001PlaceholderValues = new(
        ruleId: "SR5001",
        name: "placeholder_values",
        type: "list of values",
        expected: "comma-separated values without quotes (compared without case; * is a wildcard)",
        defaultValue: ImmutableArray<string>.Empty,
        defaultText: "none",
        parser: OptionParsers.TryParseValues,
        description: "More values treated as placeholders, not real credentials, beside the built-in ones.",
        example: "AKIAIOSFODNN7TESTING, local-dev-*");

    public static readonly AnalyzerOption<ImmutableArray<Regex>> ExcludedPaths = new(
        ruleId: null,
        name: "excluded_paths",
        type: "list of path globs",
        expected: "comma-separated path globs with *, ** and ? such as **/Migrations/**, tests/**",
        defaultValue: ImmutableArray<Regex>.Empty,
        defaultText: "none",
        parser: OptionParsers.TryParseGlobs,
        description: "Files whose findings are not reported, by every rule.",
        example: "**/Migrations/**, tests/**");

    public static readonly AnalyzerOption<ImmutableArray<string>> ExcludedSymbolNames = new(
        ruleId: null,
        name: "excluded_symbol_names",
        type: "list of symbol names",
        expected: "fully qualified type, member or namespace names separated by | or commas, each with an optional trailing *",
        defaultValue: ImmutableArray<string>.Empty,
        defaultText: "none",
        parser: OptionParsers.TryParseSymbolNames,
        description: "Types, members and namespaces whose findings are not reported, by every rule.",
        example: "MyCompany.Infra.SandboxStack | MyCompany.Tools.*");

    private static ImmutableArray<AnalyzerOption> s_all;

    /// <summary>Every option, global ones first, then by key: every static <see cref="AnalyzerOption"/> field of this class.</summary>
    public static ImmutableArray<AnalyzerOption> All
    {
        get
        {
            if (s_all.IsDefault)
            {
                var options = new List<AnalyzerOption>();
                foreach (var member in typeof(Options).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
                {
                    if (member.GetValue(null) is AnalyzerOption option)
                    {
                        options.Add(option);
                    }
                }

                options.Sort(static (a, b) => a.IsGlobal != b.IsGlobal ? (a.IsGlobal ? -1 : 1) : string.CompareOrdinal(a.Key, b.Key));
                ImmutableInterlocked.InterlockedInitialize(ref s_all, options.ToImmutableArray());
            }

            return s_all;
        }
    }
}

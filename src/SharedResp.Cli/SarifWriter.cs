using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace SharedResp.Cli;

/// <summary>
/// Writes a SARIF 2.1.0 log: one run whose driver lists every rule with its full metadata (descriptions, help link,
/// default level, responsibility layer, tags, CWE and AWS Security Hub controls), the findings as results with
/// locations relative to the scanned solution's folder (<c>%SRCROOT%</c>), and load failures as notifications.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";
    private const string InformationUri = "https://github.com/sharedresp/SharedResp.Analyzers";

    public static void Write(string sarifPath, string sourceRoot, IReadOnlyList<Finding> findings, IReadOnlyList<ProjectFailure> failures)
    {
        var rules = RuleCatalog.Rules;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceRoot)) + Path.DirectorySeparatorChar;
        var log = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = Driver(rules) },
                ["originalUriBaseIds"] = new JsonObject { [SourceRoot] = new JsonObject { ["uri"] = new Uri(root).AbsoluteUri } },
                ["invocations"] = new JsonArray(Invocation(failures)),
                ["results"] = new JsonArray(findings.Select(f => (JsonNode)Result(f, ruleIndex, root)).ToArray()),
                ["columnKind"] = "utf16CodeUnits",
            }),
        };

        var directory = Path.GetDirectoryName(Path.GetFullPath(sarifPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(sarifPath, log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static JsonObject Driver(ImmutableArray<DiagnosticDescriptor> rules)
    {
        var version = typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
        return new JsonObject
        {
            ["name"] = "sharedresp",
            ["fullName"] = "SharedResp.Analyzers scanner (sharedresp)",
            ["version"] = version,
            ["semanticVersion"] = version,
            ["informationUri"] = InformationUri,
            ["rules"] = new JsonArray(rules.Select(r => (JsonNode)Rule(r)).ToArray()),
        };
    }

    private static JsonObject Rule(DiagnosticDescriptor rule)
    {
        var mapping = RuleMappings.For(rule.Id);
        var cwe = mapping?.Cwe ?? [];
        var tags = new[] { "security" }.Concat(rule.CustomTags).Concat(cwe).Distinct(StringComparer.Ordinal);
        return new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = RuleName(rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["shortDescription"] = Text(rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["fullDescription"] = Text(rule.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["helpUri"] = rule.HelpLinkUri,
            ["help"] = Text($"{rule.Description} See {rule.HelpLinkUri}"),
            ["defaultConfiguration"] = new JsonObject
            {
                ["enabled"] = rule.IsEnabledByDefault,
                ["level"] = Level(rule.DefaultSeverity),
            },
            ["properties"] = new JsonObject
            {
                ["category"] = rule.Category,
                ["layer"] = RuleCatalog.LayerName(rule.Category),
                ["tags"] = Strings(tags),
                ["cwe"] = Strings(cwe),
                ["awsSecurityHubControls"] = Strings(mapping?.SecurityHubControls ?? []),
            },
        };
    }

    private static JsonObject Result(Finding finding, Dictionary<string, int> ruleIndex, string root)
    {
        var fullPath = Path.GetFullPath(finding.FilePath);
        var artifact = fullPath.StartsWith(root, StringComparison.Ordinal)
            ? new JsonObject { ["uri"] = Uri.EscapeDataString(fullPath[root.Length..]).Replace("%2F", "/", StringComparison.Ordinal), ["uriBaseId"] = SourceRoot }
            : new JsonObject { ["uri"] = new Uri(fullPath).AbsoluteUri };
        var result = new JsonObject
        {
            ["ruleId"] = finding.RuleId,
            ["level"] = Level(finding.Severity),
            ["message"] = Text(finding.Message),
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = artifact,
                    ["region"] = new JsonObject
                    {
                        ["startLine"] = finding.Line,
                        ["startColumn"] = finding.Column,
                        ["endLine"] = finding.EndLine,
                        ["endColumn"] = finding.EndColumn,
                    },
                },
            }),
            ["properties"] = new JsonObject
            {
                ["project"] = finding.Project,
                ["layer"] = RuleCatalog.LayerName(finding.Category),
            },
        };
        if (ruleIndex.TryGetValue(finding.RuleId, out var index))
        {
            result["ruleIndex"] = index;
        }

        return result;
    }

    private static JsonObject Invocation(IReadOnlyList<ProjectFailure> failures) => new()
    {
        ["executionSuccessful"] = failures.Count == 0,
        ["toolExecutionNotifications"] = new JsonArray(failures.Select(f => (JsonNode)new JsonObject
        {
            ["level"] = "error",
            ["message"] = Text($"{f.Project}: {f.Message}"),
        }).ToArray()),
    };

    /// <summary>"Do not make S3 buckets or objects public" → "DoNotMakeS3BucketsOrObjectsPublic".</summary>
    private static string RuleName(string title) => string.Concat(
        title.Split(' ', '-', ',', '/', '(', ')', '.').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static JsonObject Text(string text) => new() { ["text"] = text };

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}

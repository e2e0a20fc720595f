using System.Text;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// Generates the analysis mode files (<c>src/SharedResp.Analyzers.Package/buildTransitive/config/*.globalconfig</c>)
/// from the descriptors' own metadata: default severity, enabled by default, category and the evidence tag. The files
/// are checked in and shipped; <c>AnalysisModeTests</c> fails when they differ from what this generates
/// (<c>SHAREDRESP_UPDATE_GENERATED=1</c> rewrites them), so the modes never drift from the rules.
/// <para>
/// A mode names only SR rules (<c>dotnet_diagnostic.SRxxxx.severity</c>), never a category: the category names
/// (<c>Data</c>, <c>Monitoring</c>, ...) are not ours alone, and a category line would change other analyzers' rules.
/// A mode names only the rules it changes (nothing in <c>Default</c>), so a user's category-wide setting still
/// reaches every rule the mode leaves alone.
/// </para>
/// </summary>
public static class AnalysisModeFiles
{
    /// <summary>The mode names, frozen once shipped (the MSBuild property <c>SharedRespAnalysisMode</c> and <c>sharedresp --mode</c>).</summary>
    public static readonly IReadOnlyList<string> Modes = new[] { "None", "Default", "Recommended", "All" };

    /// <summary>Low enough that every configuration of the user's wins: a <c>.globalconfig</c> file is level 100 by default, any other global config 0.</summary>
    public const int GlobalLevel = -100;

    public static string Folder => Path.Combine(RepoFiles.Root, "src", "SharedResp.Analyzers.Package", "buildTransitive", "config");

    public static string FileName(string mode) => $"SharedResp.Analyzers.Mode.{mode}.globalconfig";

    public static string Generate(string mode, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var rules = descriptors.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.Append("# SharedResp.Analyzers analysis mode: ").Append(mode).Append('\n');
        text.Append("# Selected with <SharedRespAnalysisMode>").Append(mode).Append("</SharedRespAnalysisMode> (or sharedresp --mode ").Append(mode).Append(").\n");
        text.Append("# ").Append(Description(mode)).Append('\n');
        text.Append("# global_level ").Append(GlobalLevel).Append(": a setting of yours for the same rule, in any .editorconfig or .globalconfig, wins.\n");
        text.Append("# Generated from the rule descriptors by tests/SharedResp.Analyzers.Tests/AnalysisModeTests.cs; do not edit\n");
        text.Append("# (SHAREDRESP_UPDATE_GENERATED=1 dotnet test --filter AnalysisModeTests rewrites it).\n");
        text.Append("is_global = true\n");
        text.Append("global_level = ").Append(GlobalLevel).Append('\n');

        foreach (var rule in rules)
        {
            var severity = ModeSeverity(mode, rule);
            var byDefault = rule.IsEnabledByDefault ? Name(rule.DefaultSeverity) : "none";
            if (severity != byDefault || (mode == "All" && rule.IsEnabledByDefault))
            {
                // All names every rule it keeps at its default too: a rule may report some findings below its default
                // severity (SR2005 for service-wide *FullAccess policies), and All makes each of them a warning.
                AppendRule(text, rule, severity, Why(mode, rule, byDefault));
            }
        }

        return text.ToString();
    }

    /// <summary>The severity each rule has in a mode when the user configures nothing (null: not reported).</summary>
    public static DiagnosticSeverity? Expected(string mode, DiagnosticDescriptor rule) => mode switch
    {
        "None" => null,
        "Default" => rule.IsEnabledByDefault ? rule.DefaultSeverity : null,
        "Recommended" => !rule.IsEnabledByDefault ? null
            : IsCertain(rule) && rule.DefaultSeverity < DiagnosticSeverity.Warning ? DiagnosticSeverity.Warning
            : rule.DefaultSeverity,
        "All" => !rule.IsEnabledByDefault ? rule.DefaultSeverity
            : rule.DefaultSeverity < DiagnosticSeverity.Warning ? DiagnosticSeverity.Warning
            : rule.DefaultSeverity,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown analysis mode"),
    };

    public static bool IsCertain(DiagnosticDescriptor rule) => rule.CustomTags.Contains(Descriptors.EvidenceCertainTag);

    private static string Description(string mode) => mode switch
    {
        "None" => "None: every SharedResp rule off.",
        "Default" => "Default: every rule at its own default severity (this file changes nothing).",
        "Recommended" => "Recommended: Default, plus the rules whose evidence is certain raised to warnings.",
        "All" => "All: every rule on, at least a warning; the opt-in notes on as suggestions.",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown analysis mode"),
    };

    /// <summary>The .editorconfig severity a mode gives a rule.</summary>
    private static string ModeSeverity(string mode, DiagnosticDescriptor rule) =>
        Expected(mode, rule) is { } severity ? Name(severity) : "none";

    private static string Why(string mode, DiagnosticDescriptor rule, string byDefault) => mode switch
    {
        _ when !rule.IsEnabledByDefault => "an opt-in note: off by default and in every mode but All",
        "Recommended" => $"{byDefault} by default; evidence certain",
        _ => $"{byDefault} by default",
    };

    private static void AppendRule(StringBuilder text, DiagnosticDescriptor rule, string severity, string why) =>
        text.Append("\n# ").Append(rule.Id).Append(": ").Append(rule.Title).Append(" (").Append(why).Append(")\n")
            .Append("dotnet_diagnostic.").Append(rule.Id).Append(".severity = ").Append(severity).Append('\n');

    /// <summary>The .editorconfig name of a severity.</summary>
    public static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}

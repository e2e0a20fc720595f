using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>
/// The one registry of every descriptor the package ships. No descriptor is built anywhere else:
/// <see cref="Create"/> sets the help link, the category and the custom tags the same way for all.
/// </summary>
internal static partial class Descriptors
{
    /// <summary>Base of the help links: every rule has a page at <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/sharedresp/SharedResp.Analyzers/blob/main/docs/rules/";

    /// <summary>Custom tag on every rule: the shared responsibility model assigns this to the customer.</summary>
    public const string CustomerResponsibilityTag = "CustomerResponsibility";

    /// <summary>
    /// Custom tag: the evidence the rule reports on is certain — the analyzer knows the resulting setting, from an
    /// explicit value in the code or from the documented, unconditional default of a setting the code leaves out.
    /// The <c>Recommended</c> analysis mode raises these rules to warnings.
    /// </summary>
    public const string EvidenceCertainTag = "Evidence:Certain";

    /// <summary>
    /// Custom tag: whether the finding is a risk depends on something the code does not show (the service no longer
    /// does what the code asks, or the intent behind it). The <c>Recommended</c> analysis mode keeps their default severity.
    /// </summary>
    public const string EvidenceContextualTag = "Evidence:Contextual";

    /// <summary>
    /// Custom tag: some findings of the rule carry a secure edit (a <see cref="FixSpec"/> in the diagnostic's properties)
    /// that <c>SharedRespCodeFixProvider</c> applies. The provider lists every ID (it fixes whatever a diagnostic carries),
    /// so this tag is what says a rule can carry one; the README and the rule pages show it, and a test checks it
    /// against the fixes the rules' test snippets actually produce.
    /// </summary>
    public const string CodeFixTag = "CodeFix";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static ImmutableArray<DiagnosticDescriptor> s_all;

    /// <summary>
    /// Every descriptor the package ships, in ID order: every static <see cref="DiagnosticDescriptor"/> field of this
    /// partial class (one file per ID range, <c>Descriptors.SR1xxx.cs</c> for SR1xxx, each in ID order), so a new rule needs no list edit.
    /// </summary>
    public static ImmutableArray<DiagnosticDescriptor> All
    {
        get
        {
            if (s_all.IsDefault)
            {
                var descriptors = new List<DiagnosticDescriptor>();
                foreach (var member in typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
                {
                    if (member.FieldType == typeof(DiagnosticDescriptor) && member.GetValue(null) is DiagnosticDescriptor descriptor)
                    {
                        descriptors.Add(descriptor);
                    }
                }

                descriptors.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
                ImmutableInterlocked.InterlockedInitialize(ref s_all, descriptors.ToImmutableArray());
            }

            return s_all;
        }
    }

    internal static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        string[] tags,
        bool isEnabledByDefault = true,
        RuleEvidence evidence = RuleEvidence.NotAFinding,
        bool codeFix = false)
    {
        // The package's own diagnostics (SR0xxx, category Configuration) are about its settings, not a responsibility layer.
        var customTags = new List<string>(tags.Length + 4);
        if (category != RuleCategory.Configuration)
        {
            customTags.Add(CustomerResponsibilityTag);
            customTags.Add("Layer:" + category);
        }

        if (evidence != RuleEvidence.NotAFinding)
        {
            customTags.Add(evidence == RuleEvidence.Certain ? EvidenceCertainTag : EvidenceContextualTag);
        }

        if (codeFix)
        {
            customTags.Add(CodeFixTag);
        }

        customTags.AddRange(tags);
        return new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault,
            description,
            HelpLink(id),
            customTags.ToArray());
    }
}

/// <summary>
/// How sure a rule's evidence is, recorded on its descriptor as a custom tag (see <see cref="Descriptors.EvidenceCertainTag"/>);
/// the analysis modes are generated from it. Every finding rule (SR1xxx–SR6xxx) states one.
/// </summary>
internal enum RuleEvidence
{
    /// <summary>Not a security finding (an option warning, an informational note): no evidence tag.</summary>
    NotAFinding,

    /// <summary>The analyzer knows the insecure setting: an explicit value, or the documented, unconditional default.</summary>
    Certain,

    /// <summary>Whether it is a risk depends on something the code does not show.</summary>
    Contextual,
}

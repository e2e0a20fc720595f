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

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static ImmutableArray<DiagnosticDescriptor> s_all;

    /// <summary>
    /// Every descriptor the package ships, in ID order: every static <see cref="DiagnosticDescriptor"/> field of this
    /// partial class (one file per rule group, <c>Descriptors.&lt;Group&gt;.cs</c>), so a new rule needs no list edit.
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
        bool isEnabledByDefault = true)
    {
        // The package's own diagnostics (SR0xxx, category Configuration) are about its settings, not a responsibility layer.
        var prefix = category == RuleCategory.Configuration ? new string[0] : new[] { CustomerResponsibilityTag, "Layer:" + category };
        var customTags = new string[tags.Length + prefix.Length];
        prefix.CopyTo(customTags, 0);
        tags.CopyTo(customTags, prefix.Length);
        return new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault,
            description,
            HelpLink(id),
            customTags);
    }
}

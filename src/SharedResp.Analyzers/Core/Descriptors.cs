using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>
/// The one registry of every descriptor the package ships. No descriptor is built anywhere else:
/// <see cref="Create"/> sets the help link, the category and the custom tags the same way for all.
/// </summary>
internal static class Descriptors
{
    /// <summary>Base of the help links: every rule has a page at <c>docs/rules/&lt;ID&gt;.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/sharedresp/SharedResp.Analyzers/blob/main/docs/rules/";

    /// <summary>Custom tag on every rule: the shared responsibility model assigns this to the customer.</summary>
    public const string CustomerResponsibilityTag = "CustomerResponsibility";

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    public static readonly DiagnosticDescriptor SR3001_S3PublicAccess = Create(
        id: "SR3001",
        title: "Do not make S3 buckets or objects public",
        messageFormat: "{0} exposes {1} to {2}; keeping S3 data private is your side of the AWS shared responsibility model: {3}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "A public canned ACL, a grant to the AllUsers or AuthenticatedUsers group, PublicReadAccess or GrantPublicAccess exposes S3 data to everyone on the internet (or to every AWS account in the world). AWS secures the S3 service; who can read your bucket is yours to configure. Public buckets are the most common cause of AWS data breaches.",
        tags: new[] { "S3", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR3002_S3BlockPublicAccess = Create(
        id: "SR3002",
        title: "Keep S3 Block Public Access fully on",
        messageFormat: "{0}: S3 Block Public Access, the guard against public buckets, is weakened, and keeping it on is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "S3 Block Public Access overrides public ACLs and public bucket policies. Turning any of its four settings off, or deleting the configuration, lets a later ACL or policy mistake make data public. Keep BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true (CDK: BlockPublicAccess.BLOCK_ALL).",
        tags: new[] { "S3", "SDK", "CDK" });

    /// <summary>Every descriptor the package ships, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
        SR3001_S3PublicAccess,
        SR3002_S3BlockPublicAccess);

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        string[] tags,
        bool isEnabledByDefault = true)
    {
        var customTags = new string[tags.Length + 2];
        customTags[0] = CustomerResponsibilityTag;
        customTags[1] = "Layer:" + category;
        tags.CopyTo(customTags, 2);
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

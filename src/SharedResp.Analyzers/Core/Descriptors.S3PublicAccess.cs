using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>S3 public exposure (issue: foundation).</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR3001_S3PublicAccess = Create(
        id: "SR3001",
        title: "Do not make S3 buckets or objects public",
        messageFormat: "{0} exposes {1} to {2}; keeping S3 data private is your side of the AWS shared responsibility model: {3}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "A public canned ACL, a grant to the AllUsers or AuthenticatedUsers group, PublicReadAccess or GrantPublicAccess exposes S3 data to everyone on the internet (or to every AWS account in the world). AWS secures the S3 service; who can read your bucket is yours to configure. Public buckets are the most common cause of AWS data breaches.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "S3", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR3002_S3BlockPublicAccess = Create(
        id: "SR3002",
        title: "Keep S3 Block Public Access fully on",
        messageFormat: "{0}: S3 Block Public Access, the guard against public buckets, is weakened, and keeping it on is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "S3 Block Public Access overrides public ACLs and public bucket policies. Turning any of its four settings off, or deleting the configuration, lets a later ACL or policy mistake make data public. Keep BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true (CDK: BlockPublicAccess.BLOCK_ALL).",
        evidence: RuleEvidence.Certain,
        tags: new[] { "S3", "SDK", "CDK" });
}

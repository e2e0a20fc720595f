using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>Monitoring layer: SR6xxx, category Monitoring (audit trail). In ID order.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR6001_CloudTrailWeakened = Create(
        id: "SR6001",
        title: "Keep CloudTrail trails logging in every region with log file validation",
        messageFormat: "{0}; a complete, tamper-evident audit trail of your account is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.Monitoring,
        severity: DiagnosticSeverity.Warning,
        description: "CloudTrail records who did what in your AWS account. A trail that is not logging records nothing; a single-region trail misses activity in every other region, where attackers like to start resources; without log file validation, deleted or altered log files go unnoticed. AWS delivers the events; configuring the trail that keeps them is yours.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "CloudTrail", "CDK" });
}

using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>Guest OS and patching layer: SR4xxx, category GuestOSAndPatching (runtimes and engine patches). In ID order.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR4001_LambdaRuntimeEndOfSupport = Create(
        id: "SR4001",
        title: "Do not use Lambda runtimes past end of support",
        messageFormat: "{0}, so it no longer gets security patches; keeping your functions on a supported runtime is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.GuestOsAndPatching,
        severity: DiagnosticSeverity.Warning,
        description: "AWS patches a Lambda runtime only until its end-of-support (deprecation) date; after it, the language runtime and its OS get no more security fixes, and creating or updating functions on it is blocked later on. AWS patches supported runtimes; choosing a supported runtime for your functions is yours. The end-of-support dates come from AWS Lambda's published deprecation schedule, as of the analyzer package's release.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "Lambda", "CDK" });

    public static readonly DiagnosticDescriptor SR4002_RdsAutoMinorVersionUpgrade = Create(
        id: "SR4002",
        title: "Keep RDS automatic minor version upgrades on",
        messageFormat: "{0} turns off automatic minor engine upgrades, so engine security patches are not applied; keeping the engine you chose patched is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.GuestOsAndPatching,
        severity: DiagnosticSeverity.Warning,
        description: "Minor engine versions carry security fixes. With AutoMinorVersionUpgrade off, an RDS instance or cluster stays on the engine version it was created with until someone upgrades it by hand. AWS patches the host operating system; applying engine patches is scheduled by your configuration.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "RDS", "CDK" });
}

using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>Network exposure, runtimes and patching, secrets in code, audit trail (issue 5).</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR5001_HardCodedCredentials = Create(
        id: "SR5001",
        title: "Do not hard-code AWS credentials",
        messageFormat: "{0}; keeping AWS credentials out of code is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.ApplicationCode,
        severity: DiagnosticSeverity.Warning,
        description: "An AWS access key and secret written in source code end up in version control, build artifacts and decompiled binaries, where anyone who reads them can act as that identity. AWS secures the credential services; keeping long-term keys out of your code is yours. Use the default credential chain (environment, shared profile, IAM role for the instance, task or function, SSO) instead.",
        tags: new[] { "IAM", "Credentials", "SDK" });
}

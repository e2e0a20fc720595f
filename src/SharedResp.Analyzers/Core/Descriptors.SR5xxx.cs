using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>Application code layer: SR5xxx, category ApplicationCode (secrets and credentials in code). In ID order.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR5001_HardCodedCredentials = Create(
        id: "SR5001",
        title: "Do not hard-code AWS credentials",
        messageFormat: "{0}; keeping AWS credentials out of code is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.ApplicationCode,
        severity: DiagnosticSeverity.Warning,
        description: "An AWS access key and secret written in source code end up in version control, build artifacts and decompiled binaries, where anyone who reads them can act as that identity. AWS secures the credential services; keeping long-term keys out of your code is yours. Use the default credential chain (environment, shared profile, IAM role for the instance, task or function, SSO) instead.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "Credentials", "SDK" });

    public static readonly DiagnosticDescriptor SR5002_PlainTextSecret = Create(
        id: "SR5002",
        title: "Do not write secrets in plain text in infrastructure code",
        messageFormat: "{0} puts a secret in plain text into the code and the synthesized CloudFormation template; keeping secrets out of templates is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.ApplicationCode,
        severity: DiagnosticSeverity.Warning,
        description: "A password or secret written in CDK code is stored in source control and in the synthesized CloudFormation template, which anyone who can read the stack (console, cdk.out, CI artifacts) can see. AWS secures Secrets Manager and SSM; putting secrets there instead of in code is yours. Generate secrets (Credentials.FromGeneratedSecret, new Secret(...)) or reference existing ones.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "SecretsManager", "RDS", "IAM", "CDK" });
}

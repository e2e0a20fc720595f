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
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "Credentials", "SDK" });

    public static readonly DiagnosticDescriptor SR3006_DatabasePubliclyAccessible = Create(
        id: "SR3006",
        title: "Do not make databases publicly accessible",
        messageFormat: "{0} makes the database reachable from the internet; keeping databases off the internet is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "A publicly accessible RDS instance or cluster gets a public DNS name and IP address, so its port can be reached from anywhere its security group allows, exposing it to password guessing and engine vulnerabilities. AWS secures the RDS service and the hosts; whether your database is on the internet is your network configuration. Keep databases in private or isolated subnets with PubliclyAccessible = false.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "RDS", "CDK" });

    public static readonly DiagnosticDescriptor SR4002_RdsAutoMinorVersionUpgrade = Create(
        id: "SR4002",
        title: "Keep RDS automatic minor version upgrades on",
        messageFormat: "{0} turns off automatic minor engine upgrades, so engine security patches are not applied; keeping the engine you chose patched is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.GuestOsAndPatching,
        severity: DiagnosticSeverity.Warning,
        description: "Minor engine versions carry security fixes. With AutoMinorVersionUpgrade off, an RDS instance or cluster stays on the engine version it was created with until someone upgrades it by hand. AWS patches the host operating system; applying engine patches is scheduled by your configuration.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "RDS", "CDK" });

    public static readonly DiagnosticDescriptor SR3007_ImdsV1Allowed = Create(
        id: "SR3007",
        title: "Require IMDSv2 for EC2 instance metadata",
        messageFormat: "{0}, so the instance metadata service still answers IMDSv1 requests; requiring IMDSv2 is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "IMDSv1 answers any HTTP GET from the instance, so a server-side request forgery or an open proxy in your application can read the instance role's temporary credentials. IMDSv2 requires a session token obtained by a PUT, which such requests cannot send. AWS provides the metadata service; requiring IMDSv2 on your instances and launch templates is your configuration.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "EC2", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR6001_CloudTrailWeakened = Create(
        id: "SR6001",
        title: "Keep CloudTrail trails logging in every region with log file validation",
        messageFormat: "{0}; a complete, tamper-evident audit trail of your account is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.Monitoring,
        severity: DiagnosticSeverity.Warning,
        description: "CloudTrail records who did what in your AWS account. A trail that is not logging records nothing; a single-region trail misses activity in every other region, where attackers like to start resources; without log file validation, deleted or altered log files go unnoticed. AWS delivers the events; configuring the trail that keeps them is yours.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "CloudTrail", "CDK" });

    public static readonly DiagnosticDescriptor SR5002_PlainTextSecret = Create(
        id: "SR5002",
        title: "Do not write secrets in plain text in infrastructure code",
        messageFormat: "{0} puts a secret in plain text into the code and the synthesized CloudFormation template; keeping secrets out of templates is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.ApplicationCode,
        severity: DiagnosticSeverity.Warning,
        description: "A password or secret written in CDK code is stored in source control and in the synthesized CloudFormation template, which anyone who can read the stack (console, cdk.out, CI artifacts) can see. AWS secures Secrets Manager and SSM; putting secrets there instead of in code is yours. Generate secrets (Credentials.FromGeneratedSecret, new Secret(...)) or reference existing ones.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "SecretsManager", "RDS", "IAM", "CDK" });

    public static readonly DiagnosticDescriptor SR3008_UnauthenticatedEndpoint = Create(
        id: "SR3008",
        title: "Require authentication on Lambda function URLs and API Gateway methods",
        messageFormat: "{0} lets anyone on the internet invoke the endpoint without authentication; deciding who may call your endpoints is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Info,
        description: "A Lambda function URL with auth type NONE, or an API Gateway method with AuthorizationType.NONE, can be called by anyone who finds the URL: data can be read, actions triggered and costs run up. AWS runs the endpoint; who may call it is yours to configure. Some endpoints are public by design (webhooks, public APIs): suppress with a justification there.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "Lambda", "APIGateway", "CDK" });

    public static readonly DiagnosticDescriptor SR4001_LambdaRuntimeEndOfSupport = Create(
        id: "SR4001",
        title: "Do not use Lambda runtimes past end of support",
        messageFormat: "{0}, so it no longer gets security patches; keeping your functions on a supported runtime is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.GuestOsAndPatching,
        severity: DiagnosticSeverity.Warning,
        description: "AWS patches a Lambda runtime only until its end-of-support (deprecation) date; after it, the language runtime and its OS get no more security fixes, and creating or updating functions on it is blocked later on. AWS patches supported runtimes; choosing a supported runtime for your functions is yours. The end-of-support dates come from AWS Lambda's published deprecation schedule, as of the analyzer package's release.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "Lambda", "CDK" });

    public static readonly DiagnosticDescriptor SR3005_SecurityGroupOpenToInternet = Create(
        id: "SR3005",
        title: "Do not open administration or data ports to the internet",
        messageFormat: "{0} opens {1} to the whole internet ({2}); restricting who can reach administration and data ports is your side of the AWS shared responsibility model: {3}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "A security group rule that admits 0.0.0.0/0 or ::/0 on SSH, RDP, a database, cache or container-daemon port, or on every port, exposes the service to constant internet-wide scanning, password guessing and exploits. AWS enforces the security group; which sources and ports it admits is your network configuration. Ports 80 and 443 open to the world are normal for web tiers and are not reported.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "EC2", "VPC", "SDK", "CDK" });
}

using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>Network configuration layer: SR3xxx, category NetworkConfiguration (public exposure, encryption in transit, endpoints). In ID order.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR3001_S3PublicAccess = Create(
        id: "SR3001",
        title: "Do not make S3 buckets or objects public",
        messageFormat: "{0} exposes {1} to {2}; keeping S3 data private is your side of the AWS shared responsibility model: {3}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "A public canned ACL, a grant to the AllUsers or AuthenticatedUsers group, PublicReadAccess or GrantPublicAccess exposes S3 data to everyone on the internet (or to every AWS account in the world). AWS secures the S3 service; who can read your bucket is yours to configure. Public buckets are the most common cause of AWS data breaches.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "S3", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR3002_S3BlockPublicAccess = Create(
        id: "SR3002",
        title: "Keep S3 Block Public Access fully on",
        messageFormat: "{0}: S3 Block Public Access, the guard against public buckets, is weakened, and keeping it on is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "S3 Block Public Access overrides public ACLs and public bucket policies. Turning any of its four settings off, or deleting the configuration, lets a later ACL or policy mistake make data public. Keep BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets all true (CDK: BlockPublicAccess.BLOCK_ALL).",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "S3", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR3003_EnforceSsl = Create(
        id: "SR3003",
        title: "Enforce TLS in the resource policy",
        messageFormat: "{0}: the resource policy does not deny requests over plain HTTP, and enforcing encryption in transit is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "Without a policy statement that denies aws:SecureTransport = false, an S3 bucket, SQS queue or SNS topic accepts requests over plain HTTP, so data and credentials-signed requests can be read or replayed in transit. AWS offers TLS endpoints; requiring them is yours to configure (EnforceSSL = true).",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "S3", "SQS", "SNS", "CDK" });

    public static readonly DiagnosticDescriptor SR3004_PlainHttp = Create(
        id: "SR3004",
        title: "Use HTTPS for AWS clients and URLs",
        messageFormat: "{0}: requests and their data travel over plain HTTP, readable and changeable on the network, and encrypting data in transit is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "An AWS client configured with UseHttp = true or an http:// ServiceURL, or a pre-signed URL generated for HTTP, sends request and response bodies (your data, object contents, pre-signed credentials in the URL) without TLS. AWS serves every endpoint over HTTPS; choosing it is yours. Local emulators on loopback or a container network (LocalStack, MinIO) are not reported.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "SDK", "S3" });

    public static readonly DiagnosticDescriptor SR3005_SecurityGroupOpenToInternet = Create(
        id: "SR3005",
        title: "Do not open administration or data ports to the internet",
        messageFormat: "{0} opens {1} to the whole internet ({2}); restricting who can reach administration and data ports is your side of the AWS shared responsibility model: {3}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "A security group rule that admits 0.0.0.0/0 or ::/0 on SSH, RDP, a database, cache or container-daemon port, or on every port, exposes the service to constant internet-wide scanning, password guessing and exploits. AWS enforces the security group; which sources and ports it admits is your network configuration. Ports 80 and 443 open to the world are normal for web tiers and are not reported.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "EC2", "VPC", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR3006_DatabasePubliclyAccessible = Create(
        id: "SR3006",
        title: "Do not make databases publicly accessible",
        messageFormat: "{0} makes the database reachable from the internet; keeping databases off the internet is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "A publicly accessible RDS instance or cluster gets a public DNS name and IP address, so its port can be reached from anywhere its security group allows, exposing it to password guessing and engine vulnerabilities. AWS secures the RDS service and the hosts; whether your database is on the internet is your network configuration. Keep databases in private or isolated subnets with PubliclyAccessible = false.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "RDS", "CDK" });

    public static readonly DiagnosticDescriptor SR3007_ImdsV1Allowed = Create(
        id: "SR3007",
        title: "Require IMDSv2 for EC2 instance metadata",
        messageFormat: "{0}, so the instance metadata service still answers IMDSv1 requests; requiring IMDSv2 is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Warning,
        description: "IMDSv1 answers any HTTP GET from the instance, so a server-side request forgery or an open proxy in your application can read the instance role's temporary credentials. IMDSv2 requires a session token obtained by a PUT, which such requests cannot send. AWS provides the metadata service; requiring IMDSv2 on your instances and launch templates is your configuration.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "EC2", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR3008_UnauthenticatedEndpoint = Create(
        id: "SR3008",
        title: "Require authentication on Lambda function URLs and API Gateway methods",
        messageFormat: "{0} lets anyone on the internet invoke the endpoint without authentication; deciding who may call your endpoints is your side of the AWS shared responsibility model: {1}",
        category: RuleCategory.NetworkConfiguration,
        severity: DiagnosticSeverity.Info,
        description: "A Lambda function URL with auth type NONE, or an API Gateway method with AuthorizationType.NONE, can be called by anyone who finds the URL: data can be read, actions triggered and costs run up. AWS runs the endpoint; who may call it is yours to configure. Some endpoints are public by design (webhooks, public APIs): suppress with a justification there.",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "Lambda", "APIGateway", "CDK" });
}

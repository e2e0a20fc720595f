using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>Access management layer: SR2xxx, category AccessManagement (IAM policies, users, roles). In ID order.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR2001_PolicyAllowsAllActions = Create(
        id: "SR2001",
        title: "Do not allow every action in a policy",
        messageFormat: "{0} allows every action with {1} \"{2}\"; granting only the permissions needed is your side of the AWS shared responsibility model: list the specific actions the workload calls",
        category: RuleCategory.AccessManagement,
        severity: DiagnosticSeverity.Warning,
        description: "An Allow statement with the action \"*\" or \"<service>:*\" grants every current and future action (of that service), including deleting data, changing permissions and disabling logging. AWS enforces the policy you write; writing a least-privilege policy is yours. A stolen credential or a bug then reaches everything the wildcard covers.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "S3", "SQS", "SNS", "KMS", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR2002_PolicyAllowsAllResources = Create(
        id: "SR2002",
        title: "Do not allow actions on every resource",
        messageFormat: "{0} allows {1} on every resource ({2} \"*\"); scoping permissions to the resources needed is your side of the AWS shared responsibility model: name the ARNs the actions need",
        category: RuleCategory.AccessManagement,
        severity: DiagnosticSeverity.Warning,
        description: "An Allow statement with the resource \"*\" and an action that AWS can scope to a resource, which changes something or reads data out of a resource (objects, secrets, parameters, items, messages, key use), lets the holder act on every such resource in the account, not just the one it needs. Actions AWS only authorizes on \"*\", List actions and other reads are not reported.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR2003_PolicyPublicPrincipal = Create(
        id: "SR2003",
        title: "Do not grant access to everyone in a resource policy",
        messageFormat: "{0} grants access to everyone ({1}) without a condition that restricts the caller; deciding who can reach your resources is your side of the AWS shared responsibility model: name the principals, or add an aws:SourceArn, aws:SourceAccount or aws:PrincipalOrgID condition",
        category: RuleCategory.AccessManagement,
        severity: DiagnosticSeverity.Warning,
        description: "An Allow statement whose principal is \"*\" (AnyPrincipal, StarPrincipal, ArnPrincipal(\"*\"), {\"AWS\": \"*\"}, Principal.AllUsers) lets any AWS account, or anyone on the internet, use the resource. AWS enforces the resource policy as written. Unless a condition restricts the caller (source ARN or account, organization, VPC, IP range), the resource is public.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "S3", "SQS", "SNS", "KMS", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR2004_PolicyNegatedElement = Create(
        id: "SR2004",
        title: "Do not use NotAction, NotResource or NotPrincipal with Allow",
        messageFormat: "{0} uses {1} with Allow, which grants everything that is not listed, including what AWS adds later; granting only the permissions needed is your side of the AWS shared responsibility model: list what is allowed with {2}, and keep {1} for Deny statements",
        category: RuleCategory.AccessManagement,
        severity: DiagnosticSeverity.Warning,
        description: "Allow with NotAction allows every action except the listed ones (also every new service and action), Allow with NotResource every other resource, and Allow with NotPrincipal everyone else. The negated elements are the documented safe pattern only in Deny statements.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "S3", "SQS", "SNS", "KMS", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR2005_BroadManagedPolicy = Create(
        id: "SR2005",
        title: "Do not attach broad AWS managed policies",
        messageFormat: "{0} attaches the AWS managed policy {1}, which grants {2}; granting only the permissions needed is your side of the AWS shared responsibility model: attach a customer managed policy with the actions and resources the workload uses",
        category: RuleCategory.AccessManagement,
        severity: DiagnosticSeverity.Warning,
        description: "AdministratorAccess, PowerUserAccess and IAMFullAccess grant (nearly) everything in the account, or the power to grant it; any other *FullAccess policy grants every action of a service on every resource (reported at a lower severity). AWS maintains these policies; choosing what to attach is yours.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR2006_IamUser = Create(
        id: "SR2006",
        title: "Do not give IAM users console passwords or directly attached permissions",
        messageFormat: "{0} {1}; managing human identities is your side of the AWS shared responsibility model: give people access through groups or roles (IAM Identity Center), attach permissions to groups or roles, and require MFA for every human user",
        category: RuleCategory.AccessManagement,
        severity: DiagnosticSeverity.Warning,
        description: "IAM users with console passwords are long-lived human credentials that can be phished and are often left without MFA; permissions attached straight to a user are hard to review and are not removed when the person changes role. AWS recommends federated access through IAM Identity Center, roles for workloads, and groups when IAM users cannot be avoided.",
        evidence: RuleEvidence.Certain,
        tags: new[] { "IAM", "SDK", "CDK" });
}

using System.Collections.Immutable;

namespace SharedResp.Cli;

/// <summary>The weaknesses and compliance controls one rule stands for, as SARIF consumers and auditors name them.</summary>
/// <param name="Cwe">MITRE CWE identifiers (https://cwe.mitre.org).</param>
/// <param name="SecurityHubControls">
/// AWS Security Hub controls that detect the same misconfiguration once deployed
/// (AWS Foundational Security Best Practices / CIS; https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html).
/// Empty when no control checks the same thing.
/// </param>
internal sealed record RuleMapping(ImmutableArray<string> Cwe, ImmutableArray<string> SecurityHubControls);

/// <summary>
/// The one table from rule ID to CWE and AWS Security Hub control IDs, written into the SARIF rule metadata.
/// A rule ID here before its rule ships is simply unused; a shipped rule missing here fails RuleMappingsTests.
/// </summary>
internal static class RuleMappings
{
    private static readonly ImmutableDictionary<string, RuleMapping> Table = new Dictionary<string, RuleMapping>
    {
        // Data
        ["SR1001"] = Map(["CWE-311"], ["S3.4"]),                         // server-side encryption for S3 data
        ["SR1002"] = Map(["CWE-311"], ["RDS.3", "RDS.4"]),               // RDS storage (and snapshot) encryption
        ["SR1003"] = Map(["CWE-311"], ["EC2.3", "EC2.7"]),               // EBS volume encryption
        ["SR1004"] = Map(["CWE-311"], ["SQS.1", "SNS.1", "Kinesis.1"]),  // queue, topic and stream encryption at rest
        ["SR1005"] = Map(["CWE-311"], ["EFS.1"]),                        // EFS encryption at rest
        ["SR1006"] = Map(["CWE-320"], ["KMS.4"]),                        // KMS key rotation

        // Access management
        ["SR2001"] = Map(["CWE-250", "CWE-269"], ["IAM.1", "IAM.21"]),   // "Action": "*"
        ["SR2002"] = Map(["CWE-269", "CWE-732"], []),                    // "Resource": "*" (IAM.21 checks wildcard actions, not resources)
        ["SR2003"] = Map(["CWE-284", "CWE-732"], ["S3.2", "S3.3", "Lambda.1", "SNS.4", "SQS.3"]), // "Principal": "*"
        ["SR2004"] = Map(["CWE-269", "CWE-732"], []),                    // NotAction / NotResource / NotPrincipal with Allow
        ["SR2005"] = Map(["CWE-250", "CWE-269"], []),                    // broad AWS managed policies (IAM.1 checks customer managed policies only)
        ["SR2006"] = Map(["CWE-284", "CWE-308"], ["IAM.2", "IAM.5"]),    // IAM users with console passwords / attached policies

        // Network configuration
        ["SR3001"] = Map(["CWE-284", "CWE-732"], ["S3.2", "S3.3", "S3.8"]), // public buckets and objects
        ["SR3002"] = Map(["CWE-284", "CWE-732"], ["S3.1", "S3.8"]),      // S3 Block Public Access
        ["SR3003"] = Map(["CWE-319"], ["S3.5"]),                         // TLS enforced in the resource policy
        ["SR3004"] = Map(["CWE-319"], []),                               // plain-HTTP endpoints
        ["SR3005"] = Map(["CWE-284"], ["EC2.13", "EC2.14", "EC2.18", "EC2.19"]), // sensitive ports open to the internet
        ["SR3006"] = Map(["CWE-284"], ["RDS.2"]),                        // publicly accessible databases
        ["SR3007"] = Map(["CWE-918", "CWE-1390"], ["EC2.8"]),            // IMDSv2 required
        ["SR3008"] = Map(["CWE-306"], []),                               // endpoint reachable without authentication

        // Guest OS and patching
        ["SR4001"] = Map(["CWE-1104"], ["Lambda.2"]),                    // Lambda runtime past end of support
        ["SR4002"] = Map(["CWE-1104"], ["RDS.13"]),                      // RDS automatic minor version upgrades

        // Application code
        ["SR5001"] = Map(["CWE-798"], []),                               // hard-coded AWS credentials
        ["SR5002"] = Map(["CWE-798", "CWE-256"], []),                    // secrets in plain text in infrastructure code

        // Monitoring
        ["SR6001"] = Map(["CWE-778"], ["CloudTrail.1", "CloudTrail.4"]), // multi-region CloudTrail with log file validation
    }.ToImmutableDictionary(StringComparer.Ordinal);

    public static ImmutableArray<string> MappedIds { get; } = Table.Keys.Order(StringComparer.Ordinal).ToImmutableArray();

    public static RuleMapping? For(string ruleId) => Table.GetValueOrDefault(ruleId);

    private static RuleMapping Map(string[] cwe, string[] securityHub) =>
        new(cwe.ToImmutableArray(), securityHub.ToImmutableArray());
}

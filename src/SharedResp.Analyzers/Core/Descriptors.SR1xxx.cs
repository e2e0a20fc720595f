using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>Data layer: SR1xxx, category Data (encryption at rest of your data, keys). In ID order.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR1001_S3Encryption = Create(
        id: "SR1001",
        title: "Request server-side encryption for S3 data",
        messageFormat: "{0}: the code asks for S3 data without server-side encryption, and choosing how your data is encrypted is your side of the AWS shared responsibility model (S3 still applies SSE-S3 to every new object since January 2023); {1}",
        category: RuleCategory.Data,
        severity: DiagnosticSeverity.Info,
        description: "BucketEncryption.UNENCRYPTED, an emptied CfnBucket encryption configuration, ServerSideEncryptionMethod.None on an upload, or DeleteBucketEncryption state that data should be stored unencrypted. Since January 2023 S3 encrypts every new object with SSE-S3 whatever the request says, so the data is not actually stored in clear; the code expresses an intent S3 no longer honours and hides the real choice: SSE-KMS with your own key when you need key policies, CloudTrail records of key use, or crypto-shredding.",
        codeFix: true,
        evidence: RuleEvidence.Contextual,
        tags: new[] { "S3", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR1002_RdsStorageEncryption = Create(
        id: "SR1002",
        title: "Encrypt RDS storage",
        messageFormat: "{0}: the database storage, its automated backups, read replicas and snapshots are not encrypted at rest, and encrypting your data is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.Data,
        severity: DiagnosticSeverity.Warning,
        description: "An RDS instance or Aurora cluster created without storage encryption keeps its data, backups and snapshots unencrypted at rest, and encryption cannot be turned on later without a snapshot-copy-restore migration. AWS patches the engine and the host; encrypting the storage is yours to turn on (StorageEncrypted = true, or a StorageEncryptionKey).",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "RDS", "CDK" });

    public static readonly DiagnosticDescriptor SR1003_EbsEncryption = Create(
        id: "SR1003",
        title: "Encrypt EBS volumes",
        messageFormat: "{0}: the EBS volume and its snapshots are not encrypted at rest, and encrypting your data is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.Data,
        severity: DiagnosticSeverity.Warning,
        description: "An unencrypted EBS volume keeps its data, and every snapshot taken of it, in clear at rest; snapshots are easy to share or make public by mistake. AWS runs the storage; encrypting the volumes you attach to your instances is yours to turn on (Encrypted = true, optionally with a KMS key, or account-level encryption by default).",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "EC2", "EBS", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR1004_MessagingEncryption = Create(
        id: "SR1004",
        title: "Encrypt queues, topics and streams",
        messageFormat: "{0}: {1} are not encrypted at rest, and encrypting your data is your side of the AWS shared responsibility model; {2}",
        category: RuleCategory.Data,
        severity: DiagnosticSeverity.Warning,
        description: "Messages in SQS queues, SNS topics and Kinesis streams often carry personal or business data. AWS runs the messaging services; whether the messages are encrypted at rest is yours to turn on (SSE-SQS or a KMS key for queues, a KMS MasterKey for topics, StreamEncryption.MANAGED or KMS for streams).",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "SQS", "SNS", "Kinesis", "SDK", "CDK" });

    public static readonly DiagnosticDescriptor SR1005_EfsEncryption = Create(
        id: "SR1005",
        title: "Encrypt EFS file systems",
        messageFormat: "{0}: the EFS file system is not encrypted at rest, and encrypting your data is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.Data,
        severity: DiagnosticSeverity.Warning,
        description: "Encryption at rest of an EFS file system can only be chosen when the file system is created. AWS runs the storage; whether your files are encrypted is yours to decide (Encrypted = true, optionally with a KMS key).",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "EFS", "CDK" });

    public static readonly DiagnosticDescriptor SR1006_KmsKeyRotation = Create(
        id: "SR1006",
        title: "Enable KMS key rotation",
        messageFormat: "{0}: the key material of this symmetric KMS key is never rotated, and rotating your keys is your side of the AWS shared responsibility model; {1}",
        category: RuleCategory.Data,
        severity: DiagnosticSeverity.Warning,
        description: "A customer managed symmetric KMS key without automatic rotation keeps the same key material for its whole life, so a leaked or weakened key protects every piece of data it ever encrypted. AWS protects the key inside KMS; the key's lifecycle, including rotation, is yours to configure (EnableKeyRotation = true).",
        codeFix: true,
        evidence: RuleEvidence.Certain,
        tags: new[] { "KMS", "SDK", "CDK" });
}

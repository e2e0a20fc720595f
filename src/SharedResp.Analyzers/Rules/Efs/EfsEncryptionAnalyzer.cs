using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Efs;

/// <summary>
/// SR1005 — EFS file system not encrypted at rest (CDK only: AWSSDK.ElasticFileSystem is not among the packages this
/// project builds with). L2 <c>FileSystem</c>: <c>Encrypted = false</c> (unset is encrypted in CDK v2, where the
/// '@aws-cdk/aws-efs:defaultEncryptionAtRest' behaviour is the default). L1 <c>CfnFileSystem</c>:
/// <c>Encrypted = false</c>, or unset without a <c>KmsKeyId</c> (CloudFormation creates it unencrypted).
/// </summary>
public sealed class EfsEncryptionAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR1005_EfsEncryption);

    internal override void Declare(RuleEngine rules)
    {
        rules.Require(
            Descriptors.SR1005_EfsEncryption,
            "Amazon.CDK.AWS.EFS.FileSystem",
            "Amazon.CDK.AWS.EFS.FileSystemProps",
            "Encrypted",
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: false,
            isExempt: null,
            static _ => new object?[] { "FileSystem with Encrypted = false", "set Encrypted = true" });

        rules.Require(
            Descriptors.SR1005_EfsEncryption,
            "Amazon.CDK.AWS.EFS.CfnFileSystem",
            "Amazon.CDK.AWS.EFS.CfnFileSystemProps",
            "Encrypted",
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: static (configuration, _) => configuration.IsAssigned("KmsKeyId"),
            static missing => missing
                ? new object?[] { "CfnFileSystem without Encrypted (CloudFormation default: unencrypted)", "set Encrypted = true" }
                : new object?[] { "CfnFileSystem with Encrypted = false", "set Encrypted = true" });
    }
}

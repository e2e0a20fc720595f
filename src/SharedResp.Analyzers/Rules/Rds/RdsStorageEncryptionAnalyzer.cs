using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Rds;

/// <summary>
/// SR1002 — RDS storage not encrypted (CDK only: AWSSDK.RDS is not among the packages this project builds with).
/// L2 <c>DatabaseInstance</c> / <c>DatabaseCluster</c>: <c>StorageEncrypted = false</c>, or unset without a
/// <c>StorageEncryptionKey</c> (2.160.0: "true if storageEncryptionKey has been provided, false otherwise").
/// L1 <c>CfnDBInstance</c>: <c>StorageEncrypted = false</c>, or unset when the instance is a new, non-Aurora one
/// ("By default, it isn't encrypted"); <c>CfnDBCluster</c>: false, or missing unless a key, a snapshot, a source or a
/// global cluster decides the encryption, or the engine mode is Aurora Serverless v1 (always encrypted).
/// </summary>
public sealed class RdsStorageEncryptionAnalyzer : SharedRespRule
{
    private const string Property = "StorageEncrypted";

    /// <summary>CfnDBInstance properties that make the instance inherit its encryption (or take a key): not "missing".</summary>
    private static readonly string[] CfnInstanceInherits =
    {
        "KmsKeyId", "DbSnapshotIdentifier", "DbClusterSnapshotIdentifier", "DbClusterIdentifier",
        "SourceDbInstanceIdentifier", "SourceDbiResourceId", "SourceDbInstanceAutomatedBackupsArn", "SourceDbClusterIdentifier",
    };

    private static readonly string[] CfnClusterInherits =
    {
        "KmsKeyId", "SnapshotIdentifier", "SourceDbClusterIdentifier", "GlobalClusterIdentifier", "ReplicationSourceIdentifier",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR1002_RdsStorageEncryption);

    internal override void Declare(RuleEngine rules)
    {
        foreach (var (construct, props) in new[]
        {
            ("Amazon.CDK.AWS.RDS.DatabaseInstance", "Amazon.CDK.AWS.RDS.DatabaseInstanceProps"),
            ("Amazon.CDK.AWS.RDS.DatabaseCluster", "Amazon.CDK.AWS.RDS.DatabaseClusterProps"),
        })
        {
            var name = construct.Substring(construct.LastIndexOf('.') + 1);
            rules.Require(
                Descriptors.SR1002_RdsStorageEncryption,
                construct,
                props,
                Property,
                FixValue.True,
                static value => value.IsFalse,
                missingIsInsecure: true,
                isExempt: static (configuration, _) => configuration.IsAssigned("StorageEncryptionKey"),
                missing => Args(name, missing));
        }

        rules.Require(
            Descriptors.SR1002_RdsStorageEncryption,
            "Amazon.CDK.AWS.RDS.CfnDBInstance",
            "Amazon.CDK.AWS.RDS.CfnDBInstanceProps",
            Property,
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: CfnInstanceIsExempt,
            missing => Args("CfnDBInstance", missing));

        rules.Require(
            Descriptors.SR1002_RdsStorageEncryption,
            "Amazon.CDK.AWS.RDS.CfnDBCluster",
            "Amazon.CDK.AWS.RDS.CfnDBClusterProps",
            Property,
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: CfnClusterIsExempt,
            missing => Args("CfnDBCluster", missing));
    }

    private static object?[] Args(string construct, bool missing) => missing
        ? new object?[] { construct + " without StorageEncrypted or a storage encryption key (default unencrypted)", "set StorageEncrypted = true" }
        : new object?[] { construct + " with StorageEncrypted = false", "set StorageEncrypted = true" };

    /// <summary>
    /// A CfnDBCluster that takes a key, inherits its encryption (restored from a snapshot, cloned or replicated from a
    /// source, a secondary of a global cluster), or is Aurora Serverless v1 (always encrypted); an engine mode the
    /// analyzer cannot read counts as exempt.
    /// </summary>
    private static bool CfnClusterIsExempt(ObjectConfiguration configuration, CancellationToken cancellationToken)
    {
        foreach (var property in CfnClusterInherits)
        {
            if (configuration.IsAssigned(property))
            {
                return true;
            }
        }

        if (configuration.ValueOf("EngineMode", cancellationToken) is { } mode)
        {
            return mode.AsString is not { } text || text.Equals("serverless", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>
    /// A CfnDBInstance that takes a key, inherits encryption (snapshot, source instance or cluster, automated backups),
    /// or is an Aurora instance (encryption belongs to its cluster); an engine the analyzer cannot read counts as exempt.
    /// </summary>
    private static bool CfnInstanceIsExempt(ObjectConfiguration configuration, CancellationToken cancellationToken)
    {
        foreach (var property in CfnInstanceInherits)
        {
            if (configuration.IsAssigned(property))
            {
                return true;
            }
        }

        if (configuration.ValueOf("Engine", cancellationToken) is { } engine)
        {
            return engine.AsString is not { } text || text.StartsWith("aurora", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Rds;

/// <summary>
/// SR4002 — <c>AutoMinorVersionUpgrade = false</c> on an RDS instance or cluster (CDK L2 props and L1
/// <c>CfnDBInstance</c> / <c>CfnDBCluster</c>). The default is on everywhere, so only the explicit false is reported.
/// </summary>
public sealed class RdsMinorVersionUpgradeAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR4002_RdsAutoMinorVersionUpgrade);

    internal override void Declare(RuleEngine rules)
    {
        foreach (var type in DatabasePublicAccessAnalyzer.RdsTypes)
        {
            rules.OnPropertyAssigned(type, "AutoMinorVersionUpgrade", static (in PropertyAssignmentContext c) =>
            {
                if (c.Value.IsFalse)
                {
                    c.Report(
                        Descriptors.SR4002_RdsAutoMinorVersionUpgrade,
                        FixSpec.Replace(FixValue.True),
                        c.Property.ContainingType.Name + ".AutoMinorVersionUpgrade = false",
                        "set AutoMinorVersionUpgrade = true (upgrades are applied in the maintenance window)");
                }
            });
        }
    }
}

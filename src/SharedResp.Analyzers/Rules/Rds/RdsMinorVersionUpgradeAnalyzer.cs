using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Rds;

/// <summary>
/// SR4002 — <c>AutoMinorVersionUpgrade = false</c> on an RDS instance or cluster (CDK L2 props and L1
/// <c>CfnDBInstance</c> / <c>CfnDBCluster</c>). The default is on everywhere, so only the explicit false is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RdsMinorVersionUpgradeAnalyzer : SharedRespAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR4002_RdsAutoMinorVersionUpgrade);

    internal override void OnAwsCompilationStart(CompilationStartAnalysisContext context, AwsCompilationContext aws)
    {
        var rules = new AwsOperationRules(aws);
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

        rules.Register(context);
    }
}

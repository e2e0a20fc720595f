using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Rds;

/// <summary>
/// SR3006 — RDS database made publicly accessible: <c>PubliclyAccessible = true</c> on any RDS instance or cluster
/// props (L2 and L1), or an L2 instance placed in <c>SubnetType.PUBLIC</c> subnets without
/// <c>PubliclyAccessible = false</c> (the CDK then makes it public).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DatabasePublicAccessAnalyzer : SharedRespAnalyzer
{
    private const string SubnetSelection = "Amazon.CDK.AWS.EC2.SubnetSelection";
    private const string SubnetType = "Amazon.CDK.AWS.EC2.SubnetType";

    /// <summary>Every RDS type with a <c>PubliclyAccessible</c> property (Amazon.CDK.Lib 2.160.0).</summary>
    internal static readonly string[] RdsTypes =
    {
        "Amazon.CDK.AWS.RDS.CfnDBCluster",
        "Amazon.CDK.AWS.RDS.CfnDBClusterProps",
        "Amazon.CDK.AWS.RDS.CfnDBInstance",
        "Amazon.CDK.AWS.RDS.CfnDBInstanceProps",
        "Amazon.CDK.AWS.RDS.ClusterInstanceOptions",
        "Amazon.CDK.AWS.RDS.ClusterInstanceProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceFromSnapshotProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceNewProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceReadReplicaProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceSourceProps",
        "Amazon.CDK.AWS.RDS.InstanceProps",
        "Amazon.CDK.AWS.RDS.ProvisionedClusterInstanceProps",
    };

    /// <summary>
    /// L2 props whose <c>PubliclyAccessible</c> default is "<c>true</c> if the instance's <c>vpcSubnets</c> is
    /// <c>subnetType: SubnetType.PUBLIC</c>, <c>false</c> otherwise" (2.160.0 XML docs).
    /// </summary>
    private static readonly string[] SubnetDefaultTypes =
    {
        "Amazon.CDK.AWS.RDS.DatabaseInstanceProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceFromSnapshotProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceReadReplicaProps",
        "Amazon.CDK.AWS.RDS.DatabaseInstanceNewProps",
        "Amazon.CDK.AWS.RDS.InstanceProps",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3006_DatabasePubliclyAccessible);

    internal override void OnAwsCompilationStart(CompilationStartAnalysisContext context, AwsCompilationContext aws)
    {
        var rules = new AwsOperationRules(aws);
        foreach (var type in RdsTypes)
        {
            rules.OnPropertyAssigned(type, "PubliclyAccessible", static (in PropertyAssignmentContext c) =>
            {
                if (c.Value.IsTrue)
                {
                    c.Report(
                        Descriptors.SR3006_DatabasePubliclyAccessible,
                        FixSpec.Replace(FixValue.False),
                        c.Property.ContainingType.Name + ".PubliclyAccessible = true",
                        "set PubliclyAccessible = false and reach the database from inside the VPC");
                }
            });
        }

        foreach (var type in SubnetDefaultTypes)
        {
            rules.OnCreated(type, static (in CreationContext c) =>
            {
                var props = c.Configuration();
                if (!props.IsMissing("PubliclyAccessible") || !props.TryGetAssignment("VpcSubnets", out var subnets))
                {
                    return;
                }

                var selection = ValueEvaluator.Evaluate(subnets.Value, c.Context.CancellationToken).Creation;
                if (selection is null || !SymbolEqualityComparer.Default.Equals(selection.Type?.OriginalDefinition, c.Aws.GetType(SubnetSelection)))
                {
                    return;
                }

                if (ObjectConfiguration.Read(selection, c.Context.CancellationToken).TryGetAssignment("SubnetType", out var subnetType) &&
                    ValueEvaluator.Evaluate(subnetType.Value, c.Context.CancellationToken).IsEnumMember(c.Aws.GetType(SubnetType), "PUBLIC"))
                {
                    c.Context.Report(
                        Descriptors.SR3006_DatabasePubliclyAccessible,
                        c.Creation,
                        FixSpec.AddProperties(FixValue.False, "PubliclyAccessible"),
                        "Placing " + c.Creation.Type!.Name + ".VpcSubnets in SubnetType.PUBLIC subnets without PubliclyAccessible = false",
                        "set PubliclyAccessible = false, and prefer SubnetType.PRIVATE_ISOLATED subnets");
                }
            });
        }

        rules.Register(context);
    }
}

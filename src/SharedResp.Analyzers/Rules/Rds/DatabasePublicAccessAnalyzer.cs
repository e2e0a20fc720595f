using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Rds;

/// <summary>
/// SR3006 — RDS database made publicly accessible: <c>PubliclyAccessible = true</c> on any RDS instance or cluster
/// props (L2 and L1), or an L2 instance placed in <c>SubnetType.PUBLIC</c> subnets without
/// <c>PubliclyAccessible = false</c> (the CDK then makes it public).
/// </summary>
public sealed class DatabasePublicAccessAnalyzer : SharedRespRule
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

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
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

                if (IsPublicSubnetSelection(subnets.Value, c.Aws, c.Context.CancellationToken))
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

        // Aurora: a provisioned cluster instance takes its default from the cluster's subnets ("`true` if the
        // cluster's `vpcSubnets` is `subnetType: SubnetType.PUBLIC`", ProvisionedClusterInstanceProps, 2.160.0).
        rules.OnCreated("Amazon.CDK.AWS.RDS.ProvisionedClusterInstanceProps", static (in CreationContext c) =>
        {
            var props = c.Configuration();
            // Written in place as the argument of ClusterInstance.Provisioned, which only reads it: all of it is in view.
            if (props.Local is null && !props.TryGetAssignment("PubliclyAccessible", out _) && props.Uses.Length == 1 &&
                props.Uses[0].Parent is IArgumentOperation { Parent: IInvocationOperation instance } &&
                IsInstanceOfPublicCluster(instance, c.Aws, c.Context.CancellationToken))
            {
                c.Context.Report(
                    Descriptors.SR3006_DatabasePubliclyAccessible,
                    c.Creation,
                    FixSpec.AddProperties(FixValue.False, "PubliclyAccessible"),
                    "A cluster instance in a cluster placed in SubnetType.PUBLIC subnets, without PubliclyAccessible = false,",
                    "set PubliclyAccessible = false, and prefer SubnetType.PRIVATE_ISOLATED subnets");
            }
        });

        rules.OnInvoked("Amazon.CDK.AWS.RDS.ClusterInstance", "Provisioned", static (in InvocationContext c) =>
        {
            foreach (var argument in c.Invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == 1 && argument.ArgumentKind == ArgumentKind.Explicit &&
                    ValueEvaluator.SkipConversions(argument.Value) is not ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
                {
                    return;
                }
            }

            if (IsInstanceOfPublicCluster(c.Invocation, c.Aws, c.Context.CancellationToken))
            {
                c.Report(
                    Descriptors.SR3006_DatabasePubliclyAccessible,
                    FixSpec.None,
                    "ClusterInstance.Provisioned(...) without props in a cluster placed in SubnetType.PUBLIC subnets",
                    "pass new ProvisionedClusterInstanceProps { PubliclyAccessible = false }, and prefer SubnetType.PRIVATE_ISOLATED subnets");
            }
        });
    }

    /// <summary>True when the expression is a <c>SubnetSelection</c> (in place or in a local) with <c>SubnetType = SubnetType.PUBLIC</c>.</summary>
    private static bool IsPublicSubnetSelection(IOperation value, AwsCompilationContext aws, System.Threading.CancellationToken cancellationToken)
    {
        var selection = ValueEvaluator.Evaluate(value, cancellationToken).Creation;
        return selection is not null &&
            SymbolEqualityComparer.Default.Equals(selection.Type?.OriginalDefinition, aws.GetType(SubnetSelection)) &&
            ObjectConfiguration.Read(selection, cancellationToken).TryGetAssignment("SubnetType", out var subnetType) &&
            ValueEvaluator.Evaluate(subnetType.Value, cancellationToken).IsEnumMember(aws.GetType(SubnetType), "PUBLIC");
    }

    /// <summary>
    /// True when <paramref name="instance"/> (<c>ClusterInstance.Provisioned(...)</c>) is the <c>Writer</c> or one of the
    /// <c>Readers</c> (array written in place) of a <c>DatabaseClusterProps</c> whose <c>VpcSubnets</c> is public.
    /// </summary>
    private static bool IsInstanceOfPublicCluster(IInvocationOperation instance, AwsCompilationContext aws, System.Threading.CancellationToken cancellationToken)
    {
        if (instance.TargetMethod is not { IsStatic: true, Name: "Provisioned" } method ||
            !SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, aws.GetType("Amazon.CDK.AWS.RDS.ClusterInstance")))
        {
            return false;
        }

        IOperation current = instance;
        while (current.Parent is IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Writer" or "Readers" }, Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation cluster } } ||
            !SymbolEqualityComparer.Default.Equals(cluster.Type?.OriginalDefinition, aws.GetType("Amazon.CDK.AWS.RDS.DatabaseClusterProps")))
        {
            return false;
        }

        return ObjectConfiguration.Read(cluster, cancellationToken).TryGetAssignment("VpcSubnets", out var subnets) &&
            IsPublicSubnetSelection(subnets.Value, aws, cancellationToken);
    }
}

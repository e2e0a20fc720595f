using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Ec2;

/// <summary>
/// SR1003 — EBS volume not encrypted. CDK L2 <c>Volume</c> and <c>BlockDeviceVolume.Ebs(...)</c> /
/// <c>EbsDeviceOptions</c>: <c>Encrypted = false</c> or unset (default false in 2.160.0); L1 <c>CfnVolume</c>: false or
/// unset without a key or snapshot; L1 block devices (launch templates, instances, launch configurations, spot
/// fleets): false. SDK EC2: <c>Encrypted = false</c> on volume and block-device requests (unset is not reported: the
/// account's encryption-by-default setting decides, and it cannot be known here).
/// </summary>
public sealed class EbsEncryptionAnalyzer : SharedRespRule
{
    private const string Property = "Encrypted";
    private const string BlockDeviceVolume = "Amazon.CDK.AWS.EC2.BlockDeviceVolume";
    private const string EbsDeviceOptions = "Amazon.CDK.AWS.EC2.EbsDeviceOptions";

    /// <summary>Types whose <c>Encrypted = false</c> is reported (explicit false only).</summary>
    private static readonly string[] ExplicitFalseTypes =
    {
        EbsDeviceOptions,
        "Amazon.CDK.AWS.EC2.CfnLaunchTemplate+EbsProperty",
        "Amazon.CDK.AWS.EC2.CfnInstance+EbsProperty",
        "Amazon.CDK.AWS.AutoScaling.CfnLaunchConfiguration+BlockDeviceProperty",
        "Amazon.CDK.AWS.EC2.CfnSpotFleet+EbsBlockDeviceProperty",
        "Amazon.EC2.Model.CreateVolumeRequest",
        "Amazon.EC2.Model.EbsBlockDevice",
        "Amazon.EC2.Model.LaunchTemplateEbsBlockDeviceRequest",
        "Amazon.EC2.Model.FleetEbsBlockDeviceRequest",
        "Amazon.EC2.Model.ScheduledInstancesEbs",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR1003_EbsEncryption);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        // CDK L2 Volume: false or missing, unless a key (CDK requires Encrypted with it) or a snapshot (inherited) is given.
        rules.Require(
            Descriptors.SR1003_EbsEncryption,
            "Amazon.CDK.AWS.EC2.Volume",
            "Amazon.CDK.AWS.EC2.VolumeProps",
            Property,
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: static (configuration, _) => configuration.IsAssigned("EncryptionKey") || configuration.IsAssigned("SnapshotId"),
            static missing => Args("Volume", missing));

        // CDK L1 CfnVolume: false or missing, unless a key or a snapshot is given.
        rules.Require(
            Descriptors.SR1003_EbsEncryption,
            "Amazon.CDK.AWS.EC2.CfnVolume",
            "Amazon.CDK.AWS.EC2.CfnVolumeProps",
            Property,
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: static (configuration, _) => configuration.IsAssigned("KmsKeyId") || configuration.IsAssigned("SnapshotId"),
            static missing => Args("CfnVolume", missing));

        // Explicit false everywhere else (CDK block devices, L1 block devices, SDK requests).
        foreach (var type in ExplicitFalseTypes)
        {
            rules.OnPropertyAssigned(type, Property, static (in PropertyAssignmentContext c) =>
            {
                if (c.Value.IsFalse)
                {
                    c.Report(Descriptors.SR1003_EbsEncryption, FixSpec.Replace(FixValue.True), Args(c.Property.ContainingType.Name, missing: false));
                }
            });
        }

        // CDK: BlockDeviceVolume.Ebs(size, new EbsDeviceOptions { ... }) without Encrypted (default false).
        rules.OnCreated(EbsDeviceOptions, static (in CreationContext c) =>
        {
            if (IsPassedInPlaceToEbs(c.Creation, c.Aws) && HasOnlyKnownMembers(c.Creation))
            {
                var options = c.Configuration();
                if (!options.TryGetAssignment(Property, out _) && !options.IsAssigned("KmsKey"))
                {
                    c.Context.Report(Descriptors.SR1003_EbsEncryption, c.Creation, FixSpec.AddProperties(FixValue.True, Property), Args("EbsDeviceOptions", missing: true));
                }
            }
        });

        // CDK: BlockDeviceVolume.Ebs(size) without options at all. No mechanical fix (the options argument is added by hand).
        rules.OnInvoked(BlockDeviceVolume, "Ebs", static (in InvocationContext c) =>
        {
            foreach (var argument in c.Invocation.Arguments)
            {
                if (argument.Parameter is { Ordinal: 1 } &&
                    (argument.ArgumentKind == ArgumentKind.DefaultValue ||
                     ValueEvaluator.SkipConversions(argument.Value) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }))
                {
                    c.Report(
                        Descriptors.SR1003_EbsEncryption,
                        FixSpec.None,
                        "BlockDeviceVolume.Ebs without options (Encrypted defaults to false)",
                        "pass new EbsDeviceOptions { Encrypted = true }");
                }
            }
        });
    }

    private static object?[] Args(string what, bool missing) => missing
        ? new object?[] { what + " without Encrypted (default false)", "set Encrypted = true" }
        : new object?[] { what + " with Encrypted = false", "set Encrypted = true" };

    private static bool IsPassedInPlaceToEbs(IObjectCreationOperation creation, AwsCompilationContext aws)
    {
        var consumer = ValueEvaluator.SkipConversionsUpward(creation);

        return consumer.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "Ebs" } method } } &&
            SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, aws.GetType(BlockDeviceVolume));
    }

    /// <summary>False when a member of the initializer could not be bound (half-typed code): what it sets is not known.</summary>
    private static bool HasOnlyKnownMembers(IObjectCreationOperation creation)
    {
        if (creation.Initializer is null)
        {
            return true;
        }

        foreach (var member in creation.Initializer.Initializers)
        {
            if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation } assignment || IsInvalid(assignment.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInvalid(IOperation value) =>
        value is IInvalidOperation || value.Type is IErrorTypeSymbol || (value is IConversionOperation { Operand: var operand } && IsInvalid(operand));
}

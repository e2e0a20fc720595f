using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Kms;

/// <summary>
/// SR1006 — automatic rotation off for a symmetric KMS key. CDK <c>Key</c> and L1 <c>CfnKey</c> with
/// <c>EnableKeyRotation = false</c> or unset (default false in 2.160.0 and in CloudFormation); keys that cannot rotate
/// (asymmetric or HMAC <c>KeySpec</c>, <c>KeyUsage</c> other than ENCRYPT_DECRYPT, L1 <c>Origin</c> other than
/// AWS_KMS) are not reported. SDK: any <c>DisableKeyRotation</c> call.
/// </summary>
public sealed class KmsKeyRotationAnalyzer : SharedRespRule
{
    private const string Property = "EnableKeyRotation";
    private const string KeySpec = "Amazon.CDK.AWS.KMS.KeySpec";
    private const string KeyUsage = "Amazon.CDK.AWS.KMS.KeyUsage";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR1006_KmsKeyRotation);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        rules.Require(
            Descriptors.SR1006_KmsKeyRotation,
            "Amazon.CDK.AWS.KMS.Key",
            "Amazon.CDK.AWS.KMS.KeyProps",
            Property,
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: (configuration, cancellationToken) =>
                // The CDK turns rotation on when a RotationPeriod is given without EnableKeyRotation.
                configuration.IsAssigned("RotationPeriod") ||
                IsNot(configuration, "KeySpec", value => value.IsEnumMember(aws.GetType(KeySpec), "SYMMETRIC_DEFAULT"), cancellationToken) ||
                IsNot(configuration, "KeyUsage", value => value.IsEnumMember(aws.GetType(KeyUsage), "ENCRYPT_DECRYPT"), cancellationToken),
            static missing => Args("Key", missing));

        rules.Require(
            Descriptors.SR1006_KmsKeyRotation,
            "Amazon.CDK.AWS.KMS.CfnKey",
            "Amazon.CDK.AWS.KMS.CfnKeyProps",
            Property,
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: true,
            isExempt: static (configuration, cancellationToken) =>
                IsNot(configuration, "KeySpec", value => value.AsString == "SYMMETRIC_DEFAULT", cancellationToken) ||
                IsNot(configuration, "KeyUsage", value => value.AsString == "ENCRYPT_DECRYPT", cancellationToken) ||
                IsNot(configuration, "Origin", value => value.AsString == "AWS_KMS", cancellationToken),
            static missing => Args("CfnKey", missing));

        // SDK: DisableKeyRotation turns rotation off for an existing key. No mechanical fix: the call is removed or
        // replaced with EnableKeyRotation by a person.
        rules.OnSdkOperation("Amazon.KeyManagementService.IAmazonKeyManagementService", "DisableKeyRotation", ReportDisable);
    }

    private static object?[] Args(string construct, bool missing) => missing
        ? new object?[] { construct + " without EnableKeyRotation (default false)", "set EnableKeyRotation = true" }
        : new object?[] { construct + " with EnableKeyRotation = false", "set EnableKeyRotation = true" };

    /// <summary>True when <paramref name="property"/> is assigned a value that is not (or not known to be) the rotatable one.</summary>
    private static bool IsNot(ObjectConfiguration configuration, string property, Func<AwsValue, bool> isRotatable, CancellationToken cancellationToken) =>
        configuration.ValueOf(property, cancellationToken) is { } value && !isRotatable(value);

    private static void ReportDisable(in InvocationContext c) =>
        c.Report(
            Descriptors.SR1006_KmsKeyRotation,
            FixSpec.None,
            c.Invocation.TargetMethod.Name + " turns automatic rotation off",
            "remove the call, or call EnableKeyRotationAsync instead");
}

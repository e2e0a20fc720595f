using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.S3;

/// <summary>
/// SR1001 — S3 data requested without server-side encryption: CDK <c>BucketEncryption.UNENCRYPTED</c>, an L1
/// <c>CfnBucket</c> encryption configuration with an empty rule list, SDK <c>ServerSideEncryptionMethod.None</c> on an
/// upload or copy request, and any <c>DeleteBucketEncryption</c> call. Info by default: S3 has encrypted every new object
/// with SSE-S3 since January 2023 whatever the request says, so the code states an intent S3 no longer honours.
/// </summary>
public sealed class S3EncryptionAnalyzer : SharedRespRule
{
    private const string BucketEncryption = "Amazon.CDK.AWS.S3.BucketEncryption";
    private const string ServerSideEncryptionMethod = "Amazon.S3.ServerSideEncryptionMethod";

    /// <summary>SDK requests that carry a ServerSideEncryptionMethod for the data they write.</summary>
    private static readonly string[] SdkWriteRequests =
    {
        "Amazon.S3.Model.PutObjectRequest",
        "Amazon.S3.Model.CopyObjectRequest",
        "Amazon.S3.Model.InitiateMultipartUploadRequest",
        "Amazon.S3.Transfer.BaseUploadRequest",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR1001_S3Encryption);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        // CDK L2: any BucketEncryption-typed property set to UNENCRYPTED (deprecated in 2.160.0).
        rules.OnPropertyOfTypeAssigned(BucketEncryption, static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsEnumMember(c.Aws.GetType(BucketEncryption), "UNENCRYPTED"))
            {
                c.Report(
                    Descriptors.SR1001_S3Encryption,
                    FixSpec.Replace(FixValue.Member(BucketEncryption, "S3_MANAGED")),
                    "BucketEncryption.UNENCRYPTED",
                    "use BucketEncryption.S3_MANAGED, or BucketEncryption.KMS with your own key");
            }
        }, SyntaxFilters.IfValueMayBe("UNENCRYPTED"));

        // CDK L1: CfnBucket.BucketEncryptionProperty with an empty ServerSideEncryptionConfiguration.
        rules.OnPropertyAssigned("Amazon.CDK.AWS.S3.CfnBucket+BucketEncryptionProperty", "ServerSideEncryptionConfiguration", static (in PropertyAssignmentContext c) =>
        {
            if (IsEmptyArray(c.ValueOperation))
            {
                c.Report(
                    Descriptors.SR1001_S3Encryption,
                    FixSpec.None,
                    "CfnBucket encryption configuration with no rule",
                    "give it a ServerSideEncryptionRuleProperty with SseAlgorithm \"AES256\" or \"aws:kms\", or leave BucketEncryption out");
            }
        });

        // SDK: ServerSideEncryptionMethod.None on the requests that write data.
        foreach (var request in SdkWriteRequests)
        {
            rules.OnPropertyAssigned(request, "ServerSideEncryptionMethod", static (in PropertyAssignmentContext c) =>
            {
                if (c.Value.IsMemberOf(c.Aws.GetType(ServerSideEncryptionMethod), "None") || c.Value.AsString is { Length: 0 })
                {
                    c.Report(
                        Descriptors.SR1001_S3Encryption,
                        c.IsRemovable ? FixSpec.Remove() : FixSpec.None,
                        c.Property.ContainingType.Name + ".ServerSideEncryptionMethod = None",
                        "remove it (S3 then applies the bucket's default encryption), or ask for ServerSideEncryptionMethod.AWSKMS");
                }
            });
        }

        // SDK: DeleteBucketEncryption removes the bucket's chosen default encryption.
        rules.OnSdkOperation("Amazon.S3.IAmazonS3", "DeleteBucketEncryption", ReportDelete);
    }

    private static void ReportDelete(in InvocationContext c) =>
        c.Report(
            Descriptors.SR1001_S3Encryption,
            FixSpec.None,
            c.Invocation.TargetMethod.Name + " removes the bucket's default encryption configuration",
            "remove the call, or put the encryption you want with PutBucketEncryptionAsync");

    /// <summary><c>new T[0]</c>, <c>new T[] { }</c>, <c>System.Array.Empty&lt;T&gt;()</c>.</summary>
    private static bool IsEmptyArray(IOperation value)
    {
        switch (ValueEvaluator.SkipConversions(value))
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Length == 0;
            case IArrayCreationOperation { DimensionSizes.Length: 1 } creation:
                return creation.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 };
            case IInvocationOperation { TargetMethod: { Name: "Empty", IsStatic: true } method, Arguments.Length: 0 }:
                return method.ContainingType is { Name: "Array", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
            default:
                return false;
        }
    }
}

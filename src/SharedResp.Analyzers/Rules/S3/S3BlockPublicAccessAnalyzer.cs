using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.S3;

/// <summary>
/// SR3002 — S3 Block Public Access turned off or weakened: a configuration with a flag false or unset
/// (SDK <c>PutPublicAccessBlockRequest</c>, CDK <c>BlockPublicAccessOptions</c>, L1 <c>CfnBucket</c>),
/// a CDK <c>BlockPublicAccess</c> other than <c>BLOCK_ALL</c>, or a <c>DeletePublicAccessBlock</c> call.
/// </summary>
public sealed class S3BlockPublicAccessAnalyzer : SharedRespRule
{
    private const string CdkBlockPublicAccess = "Amazon.CDK.AWS.S3.BlockPublicAccess";

    /// <summary>The four settings, in the order S3 documents them.</summary>
    private static readonly string[] Flags = { "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets" };

    // Syntax pre-filters: a setting written as `true`, or a configuration that sets all four to `true`, needs no semantic work.
    private static readonly Func<ExpressionSyntax, bool> TrueLiteral = SyntaxFilters.UnlessValueIs("true");
    private static readonly Func<BaseObjectCreationExpressionSyntax, bool> AllFlagsSetToTrue = SyntaxFilters.UnlessInitializerSetsAll(Flags, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3002_S3BlockPublicAccess);

    private static readonly Func<ExpressionSyntax, bool> UnlessBlockAll = SyntaxFilters.UnlessValueIs("BLOCK_ALL");

    /// <summary>A value the L2 check may report: not <c>new BlockPublicAccess(...)</c> (its flags are checked separately), not <c>BlockPublicAccess.BLOCK_ALL</c>.</summary>
    private static bool NotBlockAll(ExpressionSyntax value) => value is not BaseObjectCreationExpressionSyntax && UnlessBlockAll(value);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        // The three configuration shapes and where each must flow to count: the SDK configuration handed to
        // PutPublicAccessBlockRequest, CDK BlockPublicAccessOptions handed to new BlockPublicAccess(...), and the L1
        // CfnBucket.PublicAccessBlockConfigurationProperty given to CfnBucketProps or the CfnBucket.
        const string Configuration = "PublicAccessBlockConfiguration";
        var shapes = new (string Type, string What, Func<ObjectConfiguration, bool> IsApplied)[]
        {
            ("Amazon.S3.Model.PublicAccessBlockConfiguration", "PutPublicAccessBlockRequest configuration", c => c.FlowsTo("Amazon.S3.Model.PutPublicAccessBlockRequest", Configuration)),
            ("Amazon.CDK.AWS.S3.BlockPublicAccessOptions", "BlockPublicAccessOptions", c => c.FlowsToConstructorOf(CdkBlockPublicAccess)),
            ("Amazon.CDK.AWS.S3.CfnBucket+PublicAccessBlockConfigurationProperty", "CfnBucket PublicAccessBlockConfiguration", c => c.FlowsTo("Amazon.CDK.AWS.S3.CfnBucketProps", Configuration) || c.FlowsTo("Amazon.CDK.AWS.S3.CfnBucket", Configuration)),
        };

        foreach (var (type, what, isApplied) in shapes)
        {
            // Unset settings: reported on the configuration object.
            rules.OnCreated(
                type,
                (in CreationContext c) =>
                {
                    var configuration = c.Configuration();
                    if (isApplied(configuration))
                    {
                        ReportMissingFlags(c, configuration, what);
                    }
                },
                AllFlagsSetToTrue);

            // A setting turned off: reported on the false, from the assignment itself (in the initializer or later).
            foreach (var flag in Flags)
            {
                rules.OnPropertyAssigned(
                    type,
                    flag,
                    (in PropertyAssignmentContext c) =>
                    {
                        if (c.Value.IsFalse && c.ConfiguredObject() is { } configuration && isApplied(configuration))
                        {
                            c.Report(
                                Descriptors.SR3002_S3BlockPublicAccess,
                                FixSpec.Replace(FixValue.True),
                                what + " sets " + c.Property.Name + " to false",
                                "set " + c.Property.Name + " = true");
                        }
                    },
                    TrueLiteral);
            }
        }

        // CDK L2: BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS (anything static but BLOCK_ALL).
        rules.OnPropertyOfTypeAssigned(CdkBlockPublicAccess, static (in PropertyAssignmentContext c) =>
        {
            var type = c.Aws.GetType(CdkBlockPublicAccess);
            if (c.Value.Member is { } member && c.Value.IsMemberOf(type, member.Name) && !c.Value.IsMemberOf(type, "BLOCK_ALL"))
            {
                c.Report(
                    Descriptors.SR3002_S3BlockPublicAccess,
                    FixSpec.Replace(FixValue.Member(CdkBlockPublicAccess, "BLOCK_ALL")),
                    "BlockPublicAccess." + member.Name + " blocks public ACLs only and leaves public bucket policies allowed",
                    "use BlockPublicAccess.BLOCK_ALL");
            }
        },
        NotBlockAll,
        "BlockPublicAccess");

        // SDK: any DeletePublicAccessBlock call removes all four settings.
        rules.OnSdkOperation("Amazon.S3.IAmazonS3", "DeletePublicAccessBlock", ReportDelete);
    }

    private static void ReportDelete(in InvocationContext c) =>
        c.Report(
            Descriptors.SR3002_S3BlockPublicAccess,
            FixSpec.None,
            c.Invocation.TargetMethod.Name + " removes all four Block Public Access settings from the bucket",
            "remove the call, or put a configuration with all four settings true");

    private static void ReportMissingFlags(in CreationContext c, ObjectConfiguration configuration, string what)
    {
        List<string>? missing = null;
        foreach (var flag in Flags)
        {
            if (configuration.IsMissing(flag))
            {
                (missing ??= new List<string>()).Add(flag);
            }
        }

        if (missing is not null)
        {
            c.Context.Report(
                Descriptors.SR3002_S3BlockPublicAccess,
                c.Creation,
                FixSpec.AddProperties(FixValue.True, missing.ToArray()),
                what + " leaves " + string.Join(", ", missing) + " unset, which means false",
                "set all four settings to true");
        }
    }
}

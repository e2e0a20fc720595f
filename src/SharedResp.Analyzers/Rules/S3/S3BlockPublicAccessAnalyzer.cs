using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.S3;

/// <summary>
/// SR3002 — S3 Block Public Access turned off or weakened: a configuration with a flag false or unset
/// (SDK <c>PutPublicAccessBlockRequest</c>, CDK <c>BlockPublicAccessOptions</c>, L1 <c>CfnBucket</c>),
/// a CDK <c>BlockPublicAccess</c> other than <c>BLOCK_ALL</c>, or a <c>DeletePublicAccessBlock</c> call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class S3BlockPublicAccessAnalyzer : SharedRespAnalyzer
{
    private const string CdkBlockPublicAccess = "Amazon.CDK.AWS.S3.BlockPublicAccess";

    /// <summary>The four settings, in the order S3 documents them.</summary>
    private static readonly string[] Flags = { "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3002_S3BlockPublicAccess);

    internal override void OnAwsCompilationStart(CompilationStartAnalysisContext context, AwsCompilationContext aws)
    {
        var rules = new AwsOperationRules(aws);

        // SDK: the configuration handed to PutPublicAccessBlockRequest.
        var putRequestConfiguration = FindProperty(aws, "Amazon.S3.Model.PutPublicAccessBlockRequest", "PublicAccessBlockConfiguration");
        if (putRequestConfiguration is not null)
        {
            rules.OnCreated("Amazon.S3.Model.PublicAccessBlockConfiguration", (in CreationContext c) =>
            {
                var configuration = c.Configuration();
                if (configuration.FlowsTo(putRequestConfiguration))
                {
                    CheckFlags(c, configuration, "PutPublicAccessBlockRequest configuration");
                }
            });
        }

        // CDK L2: new BlockPublicAccess(new BlockPublicAccessOptions { ... }).
        rules.OnCreated("Amazon.CDK.AWS.S3.BlockPublicAccessOptions", static (in CreationContext c) =>
        {
            var configuration = c.Configuration();
            if (configuration.FlowsToConstructorOf(c.Aws.GetType(CdkBlockPublicAccess)))
            {
                CheckFlags(c, configuration, "BlockPublicAccessOptions");
            }
        });

        // CDK L1: CfnBucket.PublicAccessBlockConfigurationProperty in CfnBucketProps or on the CfnBucket.
        var cfnProps = FindProperty(aws, "Amazon.CDK.AWS.S3.CfnBucketProps", "PublicAccessBlockConfiguration");
        var cfnBucket = FindProperty(aws, "Amazon.CDK.AWS.S3.CfnBucket", "PublicAccessBlockConfiguration");
        rules.OnCreated("Amazon.CDK.AWS.S3.CfnBucket+PublicAccessBlockConfigurationProperty", (in CreationContext c) =>
        {
            var configuration = c.Configuration();
            if (configuration.FlowsTo(cfnProps) || configuration.FlowsTo(cfnBucket))
            {
                CheckFlags(c, configuration, "CfnBucket PublicAccessBlockConfiguration");
            }
        });

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
        });

        // SDK: any DeletePublicAccessBlock call removes all four settings.
        rules.OnInvoked("Amazon.S3.IAmazonS3", "DeletePublicAccessBlockAsync", ReportDelete);
        rules.OnInvoked("Amazon.S3.IAmazonS3", "DeletePublicAccessBlock", ReportDelete);

        rules.Register(context);
    }

    private static void ReportDelete(in InvocationContext c) =>
        c.Report(
            Descriptors.SR3002_S3BlockPublicAccess,
            FixSpec.None,
            c.Invocation.TargetMethod.Name + " removes all four Block Public Access settings from the bucket",
            "remove the call, or put a configuration with all four settings true");

    private static void CheckFlags(in CreationContext c, ObjectConfiguration configuration, string what)
    {
        List<string>? missing = null;
        foreach (var flag in Flags)
        {
            if (configuration.TryGetAssignment(flag, out var assignment))
            {
                if (ValueEvaluator.Evaluate(assignment.Value, c.Context.CancellationToken).IsFalse)
                {
                    c.Context.Report(
                        Descriptors.SR3002_S3BlockPublicAccess,
                        assignment.Value,
                        FixSpec.Replace(FixValue.True),
                        what + " sets " + flag + " to false",
                        "set " + flag + " = true");
                }
            }
            else if (configuration.IsMissing(flag))
            {
                (missing ??= new List<string>()).Add(flag);
            }
        }

        if (missing is not null)
        {
            var names = string.Join(", ", missing);
            c.Context.Report(
                Descriptors.SR3002_S3BlockPublicAccess,
                c.Creation,
                FixSpec.AddProperties(FixValue.True, missing.ToArray()),
                what + " leaves " + names + " unset, which means false",
                "set all four settings to true");
        }
    }

    private static IPropertySymbol? FindProperty(AwsCompilationContext aws, string typeMetadataName, string propertyName)
    {
        if (aws.GetType(typeMetadataName) is { } type)
        {
            foreach (var member in type.GetMembers(propertyName))
            {
                if (member is IPropertySymbol property)
                {
                    return property;
                }
            }
        }

        return null;
    }
}

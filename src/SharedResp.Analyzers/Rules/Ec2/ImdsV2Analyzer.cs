using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Ec2;

/// <summary>
/// SR3007 — EC2 instance metadata allows IMDSv1: CDK <c>Instance_</c> / <c>LaunchTemplate</c> without
/// <c>RequireImdsv2 = true</c> (the 2.160.0 default is false), <c>AutoScalingGroupProps.RequireImdsv2 = false</c>,
/// L1 metadata options with <c>HttpTokens = "optional"</c>, and SDK requests with <c>HttpTokensState.Optional</c>.
/// A missing <c>RequireImdsv2</c> is not reported when the compilation uses the CDK's
/// <c>InstanceRequireImdsv2Aspect</c> / <c>LaunchTemplateRequireImdsv2Aspect</c>, which set it for every construct.
/// </summary>
public sealed class ImdsV2Analyzer : SharedRespRule
{
    private const string Remedy = "set RequireImdsv2 = true";

    private static readonly string[] AspectNames = { "InstanceRequireImdsv2Aspect", "LaunchTemplateRequireImdsv2Aspect" };

    /// <summary>SDK request types whose <c>HttpTokens</c> configures an instance, a launch template, a fleet or the account default.</summary>
    private static readonly (string Type, string EnumType)[] SdkHttpTokens =
    {
        ("Amazon.EC2.Model.InstanceMetadataOptionsRequest", "Amazon.EC2.HttpTokensState"),
        ("Amazon.EC2.Model.ModifyInstanceMetadataOptionsRequest", "Amazon.EC2.HttpTokensState"),
        ("Amazon.EC2.Model.ModifyInstanceMetadataDefaultsRequest", "Amazon.EC2.HttpTokensState"),
        ("Amazon.EC2.Model.FleetInstanceMetadataOptionsRequest", "Amazon.EC2.HttpTokensState"),
        ("Amazon.EC2.Model.LaunchTemplateInstanceMetadataOptionsRequest", "Amazon.EC2.LaunchTemplateHttpTokensState"),
    };

    /// <summary>CloudFormation metadata options (L1), whose <c>HttpTokens</c> is the string "optional" or "required".</summary>
    private static readonly string[] CfnMetadataOptions =
    {
        "Amazon.CDK.AWS.EC2.CfnLaunchTemplate+MetadataOptionsProperty",
        "Amazon.CDK.AWS.AutoScaling.CfnLaunchConfiguration+MetadataOptionsProperty",
        "Amazon.CDK.AWS.ImageBuilder.CfnInfrastructureConfiguration+InstanceMetadataOptionsProperty",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3007_ImdsV1Allowed);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;

        // CDK L2: Instance and LaunchTemplate default to RequireImdsv2 = false.
        foreach (var (construct, props) in new[]
        {
            ("Amazon.CDK.AWS.EC2.Instance_", "Amazon.CDK.AWS.EC2.InstanceProps"),
            ("Amazon.CDK.AWS.EC2.LaunchTemplate", "Amazon.CDK.AWS.EC2.LaunchTemplateProps"),
        })
        {
            var constructName = construct.Substring(construct.LastIndexOf('.') + 1).TrimEnd('_');
            rules.OnPropertyAssigned(props, "RequireImdsv2", (in PropertyAssignmentContext c) =>
            {
                if (c.Value.IsFalse)
                {
                    c.Report(Descriptors.SR3007_ImdsV1Allowed, FixSpec.Replace(FixValue.True), constructName + " sets RequireImdsv2 = false", Remedy);
                }
            });

            rules.OnCreated(props, (in CreationContext c) =>
            {
                var configuration = c.Configuration();
                if (configuration.IsMissing("RequireImdsv2") && configuration.FlowsToConstructorOf(construct) && !MentionsAspect.OfAny(c.Aws.Compilation, c.Context.CancellationToken))
                {
                    c.Context.Report(Descriptors.SR3007_ImdsV1Allowed, c.Creation, FixSpec.AddProperties(FixValue.True, "RequireImdsv2"), constructName + " leaves RequireImdsv2 unset (default false)", Remedy);
                }
            },
            SyntaxFilters.UnlessInitializerAssigns("RequireImdsv2"));

            rules.OnCreated(construct, (in CreationContext c) =>
            {
                c.PropsConfiguration("props", out var isAbsent);
                if (isAbsent && !MentionsAspect.OfAny(c.Aws.Compilation, c.Context.CancellationToken))
                {
                    c.Context.Report(Descriptors.SR3007_ImdsV1Allowed, c.Creation, FixSpec.AddPropsObject(props, FixValue.True, "RequireImdsv2"), constructName + " is created without props, so RequireImdsv2 is false", Remedy);
                }
            },
            SyntaxFilters.IfPropsMayBeAbsent(aws, construct));
        }

        // AutoScalingGroup: only the explicit false (with a launch template, the template decides).
        rules.OnPropertyAssigned("Amazon.CDK.AWS.AutoScaling.AutoScalingGroupProps", "RequireImdsv2", static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsFalse)
            {
                c.Report(Descriptors.SR3007_ImdsV1Allowed, FixSpec.Replace(FixValue.True), "AutoScalingGroup sets RequireImdsv2 = false", Remedy);
            }
        });

        // CDK L1: HttpTokens = "optional".
        foreach (var type in CfnMetadataOptions)
        {
            rules.OnPropertyAssigned(type, "HttpTokens", static (in PropertyAssignmentContext c) =>
            {
                if (string.Equals(c.Value.AsString, "optional", StringComparison.OrdinalIgnoreCase))
                {
                    c.Report(Descriptors.SR3007_ImdsV1Allowed, FixSpec.Replace(FixValue.String("required")), "Metadata options set HttpTokens = \"optional\"", "set HttpTokens = \"required\"");
                }
            });
        }

        // SDK: HttpTokens = HttpTokensState.Optional (or "optional").
        foreach (var (type, enumType) in SdkHttpTokens)
        {
            rules.OnPropertyAssigned(type, "HttpTokens", (in PropertyAssignmentContext c) =>
            {
                var constantClass = c.Aws.GetType(enumType);
                if (c.Value.IsMemberOf(constantClass, "Optional") || string.Equals(c.Value.AsString, "optional", StringComparison.Ordinal))
                {
                    c.Report(
                        Descriptors.SR3007_ImdsV1Allowed,
                        FixSpec.Replace(FixValue.Member(enumType, "Required")),
                        c.Property.ContainingType.Name + " sets HttpTokens to Optional",
                        "use " + enumType.Substring(enumType.LastIndexOf('.') + 1) + ".Required");
                }
            });
        }
    }

    /// <summary>
    /// True when some source file names one of the CDK's RequireImdsv2 aspects. Used only to stay silent about a
    /// missing property (the aspect sets it), never to report.
    /// </summary>
    /// <summary>A file names one of the CDK aspects that require IMDSv2 (read once per file, not per compilation).</summary>
    private static readonly PerTreeFact MentionsAspect = new(static (tree, cancellationToken) =>
    {
        foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken) && Array.IndexOf(AspectNames, token.ValueText) >= 0)
            {
                return true;
            }
        }

        return false;
    });
}

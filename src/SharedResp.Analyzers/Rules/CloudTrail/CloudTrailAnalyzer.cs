using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.CloudTrail;

/// <summary>
/// SR6001 — CloudTrail trail weakened: L2 <c>Trail</c> with <c>EnableFileValidation</c> or
/// <c>IsMultiRegionTrail</c> explicitly false (both default to true); L1 <c>CfnTrail</c>, whose CloudFormation
/// defaults leave <c>EnableLogFileValidation</c> and <c>IsMultiRegionTrail</c> off, without them set to true
/// (missing counts); <c>IsLogging = false</c>.
/// </summary>
public sealed class CloudTrailAnalyzer : SharedRespRule
{
    private const string CfnTrail = "Amazon.CDK.AWS.CloudTrail.CfnTrail";
    private const string CfnTrailProps = "Amazon.CDK.AWS.CloudTrail.CfnTrailProps";

    private static readonly string[] CfnSettings = { "EnableLogFileValidation", "IsMultiRegionTrail" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR6001_CloudTrailWeakened);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        foreach (var property in new[] { "EnableFileValidation", "IsMultiRegionTrail" })
        {
            rules.OnPropertyAssigned("Amazon.CDK.AWS.CloudTrail.TrailProps", property, static (in PropertyAssignmentContext c) => ReportFalse(c, "Trail"));
        }

        foreach (var type in new[] { CfnTrail, CfnTrailProps })
        {
            foreach (var property in CfnSettings)
            {
                rules.OnPropertyAssigned(type, property, static (in PropertyAssignmentContext c) => ReportFalse(c, "CfnTrail"));
            }

            rules.OnPropertyAssigned(type, "IsLogging", static (in PropertyAssignmentContext c) => ReportFalse(c, "CfnTrail"));
        }

        rules.OnCreated(CfnTrailProps, static (in CreationContext c) =>
        {
            var props = c.Configuration();
            if (!props.IsComplete || TrailCreatedFrom(props) is not { } trail)
            {
                return;
            }

            // Settings may also be assigned on the construct afterwards: trail.IsMultiRegionTrail = true.
            var trailConfiguration = ObjectConfiguration.Read(trail, c.Context.CancellationToken);
            if (!IsInView(trailConfiguration))
            {
                return;
            }

            List<string>? missing = null;
            foreach (var setting in CfnSettings)
            {
                if (props.IsMissing(setting) && !trailConfiguration.TryGetAssignment(setting, out _))
                {
                    (missing ??= new List<string>()).Add(setting);
                }
            }

            if (missing is not null)
            {
                c.Context.Report(
                    Descriptors.SR6001_CloudTrailWeakened,
                    c.Creation,
                    FixSpec.AddProperties(FixValue.True, missing.ToArray()),
                    "CfnTrail leaves " + string.Join(", ", missing) + " unset, which CloudFormation treats as false",
                    "set " + string.Join(" and ", missing) + " to true");
            }
        });
    }

    private static void ReportFalse(in PropertyAssignmentContext c, string construct)
    {
        if (c.Value.IsFalse)
        {
            var name = c.Property.Name;
            var what = name switch
            {
                "IsLogging" => " turns logging off: the trail records nothing",
                "IsMultiRegionTrail" => " records only its own region, missing activity everywhere else",
                _ => " turns log file validation off: altered or deleted log files go unnoticed",
            };
            c.Report(Descriptors.SR6001_CloudTrailWeakened, FixSpec.Replace(FixValue.True), construct + " " + name + " = false" + what, "set " + name + " = true");
        }
    }

    /// <summary>
    /// True when every later assignment to the trail construct is in view: it is held in a local that goes nowhere
    /// else, or created as a statement of its own (<c>new CfnTrail(...);</c>, <c>_ = new CfnTrail(...)</c>).
    /// </summary>
    private static bool IsInView(ObjectConfiguration trail)
    {
        if (trail.IsComplete)
        {
            return true;
        }

        if (trail.Local is not null || trail.Uses.IsEmpty)
        {
            return false;
        }

        foreach (var use in trail.Uses)
        {
            if (use.Parent is not (IExpressionStatementOperation or ISimpleAssignmentOperation { Target: IDiscardOperation }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The <c>new CfnTrail(...)</c> the props are passed to, in view.</summary>
    private static IObjectCreationOperation? TrailCreatedFrom(ObjectConfiguration props)
    {
        foreach (var use in props.Uses)
        {
            if (use.Parent is IArgumentOperation { Parent: IObjectCreationOperation owner } &&
                AwsTypeTable.Is(owner.Type?.OriginalDefinition as INamedTypeSymbol, CfnTrail))
            {
                return owner;
            }
        }

        return null;
    }
}

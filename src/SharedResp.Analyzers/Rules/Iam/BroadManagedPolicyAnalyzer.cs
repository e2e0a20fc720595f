using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Iam;

/// <summary>
/// SR2005 — a broad AWS managed policy attached: <c>AdministratorAccess</c>, <c>PowerUserAccess</c>, <c>IAMFullAccess</c>
/// (warning), any other <c>*FullAccess</c> (info), through <c>ManagedPolicy.FromAwsManagedPolicyName</c>,
/// <c>ManagedPolicy.FromManagedPolicyArn</c> or the SDK <c>Attach{Role,User,Group}PolicyRequest.PolicyArn</c>.
/// More policies can be listed with <c>sharedresp.SR2005.additional_policies</c> (<see cref="Options.SR2005AdditionalPolicies"/>):
/// those are reported as warnings.
/// </summary>
public sealed class BroadManagedPolicyAnalyzer : SharedRespRule
{
    private const string AwsManagedArnPrefix = "arn:aws:iam::aws:policy/";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR2005_BroadManagedPolicy);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        rules.OnInvoked("Amazon.CDK.AWS.IAM.ManagedPolicy", "FromAwsManagedPolicyName", static (in InvocationContext c) =>
        {
            if (c.Invocation.Arguments.Length >= 1)
            {
                Check(c.Context, c.Invocation.Arguments[0].Value, ValueEvaluator.Evaluate(c.Invocation.Arguments[0].Value, c.Context.CancellationToken).AsString, "ManagedPolicy.FromAwsManagedPolicyName");
            }
        });
        rules.OnInvoked("Amazon.CDK.AWS.IAM.ManagedPolicy", "FromManagedPolicyArn", static (in InvocationContext c) =>
        {
            foreach (var argument in c.Invocation.Arguments)
            {
                if (argument.Parameter?.Name == "managedPolicyArn")
                {
                    Check(c.Context, argument.Value, NameFromArn(ValueEvaluator.Evaluate(argument.Value, c.Context.CancellationToken).AsString), "ManagedPolicy.FromManagedPolicyArn");
                }
            }
        });

        foreach (var request in new[] { "AttachRolePolicyRequest", "AttachUserPolicyRequest", "AttachGroupPolicyRequest" })
        {
            rules.OnPropertyAssigned("Amazon.IdentityManagement.Model." + request, "PolicyArn", (in PropertyAssignmentContext c) =>
                Check(c.Context, c.Assignment.Value, NameFromArn(c.Value.AsString), c.Property.ContainingType.Name));
        }
    }

    private static string? NameFromArn(string? arn)
    {
        if (arn is null)
        {
            return null;
        }

        // arn:aws:iam::aws:policy/AdministratorAccess, also in other partitions (arn:aws-cn:..., arn:aws-us-gov:...).
        var marker = arn.IndexOf(":iam::aws:policy/", StringComparison.Ordinal);
        return arn.StartsWith("arn:", StringComparison.Ordinal) && marker > 0 ? arn.Substring(marker + ":iam::aws:policy/".Length) : null;
    }

    /// <summary>True when a configured name (or ARN, wildcards allowed) names the policy: by its path (<c>job-function/X</c>) or, without a path, by its name.</summary>
    private static bool IsListed(string policyPath, string name, ImmutableArray<string> listed)
    {
        foreach (var entry in listed)
        {
            var pattern = NameFromArn(entry) ?? entry;
            if (SharedResp.Analyzers.Iam.Wildcard.IsMatch(policyPath, pattern) || (pattern.IndexOf('/') < 0 && SharedResp.Analyzers.Iam.Wildcard.IsMatch(name, pattern)))
            {
                return true;
            }
        }

        return false;
    }

    private static void Check(AwsAnalysisContext context, IOperation at, string? policyName, string via)
    {
        if (policyName is null)
        {
            return;
        }

        var name = policyName.Substring(policyName.LastIndexOf('/') + 1);
        string? grants = name switch
        {
            "AdministratorAccess" => "every action on every resource in the account",
            "PowerUserAccess" => "every action except IAM and Organizations management on every resource",
            "IAMFullAccess" => "full control of IAM, enough to grant itself anything",
            _ => null,
        };
        var severity = DiagnosticSeverity.Warning;
        if (grants is null)
        {
            var listed = IsListed(policyName, name, Options.SR2005AdditionalPolicies.Get(context.Options, at.Syntax.SyntaxTree));
            if (name.EndsWith("FullAccess", StringComparison.Ordinal) && name.Length > "FullAccess".Length)
            {
                grants = "every action of the service on every resource";
                severity = listed ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
            }
            else if (listed)
            {
                grants = "permissions this project lists as too broad (" + Options.SR2005AdditionalPolicies.Key + ")";
            }
            else
            {
                return;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SR2005_BroadManagedPolicy, at.Syntax.GetLocation(), severity, null, FixSpec.None.ToProperties(), via, name, grants));
    }
}

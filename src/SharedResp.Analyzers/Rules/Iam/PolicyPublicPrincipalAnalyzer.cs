using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SharedResp.Analyzers.Iam;

namespace SharedResp.Analyzers.Rules.Iam;

/// <summary>
/// SR2003 — an Allow statement whose principal is everyone (<c>*</c>, <c>{"AWS": "*"}</c>, <c>AnyPrincipal</c>,
/// <c>StarPrincipal</c>, <c>ArnPrincipal("*")</c>) without a condition that restricts the caller, and CDK
/// <c>Grant*</c> methods given such a principal.
/// </summary>
public sealed class PolicyPublicPrincipalAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR2003_PolicyPublicPrincipal);

    private const string Grantable = "Amazon.CDK.AWS.IAM.IGrantable";

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        rules.OnPolicy(Check);
        if (aws.HasCdk)
        {
            rules.OnOperation(
                OperationKind.Invocation,
                static node => node is InvocationExpressionSyntax { Expression: var expression } &&
                               SyntaxFilters.RightmostName(expression) is { } name &&
                               name.StartsWith("Grant", StringComparison.Ordinal) && name != "GrantPublicAccess",
                null,
                c => AnalyzeGrant(c, aws));
        }
    }

    private static void Check(PolicyDocumentModel document, in PolicyReportContext context)
    {
        foreach (var statement in document.Statements)
        {
            if (statement.Effect != PolicyEffect.Allow || !statement.IsComplete || statement.HasUnknownCondition || IsRestricted(statement))
            {
                continue;
            }

            foreach (var principal in statement.ValuesOf("Principal"))
            {
                if (principal.Text == "*")
                {
                    context.Report(Descriptors.SR2003_PolicyPublicPrincipal, principal.Span, statement.DisplayName, "Principal \"*\"");
                }
            }
        }
    }

    private static bool IsRestricted(PolicyStatementModel statement)
    {
        foreach (var key in statement.ConditionKeys)
        {
            if (PolicyNodeReader.RestrictingConditionKeys.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>bucket.GrantRead(new AnyPrincipal())</c>, <c>table.GrantReadData(new StarPrincipal())</c>, ... on any CDK construct.</summary>
    private static void AnalyzeGrant(AwsAnalysisContext context, AwsCompilationContext aws)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!method.Name.StartsWith("Grant", StringComparison.Ordinal) || method.Name == "GrantPublicAccess" ||
            method.ContainingAssembly?.Name != "Amazon.CDK.Lib" || RuleEngine.IsInBrokenCode(invocation.Syntax))
        {
            return;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type is not INamedTypeSymbol parameterType || !RuleEngine.IsOrInheritsFrom(parameterType, Grantable))
            {
                continue;
            }

            if (CdkPolicyStatementReader.PrincipalText(argument.Value, aws, context.CancellationToken) == "*")
            {
                context.Report(
                    Descriptors.SR2003_PolicyPublicPrincipal,
                    argument.Value,
                    FixSpec.None,
                    method.Name + "(...)",
                    "the grantee is " + ((INamedTypeSymbol)ValueEvaluator.Evaluate(argument.Value, context.CancellationToken).Creation!.Type!).Name);
            }
        }
    }
}

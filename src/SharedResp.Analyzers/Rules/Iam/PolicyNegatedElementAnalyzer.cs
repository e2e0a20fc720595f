using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Iam;

namespace SharedResp.Analyzers.Rules.Iam;

/// <summary>SR2004 — an Allow statement with <c>NotAction</c>, <c>NotResource</c> or <c>NotPrincipal</c>, in any policy source shape.</summary>
public sealed class PolicyNegatedElementAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR2004_PolicyNegatedElement);

    internal override void Declare(RuleEngine rules) => rules.OnPolicy(Check);

    private static void Check(PolicyDocumentModel document, in PolicyReportContext context)
    {
        foreach (var statement in document.Statements)
        {
            if (statement.Effect != PolicyEffect.Allow)
            {
                continue;
            }

            foreach (var element in statement.Elements)
            {
                var positive = element.Name switch
                {
                    "NotAction" => "Action",
                    "NotResource" => "Resource",
                    "NotPrincipal" => "Principal",
                    _ => null,
                };
                if (positive is not null)
                {
                    context.Report(Descriptors.SR2004_PolicyNegatedElement, element.Span, statement.DisplayName, element.Name, positive);
                }
            }
        }
    }
}

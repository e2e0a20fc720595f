using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Iam;

namespace SharedResp.Analyzers.Rules.Iam;

/// <summary>SR2001 — an Allow statement with the action <c>*</c> or <c>&lt;service&gt;:*</c>, in any policy source shape.</summary>
public sealed class PolicyAllowsAllActionsAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR2001_PolicyAllowsAllActions);

    internal override void Declare(RuleEngine rules) => rules.OnPolicy(Check);

    private static void Check(PolicyDocumentModel document, in PolicyReportContext context)
    {
        foreach (var statement in document.Statements)
        {
            if (statement.Effect != PolicyEffect.Allow)
            {
                continue;
            }

            foreach (var action in statement.ValuesOf("Action"))
            {
                if (IsAllActions(action.Text))
                {
                    context.Report(Descriptors.SR2001_PolicyAllowsAllActions, action.Span, statement.DisplayName, "Action", action.Text);
                }
            }
        }
    }

    /// <summary><c>*</c>, <c>*:*</c> or <c>service:*</c> (any case); partial wildcards such as <c>s3:Get*</c> are not.</summary>
    internal static bool IsAllActions(string? action)
    {
        if (action is null)
        {
            return false;
        }

        var text = action.Trim();
        if (text == "*")
        {
            return true;
        }

        var colon = text.IndexOf(':');
        return colon > 0 && text.Substring(colon + 1) == "*" && text.IndexOf(':', colon + 1) < 0;
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Iam;

namespace SharedResp.Analyzers.Rules.Iam;

/// <summary>
/// SR2002 — an Allow statement with the resource <c>*</c> and at least one action that AWS can scope to a resource
/// and that changes something or reads data out of a resource (facts from AWS's service authorization data, see
/// <see cref="IamActionData"/>). Resource policies (statements with a principal, documents attached to a single
/// resource) are not reported. Extra exemptions: <c>sharedresp.SR2002.exempt_actions = s3:PutObject, logs:*</c>
/// in <c>.editorconfig</c> (<see cref="Options.SR2002ExemptActions"/>; formerly <c>dotnet_code_quality.SR2002.exempt_actions</c>).
/// </summary>
public sealed class PolicyAllowsAllResourcesAnalyzer : SharedRespRule
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR2002_PolicyAllowsAllResources);

    internal override void Declare(RuleEngine rules) => rules.OnPolicy(Check);

    private static void Check(PolicyDocumentModel document, in PolicyReportContext context)
    {
        if (document.Kind == PolicyKind.SingleResource)
        {
            return;
        }

        foreach (var statement in document.Statements)
        {
            if (statement.Effect != PolicyEffect.Allow || statement.Has("Principal") || statement.Has("NotPrincipal"))
            {
                continue;
            }

            PolicyValue? everyResource = null;
            foreach (var resource in statement.ValuesOf("Resource"))
            {
                if (resource.Text?.Trim() == "*")
                {
                    everyResource = resource;
                    break;
                }
            }

            if (everyResource is null)
            {
                continue;
            }

            var exempt = ExemptActions(context);
            var scopable = new List<string>();
            foreach (var action in statement.ValuesOf("Action"))
            {
                if (action.Text is null)
                {
                    continue;
                }

                foreach (var match in IamActionData.Default.Matching(action.Text, 400))
                {
                    if (!IsExempt(match, exempt) && !scopable.Contains(match))
                    {
                        scopable.Add(match);
                    }
                }
            }

            if (scopable.Count == 0)
            {
                continue;
            }

            // Name the data reads first: they are what makes "*" most dangerous.
            var reads = scopable.FindAll(static match => match.EndsWith(")", StringComparison.Ordinal));
            reads.AddRange(scopable.FindAll(static match => !match.EndsWith(")", StringComparison.Ordinal)));
            scopable = reads;

            var actions = scopable.Count == 1 ? scopable[0] : string.Join(", ", scopable.GetRange(0, Math.Min(2, scopable.Count))) + (scopable.Count > 2 ? " and more" : string.Empty);
            context.Report(Descriptors.SR2002_PolicyAllowsAllResources, everyResource.Span, statement.DisplayName, actions, "Resource");
        }
    }

    private static ImmutableArray<string> ExemptActions(in PolicyReportContext context) =>
        Options.SR2002ExemptActions.Get(context.Context.Options, context.Trigger.SyntaxTree);

    private static bool IsExempt(string match, ImmutableArray<string> exempt)
    {
        var space = match.IndexOf(' ');
        var action = space < 0 ? match : match.Substring(0, space);
        foreach (var pattern in exempt)
        {
            if (Wildcard.IsMatch(action, pattern.Trim()))
            {
                return true;
            }
        }

        return false;
    }
}

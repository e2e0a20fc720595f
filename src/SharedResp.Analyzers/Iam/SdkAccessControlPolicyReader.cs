using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Iam;

/// <summary>
/// Reads an AWSSDK.Core <c>Amazon.Auth.AccessControlPolicy.Statement</c> into the policy model: the effect given to
/// its constructor and the builder calls chained on it or made on the local that holds it
/// (<c>WithActionIdentifiers</c>, <c>WithResources</c>, <c>WithPrincipals</c>, <c>WithConditions</c>, <c>WithId</c>).
/// </summary>
internal static class SdkAccessControlPolicyReader
{
    public const string StatementType = "Amazon.Auth.AccessControlPolicy.Statement";
    private const string Namespace = "Amazon.Auth.AccessControlPolicy.";

    public static readonly string[] ElementBuilders = { "WithActionIdentifiers", "WithResources", "WithPrincipals" };

    /// <summary>The <c>new Statement(...)</c> at the root of a builder chain (or held by the local the chain starts from).</summary>
    public static IObjectCreationOperation? FindCreation(IInvocationOperation builder, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        IOperation? current = builder;
        for (var depth = 0; depth < 32 && current is IInvocationOperation invocation; depth++)
        {
            current = ValueEvaluator.SkipConversions(invocation.Instance);
        }

        var creation = current is IObjectCreationOperation direct ? direct : ValueEvaluator.Evaluate(current, cancellationToken).Creation;
        return creation is not null && SymbolEqualityComparer.Default.Equals(creation.Type?.OriginalDefinition, aws.GetType(StatementType)) ? creation : null;
    }

    public static PolicyStatementModel Read(IObjectCreationOperation creation, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var model = new PolicyStatementModel { Span = new PolicySpan(null, creation.Syntax) };
        if (creation.Arguments.Length == 1)
        {
            var effect = ValueEvaluator.Evaluate(creation.Arguments[0].Value, cancellationToken);
            var effectType = aws.GetType(StatementType + "+StatementEffect");
            model.Effect = effect.IsEnumMember(effectType, "Allow") ? PolicyEffect.Allow
                : effect.IsEnumMember(effectType, "Deny") ? PolicyEffect.Deny
                : PolicyEffect.Unknown;
        }

        if (creation.Initializer is { Initializers.Length: > 0 })
        {
            // Lists set in an initializer are not read: what they hold is not known.
            model.HasUnknownCondition = true;
        }

        // The chain: new Statement(...).WithX(...).WithY(...)
        var current = ValueEvaluator.SkipConversionsUpward(creation);

        while (current.Parent is IInvocationOperation chained && chained.Instance == current)
        {
            ReadBuilder(model, chained, aws, cancellationToken);
            current = chained;
        }

        // Builder calls on the local holding the statement.
        var local = ObjectConfiguration.Read(creation, cancellationToken).Local;
        if (local is not null)
        {
            foreach (var read in LocalWrites.Reads(creation, local))
            {
                switch (read.Parent)
                {
                    case IInvocationOperation invocation when invocation.Instance == read:
                        for (IOperation link = invocation; link is IInvocationOperation step; link = link.Parent!)
                        {
                            ReadBuilder(model, step, aws, cancellationToken);
                            if (link.Parent is not IInvocationOperation next || next.Instance != link)
                            {
                                break;
                            }
                        }

                        break;
                    case IPropertyReferenceOperation:
                        // statement.Conditions.Add(...), statement.Principals.Clear(), ...: changed out of the builder calls.
                        model.HasUnknownCondition = true;
                        break;
                    default:
                        model.IsComplete = false;
                        break;
                }
            }
        }

        return model;
    }

    private static void ReadBuilder(PolicyStatementModel model, IInvocationOperation invocation, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        if (!SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType.OriginalDefinition, aws.GetType(StatementType)) ||
            invocation.Arguments.Length != 1)
        {
            return;
        }

        // Anchored on the call's own argument list: a chained call contains the calls before it.
        SyntaxNode anchor = (invocation.Syntax as Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax)?.ArgumentList ?? invocation.Syntax;
        var span = new PolicySpan(anchor.GetLocation(), anchor);
        var argument = invocation.Arguments[0].Value;
        switch (invocation.TargetMethod.Name)
        {
            case "WithId":
                model.Sid = ValueEvaluator.Evaluate(argument, cancellationToken).AsString;
                break;
            case "WithActionIdentifiers":
                model.Elements.Add(new PolicyElement("Action", span, ReadValues(argument, anchor, "ActionIdentifier", aws, cancellationToken)));
                break;
            case "WithResources":
                model.Elements.Add(new PolicyElement("Resource", span, ReadValues(argument, anchor, "Resource", aws, cancellationToken)));
                break;
            case "WithPrincipals":
                model.Elements.Add(new PolicyElement("Principal", span, ReadValues(argument, anchor, "Principal", aws, cancellationToken)));
                break;
            case "WithConditions":
                foreach (var condition in ParamsElements(argument))
                {
                    var key = condition is null ? null : ConditionKey(condition, cancellationToken);
                    if (key is null)
                    {
                        model.HasUnknownCondition = true;
                    }
                    else
                    {
                        model.ConditionKeys.Add(key);
                    }
                }

                break;
        }
    }

    private static string? ConditionKey(IOperation condition, CancellationToken cancellationToken)
    {
        switch (ValueEvaluator.SkipConversions(condition))
        {
            case IObjectCreationOperation { Arguments.Length: >= 2 } creation:
                return ValueEvaluator.Evaluate(creation.Arguments[1].Value, cancellationToken).AsString;
            case IInvocationOperation { TargetMethod.ContainingType.Name: "ConditionFactory" } factory:
                switch (factory.TargetMethod.Name)
                {
                    case "NewSourceArnCondition":
                        return "aws:SourceArn";
                    case "NewIpAddressCondition":
                        return "aws:SourceIp";
                    case "NewCondition" when factory.Arguments.Length >= 2 && factory.Arguments[1].Value.Type?.SpecialType == SpecialType.System_String:
                        return factory.Arguments[0].Value.Type?.Name == "IpAddressComparisonType"
                            ? "aws:SourceIp"
                            : ValueEvaluator.Evaluate(factory.Arguments[1].Value, cancellationToken).AsString;
                    default:
                        return factory.TargetMethod.Name;
                }

            default:
                return null;
        }
    }

    private static List<PolicyValue> ReadValues(IOperation argument, SyntaxNode anchor, string kind, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var values = new List<PolicyValue>();
        foreach (var element in ParamsElements(argument))
        {
            values.Add(new PolicyValue(element is null ? null : Text(element, kind, aws, cancellationToken), new PolicySpan(element?.Syntax.GetLocation(), anchor)));
        }

        return values;
    }

    /// <summary>The text of an <c>ActionIdentifier</c>, <c>Resource</c> or <c>Principal</c>: <c>*</c> for <c>Principal.AllUsers</c> / <c>Anonymous</c>.</summary>
    private static string? Text(IOperation element, string kind, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var operation = ValueEvaluator.SkipConversions(element);
        if (operation is IConversionOperation { OperatorMethod: not null } implicitFromString)
        {
            // ActionIdentifier a = "s3:*";
            return ValueEvaluator.Evaluate(implicitFromString.Operand, cancellationToken).AsString;
        }

        var value = ValueEvaluator.Evaluate(operation, cancellationToken);
        if (kind == "Principal" && value.Member is { } member &&
            SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, aws.GetType(Namespace + "Principal")))
        {
            return member.Name is "AllUsers" or "Anonymous" ? "*" : "principal:" + member.Name;
        }

        if (value.Creation is not { } creation || !SymbolEqualityComparer.Default.Equals(creation.Type?.OriginalDefinition, aws.GetType(Namespace + kind)))
        {
            return null;
        }

        if (kind == "Principal")
        {
            // new Principal("*") is everyone; new Principal(provider, id) is everyone when id is "*" and the provider is AWS or "*".
            if (creation.Arguments.Length == 1)
            {
                return ValueEvaluator.Evaluate(creation.Arguments[0].Value, cancellationToken).AsString;
            }

            if (creation.Arguments.Length >= 2)
            {
                var provider = ValueEvaluator.Evaluate(creation.Arguments[0].Value, cancellationToken).AsString;
                var id = ValueEvaluator.Evaluate(creation.Arguments[1].Value, cancellationToken).AsString;
                return provider is null || id is null ? null
                    : id == "*" && (provider == "AWS" || provider == "*") ? "*"
                    : provider + ":" + id;
            }

            return null;
        }

        return creation.Arguments.Length >= 1 ? ValueEvaluator.Evaluate(creation.Arguments[0].Value, cancellationToken).AsString : null;
    }

    private static IEnumerable<IOperation?> ParamsElements(IOperation argument)
    {
        if (ValueEvaluator.SkipConversions(argument) is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                yield return element;
            }
        }
        else
        {
            yield return null;
        }
    }
}

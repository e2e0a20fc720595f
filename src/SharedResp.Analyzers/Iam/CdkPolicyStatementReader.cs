using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Iam;

/// <summary>
/// Reads a CDK <c>PolicyStatement</c> into the policy model: its <c>PolicyStatementProps</c> (initializer and later
/// assignments) and the mutators called on the local that holds it (<c>AddActions</c>, <c>AddAllResources</c>,
/// <c>AddAnyPrincipal</c>, <c>AddCondition</c>, <c>Effect = ...</c>, ...).
/// </summary>
internal static class CdkPolicyStatementReader
{
    public const string StatementType = "Amazon.CDK.AWS.IAM.PolicyStatement";
    public const string PropsType = "Amazon.CDK.AWS.IAM.PolicyStatementProps";
    private const string EffectType = "Amazon.CDK.AWS.IAM.Effect";

    /// <summary>The mutators that add an element that a rule may report (they are the places diagnostics sit on).</summary>
    public static readonly string[] ElementMutators =
    {
        "AddActions", "AddNotActions", "AddResources", "AddAllResources", "AddNotResources",
        "AddPrincipals", "AddNotPrincipals", "AddAnyPrincipal", "AddArnPrincipal",
    };

    /// <summary>The props properties that hold an element a rule may report.</summary>
    public static readonly string[] ElementProperties = { "Actions", "NotActions", "Resources", "NotResources", "Principals", "NotPrincipals" };

    /// <summary>Reads the statement configured by <paramref name="props"/>, with its mutators when the props go into a <c>new PolicyStatement(...)</c>.</summary>
    public static PolicyStatementModel FromProps(ObjectConfiguration props, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var statementType = aws.GetType(StatementType);
        foreach (var use in props.Uses)
        {
            if (use.Parent is IArgumentOperation { Parent: IObjectCreationOperation statement } &&
                SymbolEqualityComparer.Default.Equals(statement.Type?.OriginalDefinition, statementType))
            {
                return FromStatement(statement, aws, cancellationToken);
            }
        }

        var model = new PolicyStatementModel { Effect = PolicyEffect.Allow, Span = new PolicySpan(null, props.Creation.Syntax) };
        ReadProps(model, props, aws, cancellationToken);
        return model;
    }

    public static PolicyStatementModel FromStatement(IObjectCreationOperation statement, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        // Default: Effect.ALLOW (PolicyStatementProps.Effect, CDK 2.160.0).
        var model = new PolicyStatementModel { Effect = PolicyEffect.Allow, Span = new PolicySpan(null, statement.Syntax) };
        if (statement.Arguments.Length > 0 && statement.Arguments[0].ArgumentKind != ArgumentKind.DefaultValue &&
            ValueEvaluator.SkipConversions(statement.Arguments[0].Value) is not ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
        {
            var props = ValueEvaluator.Evaluate(statement.Arguments[0].Value, cancellationToken).Creation;
            if (props is null)
            {
                // Props out of view: the effect and the conditions are not known.
                model.Effect = PolicyEffect.Unknown;
                model.IsComplete = false;
            }
            else
            {
                ReadProps(model, ObjectConfiguration.Read(props, cancellationToken), aws, cancellationToken);
            }
        }

        var local = ObjectConfiguration.Read(statement, cancellationToken).Local;
        if (local is null)
        {
            return model;
        }

        foreach (var read in LocalWrites.Reads(statement, local))
        {
            var use = ValueEvaluator.SkipConversionsUpward(read);

            switch (use.Parent)
            {
                case IInvocationOperation invocation when invocation.Instance == use:
                    ReadMutator(model, invocation, aws, cancellationToken);
                    break;
                case IPropertyReferenceOperation property when property.Instance == use:
                    if (property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property && property.Property.Name == "Effect")
                    {
                        model.Effect = ReadEffect(assignment.Value, aws, cancellationToken);
                    }

                    break;
                case IArgumentOperation { Parent: IInvocationOperation or IObjectCreationOperation } argument when IsCdkMember(argument.Parent):
                case IArrayInitializerOperation:
                    break;
                default:
                    if (use.Parent?.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax)
                    {
                        break;
                    }

                    model.IsComplete = false;
                    break;
            }
        }

        return model;
    }

    private static bool IsCdkMember(IOperation? operation)
    {
        var method = operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };
        return method?.ContainingAssembly?.Name.StartsWith("Amazon.CDK", StringComparison.Ordinal) == true;
    }

    private static void ReadProps(PolicyStatementModel model, ObjectConfiguration props, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        model.IsComplete &= props.IsComplete;
        foreach (var assignment in props.Assignments)
        {
            var value = assignment.Value;
            var span = new PolicySpan(value.Syntax.GetLocation(), value.Syntax);
            switch (assignment.Property.Name)
            {
                case "Actions":
                case "NotActions":
                case "Resources":
                case "NotResources":
                    model.Elements.Add(new PolicyElement(Singular(assignment.Property.Name), span, ReadStrings(value, value.Syntax, cancellationToken)));
                    break;
                case "Principals":
                case "NotPrincipals":
                    model.Elements.Add(new PolicyElement(Singular(assignment.Property.Name), span, ReadPrincipals(value, value.Syntax, aws, cancellationToken)));
                    break;
                case "Effect":
                    model.Effect = ReadEffect(value, aws, cancellationToken);
                    break;
                case "Sid":
                    model.Sid = ValueEvaluator.Evaluate(value, cancellationToken).AsString;
                    break;
                case "Conditions":
                    ReadConditions(model, value, cancellationToken);
                    break;
            }
        }
    }

    private static void ReadMutator(PolicyStatementModel model, IInvocationOperation invocation, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var anchor = invocation.Syntax;
        var span = new PolicySpan(anchor.GetLocation(), anchor);
        IOperation? Argument(int index) => invocation.Arguments.Length > index ? invocation.Arguments[index].Value : null;
        switch (invocation.TargetMethod.Name)
        {
            case "AddActions":
            case "AddNotActions":
            case "AddResources":
            case "AddNotResources":
                if (Argument(0) is { } strings)
                {
                    model.Elements.Add(new PolicyElement(Singular(invocation.TargetMethod.Name.Substring(3)), span, ReadStrings(strings, anchor, cancellationToken)));
                }

                break;
            case "AddAllResources":
                model.Elements.Add(new PolicyElement("Resource", span, new List<PolicyValue> { new("*", span) }));
                break;
            case "AddPrincipals":
            case "AddNotPrincipals":
                if (Argument(0) is { } principals)
                {
                    model.Elements.Add(new PolicyElement(Singular(invocation.TargetMethod.Name.Substring(3)), span, ReadPrincipals(principals, anchor, aws, cancellationToken)));
                }

                break;
            case "AddAnyPrincipal":
                model.Elements.Add(new PolicyElement("Principal", span, new List<PolicyValue> { new("*", span) }));
                break;
            case "AddArnPrincipal":
                var arn = Argument(0) is { } arnValue ? ValueEvaluator.Evaluate(arnValue, cancellationToken).AsString : null;
                model.Elements.Add(new PolicyElement("Principal", span, new List<PolicyValue> { new(arn, span) }));
                break;
            case "AddAwsAccountPrincipal":
            case "AddServicePrincipal":
            case "AddAccountRootPrincipal":
            case "AddFederatedPrincipal":
            case "AddCanonicalUserPrincipal":
                model.Elements.Add(new PolicyElement("Principal", span, new List<PolicyValue> { new("principal:" + invocation.TargetMethod.Name, span) }));
                break;
            case "AddCondition":
                if (Argument(1) is { } conditionValue)
                {
                    var keys = PolicySourceReader.ReadObject(conditionValue, cancellationToken);
                    if (keys is PolicyObjectNode keyObject)
                    {
                        model.HasUnknownCondition |= keyObject.HasUnknownMembers;
                        foreach (var member in keyObject.Members)
                        {
                            model.ConditionKeys.Add(member.Key);
                        }
                    }
                    else
                    {
                        model.HasUnknownCondition = true;
                    }
                }

                break;
            case "AddConditions":
                if (Argument(0) is { } conditions)
                {
                    ReadConditions(model, conditions, cancellationToken);
                }

                break;
            case "AddSourceAccountCondition":
                model.ConditionKeys.Add("aws:SourceAccount");
                break;
            case "AddSourceArnCondition":
                model.ConditionKeys.Add("aws:SourceArn");
                break;
            case "AddAccountCondition":
                model.ConditionKeys.Add("sts:ExternalId");
                break;
        }
    }

    private static void ReadConditions(PolicyStatementModel model, IOperation value, CancellationToken cancellationToken)
    {
        if (PolicySourceReader.ReadObject(value, cancellationToken) is { } node)
        {
            PolicyNodeReader.ReadCondition(model, node);
        }
        else
        {
            model.HasUnknownCondition = true;
        }
    }

    private static PolicyEffect ReadEffect(IOperation value, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var effect = ValueEvaluator.Evaluate(value, cancellationToken);
        var effectType = aws.GetType(EffectType);
        return effect.IsEnumMember(effectType, "ALLOW") ? PolicyEffect.Allow
            : effect.IsEnumMember(effectType, "DENY") ? PolicyEffect.Deny
            : PolicyEffect.Unknown;
    }

    private static string Singular(string plural) => plural.Substring(0, plural.Length - 1);

    /// <summary>The elements of a string array (array creation, collection expression, params, a local holding one).</summary>
    private static List<PolicyValue> ReadStrings(IOperation value, SyntaxNode anchor, CancellationToken cancellationToken)
    {
        var values = new List<PolicyValue>();
        foreach (var element in Elements(value, cancellationToken))
        {
            values.Add(element is null
                ? new PolicyValue(null, new PolicySpan(null, anchor))
                : new PolicyValue(ValueEvaluator.Evaluate(element, cancellationToken).AsString, new PolicySpan(element.Syntax.GetLocation(), anchor)));
        }

        return values;
    }

    private static List<PolicyValue> ReadPrincipals(IOperation value, SyntaxNode anchor, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var values = new List<PolicyValue>();
        foreach (var element in Elements(value, cancellationToken))
        {
            var span = new PolicySpan(element?.Syntax.GetLocation(), anchor);
            values.Add(new PolicyValue(element is null ? null : PrincipalText(element, aws, cancellationToken), span));
        }

        return values;
    }

    /// <summary><c>*</c> for <c>AnyPrincipal</c>, <c>StarPrincipal</c>, <c>ArnPrincipal("*")</c>; another text for other principals; null when unknown.</summary>
    public static string? PrincipalText(IOperation principal, AwsCompilationContext aws, CancellationToken cancellationToken)
    {
        var creation = ValueEvaluator.Evaluate(principal, cancellationToken).Creation;
        if (creation?.Type is not INamedTypeSymbol type)
        {
            return null;
        }

        if (IsType(type, aws, "Amazon.CDK.AWS.IAM.AnyPrincipal") || IsType(type, aws, "Amazon.CDK.AWS.IAM.StarPrincipal"))
        {
            return "*";
        }

        if (IsType(type, aws, "Amazon.CDK.AWS.IAM.ArnPrincipal") && creation.Arguments.Length > 0)
        {
            return ValueEvaluator.Evaluate(creation.Arguments[0].Value, cancellationToken).AsString;
        }

        return "principal:" + type.Name;
    }

    private static bool IsType(INamedTypeSymbol type, AwsCompilationContext aws, string metadataName) =>
        SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, aws.GetType(metadataName));

    /// <summary>The element operations of an array-valued expression; a single null when it cannot be followed.</summary>
    private static IEnumerable<IOperation?> Elements(IOperation value, CancellationToken cancellationToken, int depth = 0)
    {
        var operation = ValueEvaluator.SkipConversions(value);
        if (operation is ILocalReferenceOperation local && depth < 8 &&
            LocalWrites.FindSingleWrite(local, local.Local, cancellationToken) is { } write)
        {
            foreach (var element in Elements(write, cancellationToken, depth + 1))
            {
                yield return element;
            }

            yield break;
        }

        if (operation is IArrayCreationOperation { Initializer: { } initializer })
        {
            foreach (var element in initializer.ElementValues)
            {
                yield return element;
            }

            yield break;
        }

        if (operation?.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.CollectionExpressionSyntax)
        {
            foreach (var element in operation.ChildOperations)
            {
                yield return element;
            }

            yield break;
        }

        yield return null;
    }
}

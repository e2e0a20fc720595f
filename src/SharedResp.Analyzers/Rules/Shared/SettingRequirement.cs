using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Shared;

/// <summary>
/// <see cref="AwsOperationRules.RequireSetting"/> for the shapes the data-protection rules meet beyond it:
/// settings that another property makes secure or moot (a KMS key given, an asymmetric key, a restore from a
/// snapshot), and L1 <c>Cfn*</c> constructs whose properties can also be set on the construct after creation.
/// </summary>
internal static class SettingRequirement
{
    /// <summary>
    /// "Construct <paramref name="constructType"/> must have <paramref name="property"/> set securely". Reports, each
    /// with its fix: an insecure value assigned in the props or on the construct itself (unless
    /// <paramref name="isExempt"/> holds for the props); when <paramref name="missingIsInsecure"/>, props that flow
    /// into the construct without the property (unless exempt or set on the construct later) and the construct created
    /// without props. Nothing the analyzer cannot follow is reported.
    /// </summary>
    /// <param name="isExempt">True when the props (or the L1 construct) are configured so the setting is secure or does not apply; an unknown value should count as exempt.</param>
    /// <param name="secureValue">The value the fix writes; null when no value can be chosen mechanically (a key to pick): no fix then.</param>
    /// <param name="messageArgs">Message arguments; its parameter is true for the "missing" case.</param>
    public static void Require(
        AwsOperationRules rules,
        DiagnosticDescriptor descriptor,
        string constructType,
        string propsType,
        string property,
        FixValue? secureValue,
        Func<AwsValue, bool> isInsecureValue,
        bool missingIsInsecure,
        Func<ObjectConfiguration, CancellationToken, bool>? isExempt,
        Func<bool, object?[]> messageArgs)
    {
        var construct = rules.Aws.GetType(constructType);
        var constructHasProperty = HasSettableProperty(construct, property);

        rules.OnPropertyAssigned(propsType, property, (in PropertyAssignmentContext c) =>
        {
            if (isInsecureValue(c.Value) &&
                !(isExempt is not null && c.ConfiguredObject() is { } configuration && isExempt(configuration, c.Context.CancellationToken)))
            {
                c.Report(descriptor, secureValue is { } value ? FixSpec.Replace(value) : FixSpec.None, messageArgs(false));
            }
        });

        if (constructHasProperty)
        {
            // L1: cfn.Property = value after creation.
            rules.OnPropertyAssigned(constructType, property, (in PropertyAssignmentContext c) =>
            {
                if (isInsecureValue(c.Value) &&
                    !(isExempt is not null && c.ConfiguredObject() is { } configuration && isExempt(configuration, c.Context.CancellationToken)))
                {
                    c.Report(descriptor, secureValue is { } value ? FixSpec.Replace(value) : FixSpec.None, messageArgs(false));
                }
            });
        }

        if (!missingIsInsecure)
        {
            return;
        }

        rules.OnCreated(propsType, (in CreationContext c) =>
        {
            var props = c.Configuration();
            if (!props.IsMissing(property) || !props.FlowsToConstructorOf(construct) ||
                (isExempt is not null && isExempt(props, c.Context.CancellationToken)))
            {
                return;
            }

            if (constructHasProperty)
            {
                foreach (var use in props.Uses)
                {
                    if (use.Parent is IArgumentOperation { Parent: IObjectCreationOperation owner } &&
                        SymbolEqualityComparer.Default.Equals(owner.Type?.OriginalDefinition, construct?.OriginalDefinition) &&
                        ConstructMaySetIt(ObjectConfiguration.Read(owner, c.Context.CancellationToken), property, isExempt, c.Context.CancellationToken))
                    {
                        return;
                    }
                }
            }

            c.Context.Report(descriptor, c.Creation, secureValue is { } value ? FixSpec.AddProperties(value, property) : FixSpec.None, messageArgs(true));
        });

        rules.OnCreated(constructType, (in CreationContext c) =>
        {
            c.PropsConfiguration("props", out var isAbsent);
            if (isAbsent &&
                !(constructHasProperty && ConstructMaySetIt(c.Configuration(), property, isExempt, c.Context.CancellationToken)))
            {
                c.Context.Report(descriptor, c.Creation, secureValue is { } value ? FixSpec.AddPropsObject(propsType, value, property) : FixSpec.None, messageArgs(true));
            }
        });
    }

    /// <summary>The value of the last assignment to <paramref name="property"/>, or null when it is not assigned.</summary>
    public static AwsValue? ValueOf(ObjectConfiguration configuration, string property, CancellationToken cancellationToken) =>
        configuration.TryGetAssignment(property, out var assignment) ? ValueEvaluator.Evaluate(assignment.Value, cancellationToken) : null;

    /// <summary>True when the property is assigned any value (a key given, a snapshot named, ...).</summary>
    public static bool IsAssigned(ObjectConfiguration configuration, string property) => configuration.TryGetAssignment(property, out _);

    /// <summary>
    /// True when an L1 construct sets the property (or an exempting one) itself, or may do so out of view: it is held
    /// in a local that is handed somewhere, or stored in a field or property.
    /// </summary>
    private static bool ConstructMaySetIt(ObjectConfiguration construct, string property, Func<ObjectConfiguration, CancellationToken, bool>? isExempt, CancellationToken cancellationToken)
    {
        if (construct.TryGetAssignment(property, out _) || (isExempt is not null && isExempt(construct, cancellationToken)))
        {
            return true;
        }

        if (construct.IsComplete)
        {
            return false;
        }

        var consumer = ValueEvaluator.SkipConversionsUpward(construct.Creation);

        // Discarded (a statement of its own, or `_ = new CfnX(...)`) or passed straight to a call: nothing sets it later.
        return consumer.Parent is not (IExpressionStatementOperation or ISimpleAssignmentOperation { Target: IDiscardOperation } or IArgumentOperation);
    }

    private static bool HasSettableProperty(INamedTypeSymbol? type, string property)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var member in type.GetMembers(property))
        {
            if (member is IPropertySymbol { SetMethod: not null })
            {
                return true;
            }
        }

        return false;
    }
}

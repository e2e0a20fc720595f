using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

internal sealed partial class RuleEngine
{
    /// <summary>
    /// The common rule shape in one call: "construct <paramref name="constructType"/> must have
    /// <paramref name="propsType"/>.<paramref name="property"/> set securely". Reports, each with its fix:
    /// <list type="bullet">
    /// <item>an explicit insecure value (<paramref name="isInsecureValue"/>), in the props or, for L1 <c>Cfn*</c>
    /// constructs, on the construct itself after creation (on the value; replaced by <paramref name="secureValue"/>);</item>
    /// <item>when <paramref name="missingIsInsecure"/> (the construct's default is insecure everywhere), props that flow
    /// into the construct without the property (on the props creation; the property is added), unless the construct
    /// sets it later, and a construct created without props at all (on the construct creation; a props object is created).</item>
    /// </list>
    /// Props the engine cannot follow (a parameter, a method result, an object configured out of view) are never
    /// reported, and neither is anything <paramref name="isExempt"/> holds for.
    /// </summary>
    /// <param name="secureValue">The value the fix writes; null when no value can be chosen mechanically (a key to pick): no fix then.</param>
    /// <param name="isExempt">True when the props (or the L1 construct) are configured so the setting is secure or does not apply (a KMS key given, a restore from a snapshot); an unknown value should count as exempt.</param>
    /// <param name="messageArgs">Message arguments; its parameter is true for the "missing" case.</param>
    public void Require(
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
        // Whether the L1 construct itself has the property: looked at on the first candidate that needs it.
        var aws = _aws;
        var constructHasProperty = new Lazy<bool>(() => HasSettableProperty(aws.GetType(constructType), property), LazyThreadSafetyMode.PublicationOnly);
        var fix = secureValue is { } value ? FixSpec.Replace(value) : FixSpec.None;
        var valueFilter = secureValue is { } secure ? SyntaxFilters.UnlessValueIs(secure) : null;

        PropertyAssignmentHandler onValue = (in PropertyAssignmentContext c) =>
        {
            if (isInsecureValue(c.Value) &&
                !(isExempt is not null && c.ConfiguredObject() is { } configuration && isExempt(configuration, c.Context.CancellationToken)))
            {
                c.Report(descriptor, fix, messageArgs(false));
            }
        };

        OnPropertyAssigned(propsType, property, onValue, valueFilter);

        // L1: cfn.Property = value after creation (matches nothing when the construct has no such property).
        OnPropertyAssigned(constructType, property, onValue, valueFilter);

        if (!missingIsInsecure)
        {
            return;
        }

        OnCreated(propsType, (in CreationContext c) =>
        {
            var props = c.Configuration();
            if (!props.IsMissing(property) || !props.FlowsToConstructorOf(constructType) ||
                (isExempt is not null && isExempt(props, c.Context.CancellationToken)))
            {
                return;
            }

            if (constructHasProperty.Value)
            {
                foreach (var use in props.Uses)
                {
                    if (use.Parent is IArgumentOperation { Parent: IObjectCreationOperation owner } &&
                        AwsTypeTable.Is(owner.Type?.OriginalDefinition as INamedTypeSymbol, constructType) &&
                        ConstructMaySetIt(ObjectConfiguration.Read(owner, c.Context.CancellationToken), property, isExempt, c.Context.CancellationToken))
                    {
                        return;
                    }
                }
            }

            c.Context.Report(descriptor, c.Creation, secureValue is { } value ? FixSpec.AddProperties(value, property) : FixSpec.None, messageArgs(true));
        },
        SyntaxFilters.UnlessInitializerAssigns(property));

        OnCreated(constructType, (in CreationContext c) =>
        {
            c.PropsConfiguration("props", out var isAbsent);
            if (isAbsent &&
                !(constructHasProperty.Value && ConstructMaySetIt(c.Configuration(), property, isExempt, c.Context.CancellationToken)))
            {
                c.Context.Report(descriptor, c.Creation, secureValue is { } value ? FixSpec.AddPropsObject(propsType, value, property) : FixSpec.None, messageArgs(true));
            }
        },
        SyntaxFilters.IfPropsMayBeAbsent(aws, constructType));
    }

    /// <summary>
    /// The other common shape in one call: a property of type <paramref name="valueType"/> (an enum, or an SDK constant
    /// class) must not be given one of <paramref name="insecureMembers"/>; the fix writes
    /// <paramref name="valueType"/>.<paramref name="secureMember"/>. <paramref name="propertyNames"/> are the names such
    /// properties have (the syntax pre-filter); <paramref name="messageArgs"/> gets the assignment and the member found.
    /// A value written as any other member of the type gets no semantic work.
    /// </summary>
    public void Forbid(
        DiagnosticDescriptor descriptor,
        string valueType,
        string[] insecureMembers,
        string secureMember,
        MessageArguments messageArgs,
        params string[] propertyNames)
    {
        var fix = FixSpec.Replace(FixValue.Member(valueType, secureMember));
        OnPropertyOfTypeAssigned(
            valueType,
            (in PropertyAssignmentContext c) =>
            {
                if (c.Aws.GetType(valueType) is not { } type)
                {
                    return;
                }

                var isEnum = type.TypeKind == TypeKind.Enum;
                foreach (var member in insecureMembers)
                {
                    if (isEnum ? c.Value.IsEnumMember(type, member) : c.Value.IsMemberOf(type, member))
                    {
                        c.Report(descriptor, fix, messageArgs(c, member));
                        return;
                    }
                }
            },
            SyntaxFilters.IfValueMayBe(insecureMembers),
            propertyNames);
    }

    /// <summary>The message arguments of a <see cref="Forbid"/> finding: the assignment and the insecure member it writes.</summary>
    internal delegate object?[] MessageArguments(in PropertyAssignmentContext context, string member);

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

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

/// <summary>One property assignment that configures an object.</summary>
internal readonly struct PropertyAssignment
{
    public PropertyAssignment(IPropertySymbol property, ISimpleAssignmentOperation assignment)
    {
        Property = property;
        Assignment = assignment;
    }

    public IPropertySymbol Property { get; }

    public ISimpleAssignmentOperation Assignment { get; }

    /// <summary>The assigned expression as written (its syntax is where a diagnostic about the value goes).</summary>
    public IOperation Value => Assignment.Value;
}

/// <summary>
/// How a newly created object is configured: the assignments in its object initializer (also target-typed
/// <c>new()</c>) and, when it is held in a local written once, the later <c>local.Property = value</c> statements
/// of the same block. Also tells where the object goes (the property or parameter that receives it) and whether
/// "property P is missing" can be trusted (false when the object is passed somewhere that could configure it).
/// </summary>
internal sealed class ObjectConfiguration
{
    private ObjectConfiguration(IObjectCreationOperation creation, ILocalSymbol? local, ImmutableArray<PropertyAssignment> assignments, bool isComplete, ImmutableArray<IOperation> uses)
    {
        Creation = creation;
        Local = local;
        Assignments = assignments;
        IsComplete = isComplete;
        Uses = uses;
    }

    public IObjectCreationOperation Creation { get; }

    /// <summary>The local that holds the object, when there is exactly one write to it (this creation).</summary>
    public ILocalSymbol? Local { get; }

    public ImmutableArray<PropertyAssignment> Assignments { get; }

    /// <summary>
    /// True when every place that could set a property is in view, so a property that is not assigned is really
    /// left at its default. False when the object is handed to a method, stored in a field, returned, captured, ...
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>The operations that consume the object: the creation itself, or each read of its local (conversions skipped upward).</summary>
    public ImmutableArray<IOperation> Uses { get; }

    /// <summary>
    /// How <paramref name="creation"/> is configured, read once per creation and shared by every rule that asks (the
    /// operation trees, and so the creations, are shared by every handler of one semantic model).
    /// </summary>
    public static ObjectConfiguration Read(IObjectCreationOperation creation, CancellationToken cancellationToken) =>
        OperationBlockCache.Of(creation).Configuration(creation, cancellationToken);

    internal static ObjectConfiguration ReadUncached(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        var assignments = ImmutableArray.CreateBuilder<PropertyAssignment>();
        var hasInvalidMember = false;
        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } target } assignment)
                {
                    assignments.Add(new PropertyAssignment(target.Property, assignment));
                    hasInvalidMember |= IsInvalid(assignment.Value);
                }
                else
                {
                    // A member the compiler could not bind (half-typed name or value): what it sets is not known.
                    hasInvalidMember |= member is IInvalidOperation || (member is ISimpleAssignmentOperation other && other.Target is IInvalidOperation);
                }
            }
        }

        var consumer = ValueEvaluator.SkipConversionsUpward(creation);
        var local = HoldingLocal(consumer);
        if (local is null)
        {
            // Used in place: passed as an argument, assigned to a property, returned, ...
            var inPlaceComplete = !hasInvalidMember &&
                consumer.Parent is IArgumentOperation { Parent: IObjectCreationOperation } or ISimpleAssignmentOperation { Target: IPropertyReferenceOperation };
            return new ObjectConfiguration(creation, null, assignments.ToImmutable(), inPlaceComplete, ImmutableArray.Create(consumer));
        }

        if (LocalWrites.FindSingleWrite(creation, local, cancellationToken) is not { } write || SkipConversionsDownward(write) != creation)
        {
            return new ObjectConfiguration(creation, null, assignments.ToImmutable(), isComplete: false, ImmutableArray<IOperation>.Empty);
        }

        var isComplete = !hasInvalidMember;
        var uses = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var read in LocalWrites.Reads(creation, local))
        {
            var use = ValueEvaluator.SkipConversionsUpward(read);
            switch (use.Parent)
            {
                case IPropertyReferenceOperation property when property.Instance == use:
                    if (property.Parent is ISimpleAssignmentOperation assignment && assignment.Target == property)
                    {
                        assignments.Add(new PropertyAssignment(property.Property, assignment));
                        isComplete &= !IsInvalid(assignment.Value);
                    }

                    break;
                case IArgumentOperation { Parent: IObjectCreationOperation }:
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation } sink when sink.Value == use:
                    uses.Add(use);
                    break;
                default:
                    // Handed to a method, stored in a field, returned, captured: it may be configured out of view.
                    isComplete = false;
                    uses.Add(use);
                    break;
            }
        }

        return new ObjectConfiguration(creation, local, assignments.ToImmutable(), isComplete, uses.ToImmutable());
    }

    /// <summary>The last assignment to the property named <paramref name="propertyName"/>, if any.</summary>
    public bool TryGetAssignment(string propertyName, out PropertyAssignment assignment)
    {
        for (var i = Assignments.Length - 1; i >= 0; i--)
        {
            if (string.Equals(Assignments[i].Property.Name, propertyName, System.StringComparison.Ordinal))
            {
                assignment = Assignments[i];
                return true;
            }
        }

        assignment = default;
        return false;
    }

    /// <summary>True when the property is certainly left at its default: never assigned, and nothing out of view can assign it.</summary>
    /// <summary>The value of the last assignment to <paramref name="propertyName"/>, or null when it is not assigned.</summary>
    public AwsValue? ValueOf(string propertyName, CancellationToken cancellationToken) =>
        TryGetAssignment(propertyName, out var assignment) ? ValueEvaluator.Evaluate(assignment.Value, cancellationToken) : null;

    /// <summary>True when the property is assigned any value (a key given, a snapshot named, ...).</summary>
    public bool IsAssigned(string propertyName) => TryGetAssignment(propertyName, out _);

    public bool IsMissing(string propertyName) => IsComplete && !TryGetAssignment(propertyName, out _);

    /// <summary>
    /// The properties and parameters the object is handed to: <c>request.Config = obj</c> gives the property
    /// <c>Config</c>, <c>new Bucket(this, "b", obj)</c> gives the constructor parameter.
    /// </summary>
    public IEnumerable<ISymbol> Sinks()
    {
        foreach (var use in Uses)
        {
            switch (use.Parent)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment when assignment.Value == use:
                    yield return target.Property;
                    break;
                case IArgumentOperation { Parameter: { } parameter }:
                    yield return parameter;
                    break;
            }
        }
    }

    /// <summary>True when the object is assigned to the property <paramref name="propertyName"/> of the AWS type <paramref name="typeMetadataName"/> (or passed to it as a property value) somewhere in view.</summary>
    public bool FlowsTo(string typeMetadataName, string propertyName)
    {
        foreach (var sink in Sinks())
        {
            if (sink is IPropertySymbol target && string.Equals(target.Name, propertyName, StringComparison.Ordinal) &&
                AwsTypeTable.Is(target.OriginalDefinition.ContainingType, typeMetadataName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the object is passed to a constructor of the AWS type <paramref name="typeMetadataName"/> somewhere in view.</summary>
    public bool FlowsToConstructorOf(string typeMetadataName)
    {
        foreach (var sink in Sinks())
        {
            if (sink is IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } &&
                AwsTypeTable.Is(constructor.ContainingType.OriginalDefinition, typeMetadataName))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInvalid(IOperation value) =>
        value is IInvalidOperation || value.Type is IErrorTypeSymbol || (value is IConversionOperation { Operand: var operand } && IsInvalid(operand));

    private static ILocalSymbol? HoldingLocal(IOperation consumer) => consumer.Parent switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
        ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == consumer => target.Local,
        _ => null,
    };

    private static IOperation? SkipConversionsDownward(IOperation operation) => ValueEvaluator.SkipConversions(operation);
}

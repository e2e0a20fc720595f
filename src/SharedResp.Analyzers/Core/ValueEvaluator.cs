using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

/// <summary>
/// Evaluates an expression to an <see cref="AwsValue"/>: constants (literals, const fields and locals, constant
/// concatenations, enum members), static readonly fields initialised in source, locals written exactly once,
/// static members of SDK constant classes and CDK classes, <c>ConstantClass.FindValue("...")</c> and the implicit
/// string conversions of the SDK's constant classes, and object creations. Everything else is
/// <see cref="AwsValue.Unknown"/>, and rules never report on an unknown value.
/// </summary>
internal static class ValueEvaluator
{
    private const int MaxDepth = 8;

    public static AwsValue Evaluate(IOperation? operation, CancellationToken cancellationToken) =>
        Evaluate(operation, cancellationToken, 0);

    /// <summary>Strips implicit and explicit conversions (boxing to <c>object</c>, <c>bool</c> to <c>bool?</c>, ...) that do not change the value.</summary>
    public static IOperation? SkipConversions(IOperation? operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The outermost value-preserving conversion around <paramref name="operation"/> (itself when none): where the value is consumed.</summary>
    public static IOperation SkipConversionsUpward(IOperation operation)
    {
        while (operation.Parent is IConversionOperation { OperatorMethod: null } conversion)
        {
            operation = conversion;
        }

        return operation;
    }

    private static AwsValue Evaluate(IOperation? operation, CancellationToken cancellationToken, int depth)
    {
        if (operation is null or IInvalidOperation || depth > MaxDepth)
        {
            return AwsValue.Unknown;
        }

        cancellationToken.ThrowIfCancellationRequested();

        switch (operation)
        {
            case IConversionOperation { OperatorMethod: not null } conversion:
                // SDK constant classes convert implicitly from their wire string: S3CannedACL acl = "public-read";
                return IsSdkConstantClass(conversion.Type as INamedTypeSymbol)
                    ? WireValue(conversion.Operand, cancellationToken, depth)
                    : AwsValue.Unknown;

            case IConversionOperation conversion:
                if (operation.ConstantValue.HasValue && conversion.Operand is not IFieldReferenceOperation)
                {
                    return AwsValue.FromConstant(operation.ConstantValue.Value);
                }

                return Evaluate(conversion.Operand, cancellationToken, depth + 1);

            case IFieldReferenceOperation fieldReference:
                return EvaluateField(fieldReference, cancellationToken, depth);

            case IPropertyReferenceOperation { Property.IsStatic: true, Instance: null } propertyReference:
                return AwsValue.FromMember(propertyReference.Property);

            case ILocalReferenceOperation localReference when operation.ConstantValue is { HasValue: false }:
                return EvaluateLocal(localReference, cancellationToken, depth);

            case IObjectCreationOperation { Arguments.Length: 1 } creation when IsSdkConstantClass(creation.Type as INamedTypeSymbol):
                // new S3CannedACL("public-read"): the constant class built from its wire value.
                return WireValue(creation.Arguments[0].Value, cancellationToken, depth);

            case IObjectCreationOperation creation:
                return AwsValue.FromCreation(creation);

            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FindValue" } method } invocation
                when invocation.Arguments.Length == 1 && IsSdkConstantClass(method.ContainingType):
                return WireValue(invocation.Arguments[0].Value, cancellationToken, depth);
        }

        if (operation.ConstantValue.HasValue)
        {
            return AwsValue.FromConstant(operation.ConstantValue.Value);
        }

        return AwsValue.Unknown;
    }

    /// <summary>The string an SDK constant class is built from (a literal, a constant, a local holding one), or unknown.</summary>
    private static AwsValue WireValue(IOperation operand, CancellationToken cancellationToken, int depth) =>
        Evaluate(operand, cancellationToken, depth + 1).AsString is { } wire ? AwsValue.FromConstant(wire) : AwsValue.Unknown;

    private static AwsValue EvaluateField(IFieldReferenceOperation fieldReference, CancellationToken cancellationToken, int depth)
    {
        var field = fieldReference.Field;
        if (field.HasConstantValue)
        {
            // Const fields and enum members; keep the member so a rule can name it.
            return AwsValue.FromConstant(field.ConstantValue, field);
        }

        if (!field.IsStatic)
        {
            return AwsValue.Unknown;
        }

        if (!field.IsReadOnly)
        {
            // A mutable static can be changed anywhere: nothing is known about it.
            return AwsValue.Unknown;
        }

        if (field.Locations.Length > 0 && field.Locations[0].IsInMetadata)
        {
            // SDK constant classes: S3CannedACL.PublicRead and friends.
            return AwsValue.FromMember(field);
        }

        // static readonly field in source: follow its initializer.
        var semanticModel = fieldReference.SemanticModel;
        if (semanticModel is null || field.DeclaringSyntaxReferences.Length != 1)
        {
            return AwsValue.Unknown;
        }

        var declarator = field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
        if (declarator?.Initializer?.Value is not { } initializer)
        {
            return AwsValue.Unknown;
        }

        var model = semanticModel.SyntaxTree == initializer.SyntaxTree
            ? semanticModel
#pragma warning disable RS1030 // Following a static readonly field into another file of the same compilation needs its semantic model.
            : semanticModel.Compilation.GetSemanticModel(initializer.SyntaxTree);
#pragma warning restore RS1030
        return Evaluate(model.GetOperation(initializer, cancellationToken), cancellationToken, depth + 1);
    }

    private static AwsValue EvaluateLocal(ILocalReferenceOperation localReference, CancellationToken cancellationToken, int depth)
    {
        var local = localReference.Local;
        if (local.IsRef || local.RefKind != RefKind.None)
        {
            return AwsValue.Unknown;
        }

        var write = LocalWrites.FindSingleWrite(localReference, local, cancellationToken);
        return write is null ? AwsValue.Unknown : Evaluate(write, cancellationToken, depth + 1);
    }

    private static bool IsSdkConstantClass(INamedTypeSymbol? type)
    {
        for (var current = type?.BaseType; current is not null; current = current.BaseType)
        {
            if (current is { Name: "ConstantClass", ContainingNamespace: { Name: "Runtime", ContainingNamespace: { Name: "Amazon", ContainingNamespace.IsGlobalNamespace: true } } })
            {
                return true;
            }
        }

        return false;
    }
}

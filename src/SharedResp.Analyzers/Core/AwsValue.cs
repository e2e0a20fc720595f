using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

/// <summary>What an expression is known to evaluate to, as far as a rule needs.</summary>
internal enum AwsValueKind
{
    /// <summary>Could not be evaluated (a parameter, a call, a value that changes): rules never report on it.</summary>
    Unknown,

    /// <summary>A compile-time constant: bool, string, number, null, or an enum member.</summary>
    Constant,

    /// <summary>A static field or property of a type (SDK constant classes, CDK static members such as <c>BlockPublicAccess.BLOCK_ALL</c>).</summary>
    StaticMember,

    /// <summary>A new object whose configuration can be read with <see cref="ObjectConfiguration"/>.</summary>
    Creation,
}

/// <summary>The result of <see cref="ValueEvaluator.Evaluate"/>.</summary>
internal readonly struct AwsValue
{
    private AwsValue(AwsValueKind kind, object? constant, ISymbol? member, IObjectCreationOperation? creation)
    {
        Kind = kind;
        Constant = constant;
        Member = member;
        Creation = creation;
    }

    public static AwsValue Unknown => default;

    public AwsValueKind Kind { get; }

    /// <summary>The constant (for <see cref="AwsValueKind.Constant"/>), or the wire string of a constant-class value built from a string.</summary>
    public object? Constant { get; }

    /// <summary>The static field or property referenced, or the enum member (with its constant) for enum values.</summary>
    public ISymbol? Member { get; }

    public IObjectCreationOperation? Creation { get; }

    public bool IsKnown => Kind != AwsValueKind.Unknown;

    public static AwsValue FromConstant(object? value, ISymbol? member = null) => new(AwsValueKind.Constant, value, member, null);

    public static AwsValue FromMember(ISymbol member) => new(AwsValueKind.StaticMember, null, member, null);

    public static AwsValue FromCreation(IObjectCreationOperation creation) => new(AwsValueKind.Creation, null, null, creation);

    public bool IsTrue => Kind == AwsValueKind.Constant && Constant is true;

    public bool IsFalse => Kind == AwsValueKind.Constant && Constant is false;

    /// <summary>The constant as a string (also the wire value of <c>S3CannedACL.FindValue("...")</c> and implicit string conversions).</summary>
    public string? AsString => Kind == AwsValueKind.Constant ? Constant as string : null;

    /// <summary>True when the value is the static member <paramref name="memberName"/> of <paramref name="type"/> (by symbol, not by text).</summary>
    public bool IsMemberOf(INamedTypeSymbol? type, string memberName)
    {
        if (type is null || Member is null)
        {
            return false;
        }

        if (!SymbolEqualityComparer.Default.Equals(Member.ContainingType?.OriginalDefinition, type.OriginalDefinition) ||
            !string.Equals(Member.Name, memberName, System.StringComparison.Ordinal))
        {
            return false;
        }

        return true;
    }

    /// <summary>True when the value is the enum member <paramref name="memberName"/> of <paramref name="enumType"/>, however it was written (member, cast constant).</summary>
    public bool IsEnumMember(INamedTypeSymbol? enumType, string memberName)
    {
        if (enumType is null || enumType.TypeKind != TypeKind.Enum || Kind != AwsValueKind.Constant || Constant is null)
        {
            return false;
        }

        foreach (var member in enumType.GetMembers(memberName))
        {
            if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, Constant) &&
                (Member is null || SymbolEqualityComparer.Default.Equals(Member.ContainingType, enumType)))
            {
                return true;
            }
        }

        return false;
    }
}

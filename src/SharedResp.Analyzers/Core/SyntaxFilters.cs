using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SharedResp.Analyzers;

/// <summary>
/// Cheap tests on syntax alone that tell the dispatcher a value or creation is certainly of no interest to a rule,
/// so it gets no semantic work (<see cref="RuleEngine"/>). They only ever rule out what is written as a
/// literal or as <c>Type.Member</c> with a known secure member name; anything else (a local, a constant, a call)
/// stays a candidate and is evaluated with symbols.
/// </summary>
internal static class SyntaxFilters
{
    /// <summary>The simple name an expression or type ends with: <c>X</c> in <c>X</c>, <c>a.X</c>, <c>?.X</c>, <c>N.X&lt;T&gt;</c>, <c>global::N.X</c>, <c>X?</c>.</summary>
    public static string? RightmostName(SyntaxNode node) => node switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax memberBinding => memberBinding.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
        NullableTypeSyntax nullable => RightmostName(nullable.ElementType),
        _ => null,
    };

    /// <summary>
    /// False when the value is written as one of <paramref name="secureForms"/>: a literal whose value text matches
    /// (<c>true</c>, <c>"Private"</c>), or <c>X.Name</c> / <c>Name</c>-less member access ending in a matching name
    /// (<c>S3CannedACL.Private</c>).
    /// </summary>
    public static Func<ExpressionSyntax, bool> UnlessValueIs(params string[] secureForms)
    {
        var forms = new HashSet<string>(secureForms, StringComparer.Ordinal);
        return value => !IsOneOf(value, forms);
    }

    /// <summary><see cref="UnlessValueIs(string[])"/> for the value a fix writes.</summary>
    public static Func<ExpressionSyntax, bool>? UnlessValueIs(FixValue secureValue) => UnlessValueIs(secureValue.Text);

    /// <summary>
    /// False when the creation's object initializer assigns <paramref name="property"/> (to anything): a "property left
    /// unset" check has nothing to find there, whatever happens to the object later.
    /// </summary>
    public static Func<BaseObjectCreationExpressionSyntax, bool> UnlessInitializerAssigns(string property) => creation =>
    {
        if (creation.Initializer is { } initializer)
        {
            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == property)
                {
                    return false;
                }
            }
        }

        return true;
    };

    /// <summary>
    /// False when a creation of <paramref name="construct"/> certainly passes its <c>props</c> argument, written as
    /// anything but <c>null</c> or <c>default</c> (<see cref="CreationContext.PropsConfiguration"/> then finds props):
    /// a "created without props" check has nothing to find there. Named arguments, casts, <c>!</c> and anything else
    /// unusual keep the creation a candidate; so does a construct with no public constructor taking <c>props</c>.
    /// </summary>
    /// <remarks>The construct's constructors are looked at when the first candidate is, not when the rule is declared.</remarks>
    public static Func<BaseObjectCreationExpressionSyntax, bool> IfPropsMayBeAbsent(AwsCompilationContext aws, string constructType)
    {
        var index = new Lazy<int?>(() => PropsParameterIndex(aws.GetType(constructType)), LazyThreadSafetyMode.PublicationOnly);
        return creation => IfArgumentMayBeAbsent(creation, index.Value);
    }

    /// <summary>
    /// The lowest position a parameter named <c>props</c> has in the type's public constructors (CDK: 2, after scope and
    /// id; the protected jsii constructors take <c>DeputyProps props</c> first); null when none has one.
    /// </summary>
    private static int? PropsParameterIndex(INamedTypeSymbol? construct)
    {
        int? index = null;
        if (construct is not null)
        {
            foreach (var constructor in construct.InstanceConstructors)
            {
                if (constructor.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == "props" && (index is null || parameter.Ordinal < index))
                    {
                        index = parameter.Ordinal;
                    }
                }
            }
        }

        return index;
    }

    private static bool IfArgumentMayBeAbsent(BaseObjectCreationExpressionSyntax creation, int? index)
    {
        if (index is not { } position || creation.ArgumentList is not { } list || list.Arguments.Count <= position)
        {
            return true;
        }

        foreach (var argument in list.Arguments)
        {
            if (argument.NameColon is not null)
            {
                return true;
            }
        }

        return Unparenthesized(list.Arguments[position].Expression) is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax);
    }

    /// <summary>False when the creation's object initializer sets every one of <paramref name="properties"/> to the literal <paramref name="literal"/>.</summary>
    public static Func<BaseObjectCreationExpressionSyntax, bool> UnlessInitializerSetsAll(string[] properties, string literal) => creation =>
    {
        if (creation.Initializer is not { } initializer)
        {
            return true;
        }

        var set = 0;
        foreach (var property in properties)
        {
            foreach (var expression in initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Right: var value } &&
                    name.Identifier.ValueText == property &&
                    Unparenthesized(value) is LiteralExpressionSyntax { Token.ValueText: var text } && text == literal)
                {
                    set++;
                    break;
                }
            }
        }

        return set != properties.Length;
    };

    /// <summary>
    /// False when the value is written as <c>Type.Member</c> naming none of <paramref name="members"/>, or as a literal
    /// that cannot be one (see <see cref="MayBeEnumConstant"/>): for rules that forbid some members of a type.
    /// </summary>
    public static Func<ExpressionSyntax, bool> IfValueMayBe(params string[] members)
    {
        var names = new HashSet<string>(members, StringComparer.Ordinal);
        return value => Unparenthesized(value) switch
        {
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } memberAccess => names.Contains(memberAccess.Name.Identifier.ValueText),
            LiteralExpressionSyntax literal => MayBeEnumConstant(literal),
            _ => true,
        };
    }

    /// <summary>
    /// False when the value certainly does not evaluate to an enum constant (<see cref="AwsValue.IsEnumMember"/> is then
    /// false): a string, character, <c>true</c>/<c>false</c>/<c>null</c> or non-zero number literal (only <c>0</c> and
    /// <c>default</c> convert to an enum implicitly), an interpolated string, a call (<see cref="ValueEvaluator"/> evaluates none but the SDK's
    /// <c>FindValue</c>), a <c>new</c>, a lambda. For the rules that watch every property of an enum type.
    /// </summary>
    public static bool MayBeEnumConstant(ExpressionSyntax value)
    {
        switch (Unparenthesized(value))
        {
            case LiteralExpressionSyntax literal:
                return literal.RawKind == (int)SyntaxKind.DefaultLiteralExpression ||
                       (literal.RawKind == (int)SyntaxKind.NumericLiteralExpression && IsZero(literal.Token.Value));
            case InvocationExpressionSyntax invocation:
                return invocation.Expression switch
                {
                    MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText == "FindValue",
                    SimpleNameSyntax name => name.Identifier.ValueText == "FindValue",
                    _ => true,
                };
            case InterpolatedStringExpressionSyntax:
            case BaseObjectCreationExpressionSyntax:
            case AnonymousFunctionExpressionSyntax:
                return false;
            default:
                return true;
        }
    }

    private static bool IsZero(object? value) => value switch
    {
        int v => v == 0,
        uint v => v == 0,
        long v => v == 0,
        ulong v => v == 0,
        float v => v == 0,
        double v => v == 0,
        decimal v => v == 0,
        _ => true,
    };

    private static bool IsOneOf(ExpressionSyntax value, HashSet<string> forms)
    {
        switch (Unparenthesized(value))
        {
            case LiteralExpressionSyntax literal:
                return forms.Contains(literal.Token.ValueText);
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression } memberAccess:
                return forms.Contains(memberAccess.Name.Identifier.ValueText);
            default:
                return false;
        }
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax value)
    {
        while (value is ParenthesizedExpressionSyntax parenthesized)
        {
            value = parenthesized.Expression;
        }

        return value;
    }
}

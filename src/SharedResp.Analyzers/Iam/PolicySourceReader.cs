using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SharedResp.Analyzers.Iam;

/// <summary>
/// Reads the C# expressions that carry a policy document into a <see cref="PolicyNode"/> tree: a JSON string
/// (literal of any kind, constant, concatenation, interpolation, a local holding one; also wrapped in
/// <c>JObject.Parse</c>, <c>JsonNode.Parse</c>, <c>JsonSerializer.Deserialize</c>), a dictionary literal,
/// an anonymous object, arrays and collection expressions. Anything else is an unknown node.
/// </summary>
internal static class PolicySourceReader
{
    private const int MaxDepth = 16;

    private static readonly HashSet<string> JsonWrapperTypes = new(StringComparer.Ordinal)
    {
        "Newtonsoft.Json.Linq.JObject", "Newtonsoft.Json.Linq.JToken", "Newtonsoft.Json.JsonConvert",
        "System.Text.Json.Nodes.JsonNode", "System.Text.Json.Nodes.JsonObject", "System.Text.Json.JsonDocument",
        "System.Text.Json.JsonSerializer", "System.Text.Json.JsonElement",
    };

    /// <summary>Reads a string-typed policy (SDK sinks). Null when it cannot be read or parsed.</summary>
    public static PolicyNode? ReadString(IOperation value, CancellationToken cancellationToken)
    {
        var anchor = value.Syntax;
        return ReadJsonText(value, anchor, cancellationToken, 0);
    }

    /// <summary>Reads an object-typed policy (CDK L1 <c>PolicyDocument</c>, <c>FromJson</c>). Null when it cannot be read.</summary>
    public static PolicyNode? ReadObject(IOperation value, CancellationToken cancellationToken) =>
        ReadJsonText(value, value.Syntax, cancellationToken, 1);

    private static PolicyNode? Read(IOperation? operation, SyntaxNode anchor, CancellationToken cancellationToken, int depth)
    {
        operation = ValueEvaluator.SkipConversions(operation);
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var span = SpanOf(operation, anchor);
        if (operation.Type?.SpecialType == SpecialType.System_String)
        {
            var text = TextOf(operation, cancellationToken, 0);
            return new PolicyStringNode(text is null || text.Text.IndexOf(PolicyJsonReader.Hole) >= 0 ? null : text.Text, span);
        }

        switch (operation)
        {
            case ILocalReferenceOperation local when !local.Local.IsConst:
                var write = LocalWrites.FindSingleWrite(local, local.Local, cancellationToken);
                if (write is null)
                {
                    return null;
                }

                var node = Read(write, anchor, cancellationToken, depth + 1);
                if (node is PolicyObjectNode obj && CountReads(local) > 1)
                {
                    // A dictionary read again may be changed later: what it holds is not known for sure.
                    return new PolicyObjectNode(obj.Members, true, obj.Span);
                }

                return node;

            case IInvocationOperation invocation when invocation.Arguments.Length >= 1 && IsJsonWrapper(invocation.TargetMethod):
                var argument = invocation.Arguments[0].Value;
                return ReadJsonText(argument, argument.Syntax, cancellationToken, depth + 1);

            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                return Array(arrayInitializer.ElementValues, anchor, span, cancellationToken, depth);

            case IAnonymousObjectCreationOperation anonymous:
                return AnonymousObject(anonymous, anchor, span, cancellationToken, depth);

            case IObjectCreationOperation { Initializer: { } initializer } creation when IsDictionary(creation.Type):
                return Dictionary(initializer, anchor, span, cancellationToken, depth);

            case IObjectCreationOperation { Initializer: { } listInitializer } creation when IsList(creation.Type):
                var items = new List<IOperation>();
                foreach (var item in listInitializer.Initializers)
                {
                    if (item is IInvocationOperation { Arguments.Length: 1 } add)
                    {
                        items.Add(add.Arguments[0].Value);
                    }
                }

                return Array(items, anchor, span, cancellationToken, depth);
        }

        if (operation.Syntax is CollectionExpressionSyntax)
        {
            var elements = new List<IOperation>();
            foreach (var child in operation.ChildOperations)
            {
                elements.Add(child);
            }

            return Array(elements, anchor, span, cancellationToken, depth);
        }

        return new PolicyOtherNode(true, span);
    }

    private static PolicyNode Array(IEnumerable<IOperation> elements, SyntaxNode anchor, PolicySpan span, CancellationToken cancellationToken, int depth)
    {
        var items = new List<PolicyNode>();
        foreach (var element in elements)
        {
            items.Add(Read(element, anchor, cancellationToken, depth + 1) ?? new PolicyOtherNode(true, SpanOf(element, anchor)));
        }

        return new PolicyArrayNode(items, span);
    }

    private static PolicyNode AnonymousObject(IAnonymousObjectCreationOperation anonymous, SyntaxNode anchor, PolicySpan span, CancellationToken cancellationToken, int depth)
    {
        var members = new List<PolicyMember>();
        foreach (var initializer in anonymous.Initializers)
        {
            if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment)
            {
                var value = Read(assignment.Value, anchor, cancellationToken, depth + 1) ?? new PolicyOtherNode(true, SpanOf(assignment.Value, anchor));
                members.Add(new PolicyMember(target.Property.Name, SpanOf(assignment, anchor), value));
            }
        }

        return new PolicyObjectNode(members, false, span);
    }

    private static PolicyNode Dictionary(IObjectOrCollectionInitializerOperation initializer, SyntaxNode anchor, PolicySpan span, CancellationToken cancellationToken, int depth)
    {
        var members = new List<PolicyMember>();
        var hasUnknown = false;
        foreach (var item in initializer.Initializers)
        {
            IOperation? key = null;
            IOperation? value = null;
            switch (item)
            {
                case IInvocationOperation { Arguments.Length: 2 } add:
                    key = add.Arguments[0].Value;
                    value = add.Arguments[1].Value;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                    key = indexer.Arguments[0].Value;
                    value = assignment.Value;
                    break;
            }

            var keyText = key is null ? null : ValueEvaluator.Evaluate(key, cancellationToken).AsString;
            if (keyText is null || value is null)
            {
                hasUnknown = true;
                continue;
            }

            var valueNode = Read(value, anchor, cancellationToken, depth + 1) ?? new PolicyOtherNode(true, SpanOf(value, anchor));
            members.Add(new PolicyMember(keyText, SpanOf(key!, anchor), valueNode));
        }

        return new PolicyObjectNode(members, hasUnknown, span);
    }

    /// <summary>Reads a JSON string (or a wrapped one): parses it, with positions inside the literal when it maps one to one.</summary>
    private static PolicyNode? ReadJsonText(IOperation value, SyntaxNode anchor, CancellationToken cancellationToken, int depth)
    {
        var unwrapped = ValueEvaluator.SkipConversions(value);
        if (unwrapped is IInvocationOperation invocation && invocation.Arguments.Length >= 1 && IsJsonWrapper(invocation.TargetMethod) && depth < MaxDepth)
        {
            return ReadJsonText(invocation.Arguments[0].Value, invocation.Arguments[0].Value.Syntax, cancellationToken, depth + 1);
        }

        if (unwrapped?.Type?.SpecialType != SpecialType.System_String)
        {
            return depth == 0 ? null : Read(unwrapped, anchor, cancellationToken, depth + 1);
        }

        var text = TextOf(unwrapped, cancellationToken, 0);
        if (text is null)
        {
            return null;
        }

        var literal = text.Literal;
        var map = text.Map;
        return PolicyJsonReader.Parse(
            text.Text,
            span => map is null || literal is null || span.End > map.Length || span.Length == 0
                ? null
                : PolicySpan.InLiteral(literal, TextSpan.FromBounds(map[span.Start], map[span.End - 1] + 1)),
            anchor);
    }

    private sealed class PolicyText
    {
        public PolicyText(string text, SyntaxNode? literal, int[]? map)
        {
            Text = text;
            Literal = literal;
            Map = map;
        }

        public string Text { get; }

        /// <summary>The literal the text comes from, when it maps one to one (<see cref="Map"/>: text index to source position).</summary>
        public SyntaxNode? Literal { get; }

        public int[]? Map { get; }
    }

    /// <summary>The string value with holes for the unknown parts; null when nothing is known.</summary>
    private static PolicyText? TextOf(IOperation? operation, CancellationToken cancellationToken, int depth)
    {
        operation = ValueEvaluator.SkipConversions(operation);
        if (operation is null || depth > MaxDepth)
        {
            return null;
        }

        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string literalText } } literal
                when literal.Syntax is LiteralExpressionSyntax literalSyntax:
                return new PolicyText(literalText, literalSyntax, MapLiteral(literalSyntax.Token, literalText));

            case ILocalReferenceOperation local when !local.Local.IsConst:
                var write = LocalWrites.FindSingleWrite(local, local.Local, cancellationToken);
                return write is null ? null : TextOf(write, cancellationToken, depth + 1);

            case IInterpolatedStringOperation interpolated:
                var builder = new StringBuilder();
                foreach (var part in interpolated.Parts)
                {
                    switch (part)
                    {
                        case IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string partText } }:
                            builder.Append(partText);
                            break;
                        case IInterpolationOperation hole when hole.Alignment is null && hole.FormatString is null &&
                                                               ValueEvaluator.Evaluate(hole.Expression, cancellationToken).AsString is { } constant:
                            builder.Append(constant);
                            break;
                        default:
                            builder.Append(PolicyJsonReader.Hole);
                            break;
                    }
                }

                return new PolicyText(builder.ToString(), null, null);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when !operation.ConstantValue.HasValue:
                var left = TextOf(concatenation.LeftOperand, cancellationToken, depth + 1)?.Text ?? PolicyJsonReader.Hole.ToString();
                var right = TextOf(concatenation.RightOperand, cancellationToken, depth + 1)?.Text ?? PolicyJsonReader.Hole.ToString();
                return new PolicyText(left + right, null, null);
        }

        return ValueEvaluator.Evaluate(operation, cancellationToken).AsString is { } value ? new PolicyText(value, null, null) : null;
    }

    /// <summary>Text index to source position, when the literal's text maps one to one onto its value (no escapes); else null.</summary>
    private static int[]? MapLiteral(SyntaxToken token, string value)
    {
        var source = token.Text;
        var start = token.SpanStart;
        int contentStart;
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken:
                contentStart = source.StartsWith("@", StringComparison.Ordinal) ? 2 : 1;
                if (source.Length - contentStart - 1 != value.Length || string.CompareOrdinal(source, contentStart, value, 0, value.Length) != 0)
                {
                    return null;
                }

                return Offsets(value.Length, start + contentStart);

            case SyntaxKind.SingleLineRawStringLiteralToken:
            case SyntaxKind.MultiLineRawStringLiteralToken:
                // Raw strings have no escapes; a multi-line one loses its indentation: align, skipping whitespace only.
                var quotes = 0;
                while (quotes < source.Length && source[quotes] == '"')
                {
                    quotes++;
                }

                var map = new int[value.Length];
                var j = quotes;
                for (var i = 0; i < value.Length; i++)
                {
                    while (j < source.Length && source[j] != value[i])
                    {
                        if (!char.IsWhiteSpace(source[j]))
                        {
                            return null;
                        }

                        j++;
                    }

                    if (j >= source.Length)
                    {
                        return null;
                    }

                    map[i] = start + j;
                    j++;
                }

                return map;

            default:
                return null;
        }
    }

    private static int[] Offsets(int length, int start)
    {
        var map = new int[length];
        for (var i = 0; i < length; i++)
        {
            map[i] = start + i;
        }

        return map;
    }

    private static PolicySpan SpanOf(IOperation operation, SyntaxNode anchor) => new(operation.Syntax.GetLocation(), anchor);

    private static bool IsJsonWrapper(IMethodSymbol method) =>
        method.Name is "Parse" or "Deserialize" or "DeserializeObject" or "FromObject" &&
        JsonWrapperTypes.Contains(method.ContainingType.OriginalDefinition.ToDisplayString());

    private static bool IsDictionary(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IDictionary<TKey, TValue>" or "System.Collections.IDictionary")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsList(ITypeSymbol? type)
    {
        if (type is null || IsDictionary(type))
        {
            return false;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_ICollection_T)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountReads(ILocalReferenceOperation local)
    {
        var count = 0;
        foreach (var _ in LocalWrites.Reads(local, local.Local))
        {
            count++;
        }

        return count;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace SharedResp.Analyzers.CodeFixes;

/// <summary>The three mechanical edits. Each keeps the surrounding trivia and records its change in a <see cref="SyntaxEditor"/>.</summary>
internal static class SecureEdits
{
    public static void ReplaceValue(DocumentEditor editor, SyntaxNode node, FixSpec fix)
    {
        if (OutermostExpressionWithSameSpan(node) is not { } expression)
        {
            return;
        }

        editor.ReplaceNode(expression, (current, _) => BuildValue(editor.SemanticModel.Compilation, fix.Value).WithTriviaFrom(current));
    }

    public static void AddProperties(DocumentEditor editor, SyntaxNode node, FixSpec fix)
    {
        if (fix.PropsType is null &&
            node.AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is { } attribute && attribute.Span == node.Span)
        {
            // An attribute: [X] or [X(...)] gets the named arguments P = v.
            var attributeCompilation = editor.SemanticModel.Compilation;
            editor.ReplaceNode(attribute, (current, _) =>
            {
                var target = (AttributeSyntax)current;
                var list = target.ArgumentList ?? AttributeArgumentList();
                foreach (var name in fix.PropertyNames)
                {
                    list = list.AddArguments(AttributeArgument(NameEquals(IdentifierName(name)), null, BuildValue(attributeCompilation, fix.Value)));
                }

                return target.WithArgumentList(list);
            });
            return;
        }

        if (OutermostExpressionWithSameSpan(node) is not BaseObjectCreationExpressionSyntax creation)
        {
            return;
        }

        var names = fix.PropertyNames;
        var compilation = editor.SemanticModel.Compilation;
        var endOfLine = DetectEndOfLine(creation);

        if (fix.PropsType is { } propsTypeName)
        {
            // A construct created without props: `new XxxProps { P = v }` in place of a props argument written as null
            // or default, else appended as the last argument (named when the call already names its arguments).
            if (compilation.GetTypeByMetadataName(propsTypeName) is not { } propsType)
            {
                return;
            }

            var propsIndex = -1;
            if (editor.SemanticModel.GetOperation(creation) is IObjectCreationOperation operation)
            {
                foreach (var argument in operation.Arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Name == "props" && argument.Syntax is ArgumentSyntax written &&
                        creation.ArgumentList is { } writtenList)
                    {
                        propsIndex = writtenList.Arguments.IndexOf(written);
                    }
                }
            }

            var named = creation.ArgumentList?.Arguments.Any(a => a.NameColon is not null) == true;
            editor.ReplaceNode(creation, (current, _) =>
            {
                var construct = (BaseObjectCreationExpressionSyntax)current;
                var props = AddAssignments(
                    ObjectCreationExpression(TypeSyntax(propsType)).WithArgumentList(null),
                    names,
                    () => BuildValue(compilation, fix.Value),
                    IndentationOf(construct),
                    endOfLine);
                var arguments = construct.ArgumentList ?? ArgumentList();
                if (propsIndex >= 0 && propsIndex < arguments.Arguments.Count)
                {
                    var existing = arguments.Arguments[propsIndex];
                    return construct.WithArgumentList(arguments.WithArguments(arguments.Arguments.Replace(existing, existing.WithExpression(props.WithTriviaFrom(existing.Expression)))));
                }

                return construct.WithArgumentList(arguments.AddArguments(named ? Argument(NameColon(IdentifierName("props")), default, props) : Argument(props)));
            });
            return;
        }

        editor.ReplaceNode(creation, (current, _) => AddAssignments(
            (BaseObjectCreationExpressionSyntax)current,
            names,
            () => BuildValue(compilation, fix.Value),
            IndentationOf(creation),
            endOfLine));
    }

    public static void RemoveArguments(DocumentEditor editor, SyntaxNode node, FixSpec fix)
    {
        if (OutermostExpressionWithSameSpan(node) is not { } expression)
        {
            return;
        }

        if (fix.ArgumentIndices.IsEmpty)
        {
            if (expression.Parent is ArgumentSyntax { Parent: ArgumentListSyntax list } argument)
            {
                var index = list.Arguments.IndexOf(argument);
                editor.ReplaceNode(list, (current, _) => RemoveAt((ArgumentListSyntax)current, new[] { index }));
            }

            return;
        }

        if (expression is BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments })
        {
            var indices = fix.ArgumentIndices.ToArray();
            editor.ReplaceNode(arguments, (current, _) => RemoveAt((ArgumentListSyntax)current, indices));
        }
    }

    public static void ReplaceCall(DocumentEditor editor, SyntaxNode node, FixSpec fix)
    {
        if (fix.MethodName is not { } methodName || OutermostExpressionWithSameSpan(node) is not InvocationExpressionSyntax invocation)
        {
            return;
        }

        var keep = fix.KeepArguments;

        editor.ReplaceNode(invocation, (current, _) =>
        {
            var call = (InvocationExpressionSyntax)current;
            ExpressionSyntax target = call.Expression switch
            {
                MemberAccessExpressionSyntax member => member.WithName(IdentifierName(methodName).WithTriviaFrom(member.Name)),
                IdentifierNameSyntax name => IdentifierName(methodName).WithTriviaFrom(name),
                var other => other,
            };
            var removed = Enumerable.Range(keep, Math.Max(0, call.ArgumentList.Arguments.Count - keep)).ToArray();
            return call.WithExpression(target).WithArgumentList(RemoveAt(call.ArgumentList, removed));
        });
    }

    private static ArgumentListSyntax RemoveAt(ArgumentListSyntax list, int[] indices)
    {
        var kept = new List<ArgumentSyntax>();
        var separators = new List<SyntaxToken>();
        for (var i = 0; i < list.Arguments.Count; i++)
        {
            if (Array.IndexOf(indices, i) >= 0)
            {
                continue;
            }

            var argument = list.Arguments[i];
            if (kept.Count == 0)
            {
                // The new first argument sits where the old first one was.
                argument = argument.WithLeadingTrivia(list.Arguments[0].GetLeadingTrivia());
            }
            else
            {
                // Each later argument keeps the separator written before it (its line break, if any).
                separators.Add(list.Arguments.GetSeparator(i - 1));
            }

            kept.Add(argument);
        }

        return kept.Count == list.Arguments.Count ? list : list.WithArguments(SeparatedList(kept, separators));
    }

    public static void Remove(DocumentEditor editor, SyntaxNode node)
    {
        // An assignment (PublicReadAccess = true) in an initializer or as a statement ...
        var assignment = node.FirstAncestorOrSelf<AssignmentExpressionSyntax>();
        if (assignment is { Parent: InitializerExpressionSyntax initializer })
        {
            editor.ReplaceNode(initializer, (current, _) => RemoveFromInitializer((InitializerExpressionSyntax)current, assignment));
            return;
        }

        // ... or the statement that is the insecure call or assignment.
        var statement = node.FirstAncestorOrSelf<ExpressionStatementSyntax>();
        if (statement is null)
        {
            return;
        }

        if (statement.Parent is BlockSyntax block)
        {
            // Rebuild the block without the statement, so the comments above it stay and no blank line is left.
            var index = block.Statements.IndexOf(statement);
            editor.ReplaceNode(block, (current, _) => RemoveFromBlock((BlockSyntax)current, index));
            return;
        }

        editor.RemoveNode(statement, SyntaxRemoveOptions.KeepUnbalancedDirectives);
    }

    private static BlockSyntax RemoveFromBlock(BlockSyntax block, int index)
    {
        if (index < 0 || index >= block.Statements.Count)
        {
            return block;
        }

        var kept = CommentsAbove(block.Statements[index]);
        var statements = block.Statements.RemoveAt(index);
        if (kept.Count == 0)
        {
            return block.WithStatements(statements);
        }

        if (index < statements.Count)
        {
            var next = statements[index];
            return block.WithStatements(statements.Replace(next, next.WithLeadingTrivia(kept.AddRange(next.GetLeadingTrivia()))));
        }

        return block.WithStatements(statements).WithCloseBraceToken(block.CloseBraceToken.WithLeadingTrivia(kept.AddRange(block.CloseBraceToken.LeadingTrivia)));
    }

    /// <summary>The leading trivia of a statement up to the end of its last comment line; empty when it has no comment.</summary>
    private static SyntaxTriviaList CommentsAbove(StatementSyntax statement)
    {
        var leading = statement.GetLeadingTrivia();
        var lastComment = -1;
        for (var i = 0; i < leading.Count; i++)
        {
            if (leading[i].IsKind(SyntaxKind.SingleLineCommentTrivia) || leading[i].IsKind(SyntaxKind.MultiLineCommentTrivia) ||
                leading[i].IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || leading[i].IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia))
            {
                lastComment = i;
            }
        }

        if (lastComment < 0)
        {
            return default;
        }

        var end = lastComment + 1 < leading.Count && leading[lastComment + 1].IsKind(SyntaxKind.EndOfLineTrivia) ? lastComment + 1 : lastComment;
        return TriviaList(leading.Take(end + 1));
    }

    /// <summary>Builds the C# expression for a <see cref="FixValue"/>, with annotations that add a <c>using</c> and simplify the name.</summary>
    internal static ExpressionSyntax BuildValue(Compilation compilation, FixValue value)
    {
        if (value.Kind == FixValueKind.Bool)
        {
            return LiteralExpression(value.IsTrue ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);
        }

        if (value.Kind == FixValueKind.String)
        {
            return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(value.Text));
        }

        var typeName = value.TypeMetadataName!;
        var member = value.Text;
        ExpressionSyntax type = compilation.GetTypeByMetadataName(typeName) is { } symbol
            ? TypeSyntax(symbol)
            : ParseName("global::" + typeName.Replace('+', '.')).WithAdditionalAnnotations(Simplifier.Annotation);
        return MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, IdentifierName(member))
            .WithAdditionalAnnotations(Simplifier.Annotation);
    }

    private static TypeSyntax TypeSyntax(INamedTypeSymbol type) =>
        ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    private static ExpressionSyntax? OutermostExpressionWithSameSpan(SyntaxNode node)
    {
        ExpressionSyntax? result = node as ExpressionSyntax;
        for (var current = node.Parent; current is not null && current.Span == node.Span; current = current.Parent)
        {
            if (current is ExpressionSyntax expression)
            {
                result = expression;
            }
        }

        return result;
    }

    private static BaseObjectCreationExpressionSyntax AddAssignments(
        BaseObjectCreationExpressionSyntax creation,
        IReadOnlyList<string> names,
        Func<ExpressionSyntax> value,
        string baseIndentation,
        string endOfLine)
    {
        var additions = names.Select(name => (ExpressionSyntax)AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName(name), value())).ToList();
        var initializer = creation.Initializer;

        if (initializer is null)
        {
            // new T() / new T(a) / new() → add an initializer; one property on the same line, several one per line.
            var trailing = creation.GetTrailingTrivia();
            if (creation is ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } withEmptyArguments)
            {
                creation = withEmptyArguments.WithArgumentList(null).WithType(withEmptyArguments.Type.WithTrailingTrivia(Space));
            }
            else
            {
                creation = creation.WithArgumentList(creation.ArgumentList?.WithoutTrailingTrivia().WithTrailingTrivia(Space));
            }

            creation = creation.WithoutTrailingTrivia();
            InitializerExpressionSyntax created;
            if (additions.Count == 1)
            {
                created = InitializerExpression(
                    SyntaxKind.ObjectInitializerExpression,
                    Token(SyntaxKind.OpenBraceToken).WithTrailingTrivia(Space),
                    SeparatedList(additions),
                    Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space));
            }
            else
            {
                var itemIndentation = baseIndentation + "    ";
                created = InitializerExpression(
                    SyntaxKind.ObjectInitializerExpression,
                    Token(TriviaList(EndOfLine(endOfLine), Whitespace(baseIndentation)), SyntaxKind.OpenBraceToken, TriviaList(EndOfLine(endOfLine))),
                    SeparatedList(
                        additions.Select(a => a.WithLeadingTrivia(Whitespace(itemIndentation))),
                        additions.Select(_ => Token(TriviaList(), SyntaxKind.CommaToken, TriviaList(EndOfLine(endOfLine))))),
                    Token(TriviaList(Whitespace(baseIndentation)), SyntaxKind.CloseBraceToken, TriviaList()));
                if (creation is ObjectCreationExpressionSyntax typed)
                {
                    creation = typed.WithType(typed.Type.WithoutTrailingTrivia());
                }
                else
                {
                    creation = creation.WithArgumentList(creation.ArgumentList?.WithoutTrailingTrivia());
                }
            }

            return creation.WithInitializer(created).WithTrailingTrivia(trailing);
        }

        var expressions = initializer.Expressions;
        var isMultiLine = LineOf(initializer.OpenBraceToken) != LineOf(initializer.CloseBraceToken);
        var nodes = expressions.ToList();
        var separators = expressions.GetSeparators().ToList();
        var hadTrailingComma = separators.Count == nodes.Count && nodes.Count > 0;

        if (!isMultiLine)
        {
            // { A = x } → { A = x, B = v }
            if (nodes.Count > 0 && !hadTrailingComma)
            {
                var last = nodes[nodes.Count - 1];
                separators.Add(Token(TriviaList(), SyntaxKind.CommaToken, last.GetTrailingTrivia()).WithTrailingTrivia(Space));
                nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
            }

            for (var i = 0; i < additions.Count; i++)
            {
                var isLast = i == additions.Count - 1;
                nodes.Add(isLast ? additions[i].WithTrailingTrivia(Space) : additions[i]);
                if (!isLast)
                {
                    separators.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space));
                }
            }

            var open = initializer.OpenBraceToken;
            if (expressions.Count == 0)
            {
                open = open.WithTrailingTrivia(Space);
                nodes[nodes.Count - 1] = nodes[nodes.Count - 1].WithTrailingTrivia(Space);
            }

            return creation.WithInitializer(initializer
                .WithOpenBraceToken(open)
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia())
                .WithExpressions(SeparatedList(nodes, separators)));
        }

        // Multi-line: one property per line, at the indentation of the existing ones, keeping the trailing-comma style.
        var indentation = nodes.Count > 0 ? IndentationOf(nodes[0]) : IndentationOf(initializer.CloseBraceToken) + "    ";
        if (nodes.Count > 0 && !hadTrailingComma)
        {
            var last = nodes[nodes.Count - 1];
            separators.Add(Token(TriviaList(), SyntaxKind.CommaToken, last.GetTrailingTrivia()));
            nodes[nodes.Count - 1] = last.WithoutTrailingTrivia();
            if (!separators[separators.Count - 1].TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
            {
                separators[separators.Count - 1] = separators[separators.Count - 1].WithTrailingTrivia(EndOfLine(endOfLine));
            }
        }

        var closeBrace = initializer.CloseBraceToken;
        if (nodes.Count == 0 && !initializer.OpenBraceToken.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia))
        {
            initializer = initializer.WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(EndOfLine(endOfLine)));
        }

        for (var i = 0; i < additions.Count; i++)
        {
            var isLast = i == additions.Count - 1;
            var addition = additions[i].WithLeadingTrivia(Whitespace(indentation));
            if (isLast && !hadTrailingComma)
            {
                nodes.Add(addition.WithTrailingTrivia(EndOfLine(endOfLine)));
            }
            else
            {
                nodes.Add(addition);
                separators.Add(Token(TriviaList(), SyntaxKind.CommaToken, TriviaList(EndOfLine(endOfLine))));
            }
        }

        if (closeBrace.LeadingTrivia.Count == 0 || !HasLineBreakBefore(closeBrace))
        {
            closeBrace = closeBrace.WithLeadingTrivia(Whitespace(IndentationOf(initializer.OpenBraceToken)));
        }

        return creation.WithInitializer(initializer.WithExpressions(SeparatedList(nodes, separators)).WithCloseBraceToken(closeBrace));
    }

    private static InitializerExpressionSyntax RemoveFromInitializer(InitializerExpressionSyntax initializer, AssignmentExpressionSyntax original)
    {
        var expressions = initializer.Expressions;
        var index = -1;
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i].IsEquivalentTo(original) && expressions[i].SpanStart == original.SpanStart)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            // The initializer was already edited (Fix All): fall back to structural equality.
            index = expressions.IndexOf(e => e.IsEquivalentTo(original));
        }

        if (index < 0)
        {
            return initializer;
        }

        var nodes = expressions.ToList();
        var separators = expressions.GetSeparators().ToList();
        var isLastWithoutComma = index == nodes.Count - 1 && separators.Count < nodes.Count;
        nodes.RemoveAt(index);
        if (isLastWithoutComma)
        {
            if (index > 0)
            {
                // { A, B = true } → { A }: drop the comma before it; the new last element takes the removed one's trailing trivia.
                separators.RemoveAt(index - 1);
                nodes[index - 1] = nodes[index - 1].WithTrailingTrivia(expressions[index].GetTrailingTrivia());
            }
        }
        else if (index < separators.Count)
        {
            separators.RemoveAt(index);
        }

        return initializer.WithExpressions(SeparatedList(nodes, separators));
    }

    private static int LineOf(SyntaxToken token) => token.GetLocation().GetLineSpan().StartLinePosition.Line;

    private static bool HasLineBreakBefore(SyntaxToken token)
    {
        var previous = token.GetPreviousToken();
        return previous.TrailingTrivia.Any(SyntaxKind.EndOfLineTrivia) || token.LeadingTrivia.Any(SyntaxKind.EndOfLineTrivia);
    }

    /// <summary>The whitespace that starts the line on which <paramref name="node"/> starts.</summary>
    private static string IndentationOf(SyntaxNode node) => IndentationOf(node.GetFirstToken());

    private static string IndentationOf(SyntaxToken token)
    {
        var text = token.SyntaxTree?.GetText();
        if (text is null)
        {
            return string.Empty;
        }

        var line = text.Lines.GetLineFromPosition(token.SpanStart);
        var lineText = line.ToString();
        var length = 0;
        while (length < lineText.Length && (lineText[length] == ' ' || lineText[length] == '\t'))
        {
            length++;
        }

        return lineText.Substring(0, length);
    }

    private static string DetectEndOfLine(SyntaxNode node)
    {
        foreach (var trivia in node.SyntaxTree.GetRoot().DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }
}

using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

/// <summary>
/// An operation action written as a syntax node action with a text pre-filter, for the rules whose shape does not fit
/// <see cref="AwsOperationRules"/>. A single operation action in the package makes the analyzer driver build the
/// operation tree of every member of every file (binding each one again, AWS or not); a syntax node action asks for
/// the operation only for the nodes that pass <c>candidate</c>, so members with no candidate are never bound for it.
/// </summary>
internal static class SyntaxOperationActions
{
    /// <summary>
    /// Calls <paramref name="handler"/> with the operation of each node of <paramref name="syntaxKinds"/> for which
    /// <paramref name="candidate"/> returns the node to ask the semantic model about (null: not a candidate), when that
    /// operation is of <paramref name="operationKind"/>.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext context,
        Func<SyntaxNode, SyntaxNode?> candidate,
        OperationKind operationKind,
        Action<AwsAnalysisContext> handler,
        params SyntaxKind[] syntaxKinds) =>
        context.RegisterSyntaxNodeAction(
            c =>
            {
                if (candidate(c.Node) is { } target &&
                    Resolve(c.SemanticModel, target, operationKind, c.CancellationToken) is { } operation)
                {
                    handler(new AwsAnalysisContext(c, operation));
                }
            },
            syntaxKinds);

    private static IOperation? Resolve(SemanticModel model, SyntaxNode node, OperationKind kind, System.Threading.CancellationToken cancellationToken)
    {
        if (model.GetOperation(node, cancellationToken) is { } operation && operation.Kind == kind)
        {
            return operation;
        }

        return node.IsKind(SyntaxKind.ComplexElementInitializerExpression) ? FindInEnclosingCreation(model, node, kind, cancellationToken) : null;
    }

    /// <summary>
    /// The implicit operation whose syntax is <paramref name="node"/> (an <c>Add</c> call written as <c>{ key, value }</c>
    /// in a collection initializer is not in the semantic model's map of explicit operations): found in the operation
    /// tree of the object creation around it.
    /// </summary>
    private static IOperation? FindInEnclosingCreation(SemanticModel model, SyntaxNode node, OperationKind kind, System.Threading.CancellationToken cancellationToken)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseObjectCreationExpressionSyntax creation)
            {
                if (model.GetOperation(creation, cancellationToken) is not { } owner)
                {
                    return null;
                }

                foreach (var descendant in owner.Descendants())
                {
                    if (descendant.Syntax == node && descendant.Kind == kind)
                    {
                        return descendant;
                    }
                }

                return null;
            }

            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }
}

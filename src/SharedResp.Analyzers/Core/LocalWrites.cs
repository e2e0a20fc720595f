using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

/// <summary>Flow-insensitive but conservative facts about one local in one operation block.</summary>
internal static class LocalWrites
{
    /// <summary>The root of the operation block (method body, field initializer, top-level statements) that contains <paramref name="operation"/>.</summary>
    public static IOperation Root(IOperation operation)
    {
        var current = operation;
        while (current.Parent is not null)
        {
            current = current.Parent;
        }

        return current;
    }

    /// <summary>
    /// The value of the only write to <paramref name="local"/> in its block: its declaration initializer or one plain
    /// assignment. Null when the local is written more than once, by ref, in a pattern, a foreach, a deconstruction, ...
    /// </summary>
    public static IOperation? FindSingleWrite(IOperation anyOperationInBlock, ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (!IsPlainLocalDeclaration(local, cancellationToken))
        {
            return null;
        }

        IOperation? value = null;
        var writes = 0;
        foreach (var operation in Root(anyOperationInBlock).Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    var initializer = declarator.GetVariableInitializer();
                    if (initializer is not null)
                    {
                        writes++;
                        value = initializer.Value;
                    }

                    break;

                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                    switch (WriteKind(reference))
                    {
                        case LocalWriteKind.Assignment:
                            writes++;
                            value = ((ISimpleAssignmentOperation)reference.Parent!).Value;
                            break;
                        case LocalWriteKind.Other:
                            return null;
                    }

                    break;
            }

            if (writes > 1)
            {
                return null;
            }
        }

        return writes == 1 ? value : null;
    }

    /// <summary>Every read of <paramref name="local"/> in the block (not the writes).</summary>
    public static IEnumerable<ILocalReferenceOperation> Reads(IOperation anyOperationInBlock, ILocalSymbol local)
    {
        foreach (var operation in Root(anyOperationInBlock).Descendants())
        {
            if (operation is ILocalReferenceOperation reference &&
                SymbolEqualityComparer.Default.Equals(reference.Local, local) &&
                WriteKind(reference) == LocalWriteKind.None)
            {
                yield return reference;
            }
        }
    }

    private enum LocalWriteKind
    {
        None,
        Assignment,
        Other,
    }

    private static LocalWriteKind WriteKind(ILocalReferenceOperation reference)
    {
        if (reference.IsDeclaration)
        {
            return LocalWriteKind.Other;
        }

        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return assignment.IsRef ? LocalWriteKind.Other : LocalWriteKind.Assignment;
            case ICompoundAssignmentOperation compound when compound.Target == reference:
            case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
            case IIncrementOrDecrementOperation:
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
            case IDeconstructionAssignmentOperation:
            case ITupleOperation:
                return LocalWriteKind.Other;
            default:
                return LocalWriteKind.None;
        }
    }

    private static bool IsPlainLocalDeclaration(ILocalSymbol local, CancellationToken cancellationToken)
    {
        if (local.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        return local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax
        {
            Parent: VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } },
        };
    }
}

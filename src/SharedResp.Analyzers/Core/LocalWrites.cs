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
        foreach (var operation in Index(anyOperationInBlock).Of(local))
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
        foreach (var operation in Index(anyOperationInBlock).Of(local))
        {
            if (operation is ILocalReferenceOperation reference &&
                SymbolEqualityComparer.Default.Equals(reference.Local, local) &&
                WriteKind(reference) == LocalWriteKind.None)
            {
                yield return reference;
            }
        }
    }

    /// <summary>
    /// The declarators and references of each local of the block, in tree order: built once per operation block (the
    /// analyzers share the semantic model's operation trees; <see cref="OperationBlockCache"/>), so each question about
    /// a local reads only its own operations instead of walking the whole block again.
    /// </summary>
    private static BlockIndex Index(IOperation anyOperationInBlock) => OperationBlockCache.Of(anyOperationInBlock).Locals;

    internal sealed class BlockIndex
    {
        private static readonly List<IOperation> None = new();
        private readonly Dictionary<ILocalSymbol, List<IOperation>> _byLocal = new(SymbolEqualityComparer.Default);

        public BlockIndex(IOperation root)
        {
            foreach (var operation in root.Descendants())
            {
                var local = operation switch
                {
                    IVariableDeclaratorOperation declarator => declarator.Symbol,
                    ILocalReferenceOperation reference => reference.Local,
                    _ => null,
                };

                if (local is not null)
                {
                    if (!_byLocal.TryGetValue(local, out var operations))
                    {
                        operations = new List<IOperation>();
                        _byLocal[local] = operations;
                    }

                    operations.Add(operation);
                }
            }
        }

        /// <summary>The declarators of <paramref name="local"/> and the references to it, in tree order (read only).</summary>
        public List<IOperation> Of(ILocalSymbol local) => _byLocal.TryGetValue(local, out var operations) ? operations : None;
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

using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>
/// A fact about one syntax tree (it has a <c>using</c> alias, it names a CDK aspect, ...), computed once per tree and
/// kept as long as the tree lives. The IDE makes a new compilation on every edit but keeps every tree it did not edit,
/// so a question about "any file of the compilation" reads the facts of the unchanged files from the cache and
/// computes only the edited file's: no walk over every tree per compilation.
/// </summary>
internal sealed class PerTreeFact
{
    private readonly ConditionalWeakTable<SyntaxTree, object> _facts = new();
    private readonly Func<SyntaxTree, CancellationToken, bool> _compute;

    public PerTreeFact(Func<SyntaxTree, CancellationToken, bool> compute) => _compute = compute;

    private static readonly object True = true;
    private static readonly object False = false;

    public bool Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (_facts.TryGetValue(tree, out var known))
        {
            return known == True;
        }

        var value = _compute(tree, cancellationToken) ? True : False;
        return _facts.GetValue(tree, _ => value) == True;
    }

    public bool OfAny(Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (Of(tree, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}

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
    private readonly ConditionalWeakTable<Compilation, object> _anyFacts = new();
    private readonly Func<SyntaxTree, CancellationToken, bool> _compute;

    public PerTreeFact(Func<SyntaxTree, CancellationToken, bool> compute) => _compute = compute;

    private static readonly object True = true;
    private static readonly object False = false;

    // The last answer on this thread: the driver analyzes a tree's members one after the other on one thread, and a
    // rule may ask about the same tree for every candidate in it (the table lookup was 11% of the catalog's time).
    // Holds one tree per thread, never a compilation.
    [ThreadStatic]
    private static PerTreeFact? _lastFact;
    [ThreadStatic]
    private static SyntaxTree? _lastTree;
    [ThreadStatic]
    private static bool _lastValue;

    public bool Of(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (ReferenceEquals(_lastFact, this) && ReferenceEquals(_lastTree, tree))
        {
            return _lastValue;
        }

        if (!_facts.TryGetValue(tree, out var known))
        {
            var value = _compute(tree, cancellationToken) ? True : False;
            known = _facts.GetValue(tree, _ => value);
        }

        _lastFact = this;
        _lastTree = tree;
        _lastValue = known == True;
        return _lastValue;
    }

    /// <summary>Whether the fact holds for any tree of <paramref name="compilation"/>: the trees are read once per compilation, however often a rule asks.</summary>
    public bool OfAny(Compilation compilation, CancellationToken cancellationToken)
    {
        if (_anyFacts.TryGetValue(compilation, out var known))
        {
            return known == True;
        }

        var value = AnyTree(compilation, cancellationToken) ? True : False;
        return _anyFacts.GetValue(compilation, _ => value) == True;
    }

    private bool AnyTree(Compilation compilation, CancellationToken cancellationToken)
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

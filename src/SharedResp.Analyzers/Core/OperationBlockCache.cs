using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

/// <summary>
/// What the engine learns about one operation block (method body, field initializer, top-level statements) and shares
/// between every rule that asks: the index of its locals (<see cref="LocalWrites"/>) and the configuration of each object
/// created in it (<see cref="ObjectConfiguration"/>). One table entry per block, kept as long as the block's operation
/// tree lives (the semantic model's), instead of one per creation (a weak-table entry costs a GC handle).
/// </summary>
internal sealed class OperationBlockCache
{
    private static readonly ConditionalWeakTable<IOperation, OperationBlockCache> Blocks = new();

    private readonly IOperation _root;
    private readonly Dictionary<IObjectCreationOperation, ObjectConfiguration> _configurations = new();
    private LocalWrites.BlockIndex? _locals;

    private OperationBlockCache(IOperation root) => _root = root;

    /// <summary>The cache of the block that contains <paramref name="anyOperationInBlock"/>.</summary>
    public static OperationBlockCache Of(IOperation anyOperationInBlock) =>
        Blocks.GetValue(LocalWrites.Root(anyOperationInBlock), static root => new OperationBlockCache(root));

    /// <summary>The declarators and references of each local of the block, indexed on first use.</summary>
    public LocalWrites.BlockIndex Locals
    {
        get
        {
            var locals = Volatile.Read(ref _locals);
            if (locals is null)
            {
                locals = new LocalWrites.BlockIndex(_root);
                locals = Interlocked.CompareExchange(ref _locals, locals, null) ?? locals;
            }

            return locals;
        }
    }

    /// <summary>The configuration of <paramref name="creation"/> (an object created in this block), read on first use.</summary>
    public ObjectConfiguration Configuration(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        lock (_configurations)
        {
            if (_configurations.TryGetValue(creation, out var known))
            {
                return known;
            }
        }

        // Read outside the lock: reading may ask about other creations of the block (a props object in a local).
        var read = ObjectConfiguration.ReadUncached(creation, cancellationToken);
        lock (_configurations)
        {
            if (_configurations.TryGetValue(creation, out var known))
            {
                return known;
            }

            _configurations.Add(creation, read);
            return read;
        }
    }
}

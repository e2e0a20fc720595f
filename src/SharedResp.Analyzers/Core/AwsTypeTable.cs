using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>
/// The AWS types the rules ask for, resolved once per set of referenced AWS assemblies. Roslyn shares the symbols of
/// unchanged metadata references between the compilations of one project (the IDE makes a new compilation on every
/// edit), so the table built for the first compilation serves the next ones; <c>Compilation.GetTypeByMetadataName</c>
/// would search every reference again, per compilation, per name. A type is looked up in the AWS assemblies only
/// (<c>AWSSDK.*</c>, <c>Amazon.*</c>, <c>Constructs</c>), in reference order: the first that defines it wins.
/// </summary>
internal sealed class AwsTypeTable
{
    public static readonly AwsTypeTable Empty = new(ImmutableArray<IAssemblySymbol>.Empty);

    // Keyed by the first AWS assembly symbol; the holder keeps the latest table built with it.
    private static readonly ConditionalWeakTable<IAssemblySymbol, Holder> Tables = new();

    private readonly ImmutableArray<IAssemblySymbol> _assemblies;
    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new(StringComparer.Ordinal);
    private readonly Func<string, INamedTypeSymbol?> _resolve;

    private AwsTypeTable(ImmutableArray<IAssemblySymbol> assemblies)
    {
        _assemblies = assemblies;
        _resolve = Resolve;
    }

    /// <summary>True for the metadata names this table answers (every AWS type's namespace starts with <c>Amazon.</c>).</summary>
    public static bool IsAwsName(string metadataName) => metadataName.StartsWith("Amazon.", StringComparison.Ordinal);

    public static bool IsAwsAssembly(string? name) =>
        name is not null &&
        (name.StartsWith("AWSSDK.", StringComparison.Ordinal) || name.StartsWith("Amazon.", StringComparison.Ordinal) ||
         string.Equals(name, "Constructs", StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="type"/> is the AWS type <paramref name="metadataName"/> (<c>Amazon.CDK.AWS.S3.Bucket</c>,
    /// <c>Outer+Nested</c>, <c>Generic`1</c>), declared in an AWS assembly: the same answer as comparing it with
    /// <see cref="Get"/>'s symbol, from the names alone. The engine matches its declarations this way, so declaring a rule
    /// resolves no type and loads no type's members: that happens for the types a compilation's code actually uses, when
    /// a candidate first shows one.
    /// </summary>
    public static bool Is(INamedTypeSymbol? type, string metadataName)
    {
        if (type is null)
        {
            return false;
        }

        var end = metadataName.Length;
        for (var current = type; ; current = current.ContainingType)
        {
            if (!EndsWith(metadataName, ref end, current.MetadataName))
            {
                return false;
            }

            if (current.ContainingType is null)
            {
                break;
            }

            if (end == 0 || metadataName[--end] != '+')
            {
                return false;
            }
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (end == 0 || metadataName[--end] != '.' || !EndsWith(metadataName, ref end, ns.Name))
            {
                return false;
            }
        }

        // The names first (most candidates differ in their last one), the assembly last.
        return end == 0 && IsAwsAssembly(type.ContainingAssembly?.Name);
    }

    /// <summary>The name a type with this metadata name is written with in code: <c>Bucket</c> for <c>Amazon.CDK.AWS.S3.Bucket</c>, <c>List</c> for <c>List`1</c>.</summary>
    public static string SimpleName(string metadataName)
    {
        var start = Math.Max(metadataName.LastIndexOf('.'), metadataName.LastIndexOf('+')) + 1;
        var tick = metadataName.IndexOf('`', start);
        return tick < 0 ? metadataName.Substring(start) : metadataName.Substring(start, tick - start);
    }

    private static bool EndsWith(string text, ref int end, string part)
    {
        var start = end - part.Length;
        if (start < 0 || string.CompareOrdinal(text, start, part, 0, part.Length) != 0)
        {
            return false;
        }

        end = start;
        return true;
    }

    public static AwsTypeTable For(Compilation compilation)
    {
        var builder = ImmutableArray.CreateBuilder<IAssemblySymbol>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (IsAwsAssembly(assembly.Name))
            {
                builder.Add(assembly);
            }
        }

        if (builder.Count == 0)
        {
            return Empty;
        }

        var assemblies = builder.ToImmutable();
        var holder = Tables.GetValue(assemblies[0], static _ => new Holder());
        var table = holder.Latest;
        if (table is null || !table.HasAssemblies(assemblies))
        {
            table = new AwsTypeTable(assemblies);
            holder.Latest = table;
        }

        return table;
    }

    public INamedTypeSymbol? Get(string metadataName) => _types.GetOrAdd(metadataName, _resolve);

    private bool HasAssemblies(ImmutableArray<IAssemblySymbol> assemblies)
    {
        if (assemblies.Length != _assemblies.Length)
        {
            return false;
        }

        for (var i = 0; i < assemblies.Length; i++)
        {
            if (!ReferenceEquals(assemblies[i], _assemblies[i]))
            {
                return false;
            }
        }

        return true;
    }

    private INamedTypeSymbol? Resolve(string metadataName)
    {
        foreach (var assembly in _assemblies)
        {
            if (assembly.GetTypeByMetadataName(metadataName) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    private sealed class Holder
    {
        private AwsTypeTable? _latest;

        public AwsTypeTable? Latest
        {
            get => System.Threading.Volatile.Read(ref _latest);
            set => System.Threading.Volatile.Write(ref _latest, value);
        }
    }
}

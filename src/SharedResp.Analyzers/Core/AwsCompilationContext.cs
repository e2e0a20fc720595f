using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SharedResp.Analyzers;

/// <summary>
/// What one compilation knows about AWS: whether it references the AWS SDK for .NET and/or the AWS CDK,
/// the SDK's major version, and a cache of the AWS type symbols the rules ask for.
/// One instance per compilation, shared by every SharedResp analyzer.
/// </summary>
internal sealed class AwsCompilationContext
{
    private static readonly ConditionalWeakTable<Compilation, AwsCompilationContext> Cache = new();
    private static readonly ConditionalWeakTable<Compilation, AwsCompilationContext>.CreateValueCallback Factory = c => new AwsCompilationContext(c);

    private readonly ConcurrentDictionary<string, INamedTypeSymbol?> _types = new(StringComparer.Ordinal);
    private int _globalAliases; // 0: not looked yet, 1: none, 2: some (written once, from any thread; the value is the same)
    private AwsTypeTable? _awsTypes; // built on the first AWS type asked for
    private readonly HashSet<string>? _awsAssemblies;
    private readonly Func<string, INamedTypeSymbol?> _resolveInCompilation;

    private AwsCompilationContext(Compilation compilation)
    {
        Compilation = compilation;
        _awsAssemblies = AwsReferenceNames(compilation);
        HasSdk = References("AWSSDK.Core");
        HasCdk = References("Amazon.CDK.Lib");
        _resolveInCompilation = ResolveInCompilation;
    }

    /// <summary>
    /// The names of the AWS assemblies the compilation references, read from the references themselves (a file's name,
    /// a project reference's assembly name) so that compilation start does not bind the references: the compiler does
    /// that for its own binding, and whoever asks first pays for it (60 ms of a cold csc on a 1,000-file CDK project,
    /// docs/performance.md). A reference without a file name (an in-memory image) makes it ask the compiler instead;
    /// a script's <c>#r</c> references are not looked at.
    /// </summary>
    private static HashSet<string>? AwsReferenceNames(Compilation compilation)
    {
        HashSet<string>? names = null;
        // ExternalReferences, not References: References adds the #r references of scripts, which binds them all.
        foreach (var reference in compilation.ExternalReferences)
        {
            var name = reference switch
            {
                PortableExecutableReference { FilePath: { Length: > 0 } path } => Path.GetFileNameWithoutExtension(path),
                CompilationReference { Compilation: var referenced } => referenced.AssemblyName,
                _ => null,
            };

            if (name is null)
            {
                return BoundAwsReferenceNames(compilation);
            }

            AddIfAws(ref names, name);
        }

        return names;
    }

    private static HashSet<string>? BoundAwsReferenceNames(Compilation compilation)
    {
        HashSet<string>? names = null;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            AddIfAws(ref names, assembly.Name);
        }

        return names;
    }

    private static void AddIfAws(ref HashSet<string>? names, string assemblyName)
    {
        if (AwsTypeTable.IsAwsAssembly(assemblyName))
        {
            (names ??= new HashSet<string>(StringComparer.Ordinal)).Add(assemblyName);
        }
    }

    private AwsTypeTable AwsTypes
    {
        get
        {
            var table = Volatile.Read(ref _awsTypes);
            if (table is null)
            {
                table = HasAws ? AwsTypeTable.For(Compilation) : AwsTypeTable.Empty;
                Volatile.Write(ref _awsTypes, table);
            }

            return table;
        }
    }

    public static AwsCompilationContext Get(Compilation compilation) => Cache.GetValue(compilation, Factory);

    public Compilation Compilation { get; }

    /// <summary>The compilation references AWSSDK.Core (any service package brings it).</summary>
    public bool HasSdk { get; }

    /// <summary>The compilation references Amazon.CDK.Lib (CDK v2).</summary>
    public bool HasCdk { get; }

    /// <summary>3 or 4 when <see cref="HasSdk"/>; 0 otherwise (binds the references: for tests and tools, not for rules).</summary>
    public int SdkMajorVersion
    {
        get
        {
            foreach (var assembly in Compilation.ReferencedAssemblyNames)
            {
                if (string.Equals(assembly.Name, "AWSSDK.Core", StringComparison.Ordinal))
                {
                    return assembly.Version.Major;
                }
            }

            return 0;
        }
    }

    /// <summary>The compilation references the AWS assembly <paramref name="assemblyName"/> (<c>AWSSDK.SQS</c>).</summary>
    public bool References(string assemblyName) => _awsAssemblies?.Contains(assemblyName) == true;

    public bool HasAws => HasSdk || HasCdk;

    /// <summary>
    /// A <c>using X = ...;</c> alias in <paramref name="tree"/>, or a <c>global using X = ...;</c> in any file: a type may
    /// then be written under another name in that file, so syntax pre-filters that match type names must let every
    /// creation through. Each file is looked at once in its life (<see cref="PerTreeFact"/>), not once per compilation.
    /// </summary>
    public bool HasUsingAliases(SyntaxTree tree)
    {
        if (LocalAliases.Of(tree, CancellationToken.None))
        {
            return true;
        }

        var known = Volatile.Read(ref _globalAliases);
        if (known == 0)
        {
            known = GlobalAliases.OfAny(Compilation, CancellationToken.None) ? 2 : 1;
            Volatile.Write(ref _globalAliases, known);
        }

        return known == 2;
    }

    private static readonly PerTreeFact LocalAliases = new((tree, ct) => tree.GetRoot(ct) is CompilationUnitSyntax unit && HasAlias(unit.Usings, unit.Members, globalOnly: false));

    private static readonly PerTreeFact GlobalAliases = new((tree, ct) => tree.GetRoot(ct) is CompilationUnitSyntax unit && HasAlias(unit.Usings, default, globalOnly: true));

    private static bool HasAlias(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, bool globalOnly)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is not null && (!globalOnly || directive.GlobalKeyword.RawKind != 0))
            {
                return true;
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns && HasAlias(ns.Usings, ns.Members, globalOnly))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Resolves a type by metadata name. AWS types (<c>Amazon.*</c>) are looked up in the referenced AWS assemblies only,
    /// once per set of them (<see cref="AwsTypeTable"/>): the one from an AWS assembly wins over a user's copy, and a
    /// type of several AWS assemblies resolves to the first in reference order. Other types (Newtonsoft.Json) are
    /// resolved once per compilation and tolerate a type defined in several references (the first wins).
    /// </summary>
    public INamedTypeSymbol? GetType(string metadataName) =>
        AwsTypeTable.IsAwsName(metadataName) ? AwsTypes.Get(metadataName) : _types.GetOrAdd(metadataName, _resolveInCompilation);

    private INamedTypeSymbol? ResolveInCompilation(string metadataName)
    {
        var single = Compilation.GetTypeByMetadataName(metadataName);
        if (single is not null)
        {
            return single;
        }

        // Ambiguous (or absent): pick a deterministic candidate instead of giving up.
        INamedTypeSymbol? first = null;
        foreach (var candidate in Compilation.GetTypesByMetadataName(metadataName))
        {
            var assemblyName = candidate.ContainingAssembly?.Name;
            if (assemblyName is not null &&
                (assemblyName.StartsWith("AWSSDK.", StringComparison.Ordinal) || assemblyName.StartsWith("Amazon.CDK", StringComparison.Ordinal)))
            {
                return candidate;
            }

            first ??= candidate;
        }

        return first;
    }
}

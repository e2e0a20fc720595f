using System;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
    private int _usingAliases; // 0: not looked yet, 1: none, 2: some (written once, from any thread; the value is the same)

    private AwsCompilationContext(Compilation compilation)
    {
        Compilation = compilation;
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (string.Equals(assembly.Name, "AWSSDK.Core", StringComparison.Ordinal))
            {
                HasSdk = true;
                SdkMajorVersion = assembly.Version.Major;
            }
            else if (string.Equals(assembly.Name, "Amazon.CDK.Lib", StringComparison.Ordinal))
            {
                HasCdk = true;
            }
        }
    }

    public static AwsCompilationContext Get(Compilation compilation) => Cache.GetValue(compilation, Factory);

    public Compilation Compilation { get; }

    /// <summary>The compilation references AWSSDK.Core (any service package brings it).</summary>
    public bool HasSdk { get; }

    /// <summary>The compilation references Amazon.CDK.Lib (CDK v2).</summary>
    public bool HasCdk { get; }

    /// <summary>3 or 4 when <see cref="HasSdk"/>; 0 otherwise.</summary>
    public int SdkMajorVersion { get; }

    public bool HasAws => HasSdk || HasCdk;

    /// <summary>
    /// A <c>using X = ...;</c> alias anywhere in the compilation: a type may then be written under another name, so
    /// syntax pre-filters that match type names must let every creation through. Looked up once per compilation.
    /// </summary>
    public bool HasUsingAliases
    {
        get
        {
            var known = System.Threading.Volatile.Read(ref _usingAliases);
            if (known != 0)
            {
                return known == 2;
            }

            var found = false;
            foreach (var tree in Compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax unit && HasAlias(unit.Usings, unit.Members))
                {
                    found = true;
                    break;
                }
            }

            System.Threading.Volatile.Write(ref _usingAliases, found ? 2 : 1);
            return found;
        }
    }

    private static bool HasAlias(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is not null)
            {
                return true;
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns && HasAlias(ns.Usings, ns.Members))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Resolves a type by metadata name once per compilation. Tolerates a type defined in several references
    /// (e.g. a user's copy beside the real package): the one from an AWS assembly wins, then the first.
    /// </summary>
    public INamedTypeSymbol? GetType(string metadataName) => _types.GetOrAdd(metadataName, Resolve);

    /// <summary>The property <paramref name="propertyName"/> declared on the type <paramref name="typeMetadataName"/>, when the compilation has both.</summary>
    public IPropertySymbol? GetProperty(string typeMetadataName, string propertyName)
    {
        if (GetType(typeMetadataName) is { } type)
        {
            foreach (var member in type.GetMembers(propertyName))
            {
                if (member is IPropertySymbol property)
                {
                    return property;
                }
            }
        }

        return null;
    }

    private INamedTypeSymbol? Resolve(string metadataName)
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

using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers;

/// <summary>
/// The global exclusions, applied once for every rule where diagnostics are reported (<see cref="AwsAnalysisContext"/>):
/// <c>sharedresp.excluded_paths</c> (<see cref="Options.ExcludedPaths"/>) against the file's path and
/// <c>sharedresp.excluded_symbol_names</c> (<see cref="Options.ExcludedSymbolNames"/>) against the member, its
/// containing types and namespaces.
/// </summary>
internal static class Exclusions
{
    /// <summary>True when a finding in <paramref name="tree"/>, inside <paramref name="containingSymbol"/>, must not be reported.</summary>
    public static bool IsExcluded(AnalyzerOptions options, SyntaxTree? tree, ISymbol? containingSymbol)
    {
        if (tree is null)
        {
            return false;
        }

        var config = options.AnalyzerConfigOptionsProvider.GetOptions(tree);
        if (OptionParsers.MatchesAny(Options.ExcludedPaths.Get(config), tree.FilePath))
        {
            return true;
        }

        var names = Options.ExcludedSymbolNames.Get(config);
        return !names.IsDefaultOrEmpty && IsExcludedSymbol(containingSymbol, names);
    }

    /// <summary>True when the symbol, a symbol containing it (type, namespace), or the property or event an accessor belongs to, is named by a pattern.</summary>
    internal static bool IsExcludedSymbol(ISymbol? symbol, ImmutableArray<string> patterns)
    {
        for (var current = symbol; current is not null; current = current.ContainingSymbol)
        {
            if (current is INamespaceSymbol { IsGlobalNamespace: true } || current is IModuleSymbol or IAssemblySymbol)
            {
                break;
            }

            // Lambdas and local functions are not addressable by name: their member decides.
            if (current is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                continue;
            }

            if (Matches(current, patterns) || (current is IMethodSymbol { AssociatedSymbol: { } associated } && Matches(associated, patterns)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name patterns match against: <c>Namespace.Type.Nested.Member</c>; a constructor is named as its type, as C#
    /// declares it (<c>Namespace.Type.Type</c>: <c>#ctor</c> cannot be written, <c>#</c> starts an .editorconfig comment).
    /// </summary>
    internal static string FullName(ISymbol symbol)
    {
        var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } constructor
            ? constructor.ContainingType.Name
            : symbol.Name;
        var parent = symbol.ContainingSymbol;
        return parent is null or INamespaceSymbol { IsGlobalNamespace: true } or IModuleSymbol or IAssemblySymbol ? name : FullName(parent) + "." + name;
    }

    private static bool Matches(ISymbol symbol, ImmutableArray<string> patterns)
    {
        string? fullName = null;
        foreach (var pattern in patterns)
        {
            if (pattern == "*")
            {
                return true;
            }

            var prefix = pattern.EndsWith("*", StringComparison.Ordinal);
            var text = prefix ? pattern.Substring(0, pattern.Length - 1) : pattern;
            if (text.IndexOf('.') < 0 && !prefix)
            {
                // A simple name: any type, member or namespace of that name.
                if (string.Equals(symbol.Name, text, StringComparison.Ordinal))
                {
                    return true;
                }

                continue;
            }

            fullName ??= FullName(symbol);
            if (prefix ? fullName.StartsWith(text, StringComparison.Ordinal) : string.Equals(fullName, text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SharedResp.Analyzers.Services;

/// <summary>One place the code uses an AWS service: an SDK client or request created, a client method called, a CDK construct created.</summary>
internal readonly struct ServiceUse
{
    public ServiceUse(AwsService service, Location location)
    {
        Service = service;
        Location = location;
    }

    public AwsService Service { get; }

    public Location Location { get; }

    /// <summary>
    /// The order that decides a service's "first use" (SR9001, <c>sharedresp map</c>): the file path (ordinal), then
    /// the position in the file (an outer node before the inner one that starts at the same place).
    /// </summary>
    public static int CompareSourceOrder(Location a, Location b)
    {
        var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
        if (byPath != 0)
        {
            return byPath;
        }

        var byStart = a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
        return byStart != 0 ? byStart : b.SourceSpan.End.CompareTo(a.SourceSpan.End);
    }
}

/// <summary>
/// Which AWS services a compilation uses, by symbol: a service is used where the code creates an object of one of its
/// SDK or CDK types (<c>new AmazonS3Client()</c>, <c>new PutObjectRequest()</c>, <c>new Bucket(...)</c>, target-typed
/// <c>new()</c>) or calls a method of one (<c>s3.PutObjectAsync(...)</c>, <c>Bucket.FromBucketName(...)</c>,
/// <c>Peer.AnyIpv4()</c>). Package references, <c>using</c> directives, type names in strings or <c>nameof</c>, and
/// declarations alone are not uses. The types are mapped to services by <see cref="ServiceCatalog"/>.
/// <para>
/// One instance per compilation (<see cref="Get"/>), shared by SR9001 and the CLI. Speed: a creation or call is bound
/// only when its syntax names a type or method that exists in a service namespace (the names are collected once per
/// compilation from the referenced AWS assemblies); the service of each type is computed once.
/// </para>
/// </summary>
internal sealed class ServiceUsage
{
    private static readonly ConditionalWeakTable<Compilation, ServiceUsage> Cache = new();
    private static readonly ConditionalWeakTable<Compilation, ServiceUsage>.CreateValueCallback Factory = c => new ServiceUsage(c);

    /// <summary>
    /// The name sets per set of referenced AWS assemblies (their identities, versions included). Collecting them walks
    /// every type of the AWS namespaces (thousands in Amazon.CDK.Lib), and the IDE makes a new compilation on every edit
    /// with the same references: so it is done once per set of assemblies, not once per compilation.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (HashSet<string> TypeNames, HashSet<string> MemberNames)> NamesByAssemblies = new(StringComparer.Ordinal);

    private const int MaxCachedAssemblySets = 16;

    private readonly Compilation _compilation;
    private readonly ServiceCatalog _catalog;
    private readonly ConcurrentDictionary<INamedTypeSymbol, AwsService?> _serviceByType = new(SymbolEqualityComparer.Default);
    private readonly Lazy<(HashSet<string> TypeNames, HashSet<string> MemberNames)> _names;

    private ServiceUsage(Compilation compilation)
    {
        _compilation = compilation;
        _catalog = ServiceCatalog.Default;
        _names = new Lazy<(HashSet<string>, HashSet<string>)>(NamesOfReferencedAwsAssemblies, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static ServiceUsage Get(Compilation compilation) => Cache.GetValue(compilation, Factory);

    public ServiceCatalog Catalog => _catalog;

    /// <summary>The service <paramref name="node"/> uses when it is an object creation or an invocation of a service's type; null otherwise.</summary>
    public AwsService? ServiceUsedBy(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case ObjectCreationExpressionSyntax creation:
                if (SyntaxFilters.RightmostName(creation.Type) is not { } typeName ||
                    (!_names.Value.TypeNames.Contains(typeName) && !AwsCompilationContext.Get(_compilation).HasUsingAliases(creation.SyntaxTree)))
                {
                    return null;
                }

                return ServiceOfCreation(creation, model, cancellationToken);
            case ImplicitObjectCreationExpressionSyntax implicitCreation:
                return ServiceOfCreation(implicitCreation, model, cancellationToken);
            case InvocationExpressionSyntax invocation:
                var methodName = SyntaxFilters.RightmostName(invocation.Expression);
                if (methodName is null || methodName == "nameof" || !_names.Value.MemberNames.Contains(methodName))
                {
                    return null;
                }

                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
                {
                    return null;
                }

                if (ServiceOf(method.ContainingType) is { } declaring)
                {
                    return declaring;
                }

                // A method inherited from a base outside the service (AmazonServiceClient.Dispose) called on a service's client.
                var receiver = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax memberAccess => memberAccess.Expression,
                    _ => null,
                };
                return receiver is not null && !method.IsStatic && model.GetTypeInfo(receiver, cancellationToken).Type is INamedTypeSymbol receiverType
                    ? ServiceOf(receiverType)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The service of the construct or client a location sits on: the nearest enclosing creation or invocation (from
    /// <paramref name="node"/> up) that uses a service. Null when none does.
    /// </summary>
    public AwsService? ServiceAround(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                // The declaration of a local whose value decides the finding: `var props = new BucketProps { ... }`.
                return current is LocalDeclarationStatementSyntax ? FirstServiceIn(current, model, cancellationToken) : null;
            }

            AwsService? service = current switch
            {
                BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax => ServiceUsedBy(current, model, cancellationToken),
                // `props.PublicReadAccess = true`, `Runtime.PYTHON_3_9`: the service of the member's type.
                AssignmentExpressionSyntax assignment => ServiceOfMember(assignment.Left, model, cancellationToken),
                MemberAccessExpressionSyntax memberAccess => ServiceOfMember(memberAccess, model, cancellationToken),
                _ => null,
            };
            if (service is not null)
            {
                return service;
            }
        }

        return null;
    }

    /// <summary>Every use in the compilation, in source order (<see cref="ServiceUse.CompareSourceOrder"/>: files by path, then position).</summary>
    public List<ServiceUse> FindUses(CancellationToken cancellationToken)
    {
        var uses = new List<ServiceUse>();
        var trees = new List<SyntaxTree>(_compilation.SyntaxTrees);
        trees.Sort(static (a, b) => string.CompareOrdinal(a.FilePath, b.FilePath));
        foreach (var tree in trees)
        {
            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                if (node is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax)
                {
                    model ??= _compilation.GetSemanticModel(tree);
                    if (ServiceUsedBy(node, model, cancellationToken) is { } service)
                    {
                        uses.Add(new ServiceUse(service, node.GetLocation()));
                    }
                }
            }
        }

        return uses;
    }

    /// <summary>The service of a type (or of its outermost containing type), cached per type.</summary>
    public AwsService? ServiceOf(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        return _serviceByType.GetOrAdd(type.OriginalDefinition, t =>
        {
            var outermost = t;
            while (outermost.ContainingType is { } containing)
            {
                outermost = containing;
            }

            var ns = outermost.ContainingNamespace;
            if (ns is null || ns.IsGlobalNamespace)
            {
                return null;
            }

            var namespaceName = ns.ToDisplayString();
            return namespaceName.StartsWith("Amazon.", StringComparison.Ordinal)
                ? _catalog.ServiceOf(namespaceName, outermost.MetadataName)
                : null;
        });
    }

    private AwsService? ServiceOfCreation(BaseObjectCreationExpressionSyntax creation, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(creation, cancellationToken).Symbol is IMethodSymbol constructor ? ServiceOf(constructor.ContainingType) : null;

    private AwsService? ServiceOfMember(ExpressionSyntax member, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetSymbolInfo(member, cancellationToken).Symbol switch
        {
            IPropertySymbol property => ServiceOf(property.ContainingType),
            IFieldSymbol field => ServiceOf(field.ContainingType),
            _ => null,
        };

    private AwsService? FirstServiceIn(SyntaxNode statement, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in statement.DescendantNodesAndSelf())
        {
            if (node is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax &&
                ServiceUsedBy(node, model, cancellationToken) is { } service)
            {
                return service;
            }
        }

        return null;
    }

    /// <summary>The name sets of the AWS assemblies this compilation references (see <see cref="NamesByAssemblies"/>).</summary>
    private (HashSet<string> TypeNames, HashSet<string> MemberNames) NamesOfReferencedAwsAssemblies()
    {
        var assemblies = new List<IAssemblySymbol>();
        foreach (var assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (FindNamespace(assembly.GlobalNamespace, "Amazon") is not null)
            {
                assemblies.Add(assembly);
            }
        }

        var identities = new List<string>(assemblies.Count);
        foreach (var assembly in assemblies)
        {
            identities.Add(assembly.Identity.ToString());
        }

        identities.Sort(StringComparer.Ordinal);
        var key = string.Join("|", identities);
        if (NamesByAssemblies.TryGetValue(key, out var names))
        {
            return names;
        }

        if (NamesByAssemblies.Count >= MaxCachedAssemblySets)
        {
            NamesByAssemblies.Clear();
        }

        return NamesByAssemblies.GetOrAdd(key, _ => CollectNames(_catalog, assemblies));
    }

    /// <summary>The simple names of every type (nested too) and member in the namespaces the catalog names, in <paramref name="assemblies"/>.</summary>
    private static (HashSet<string> TypeNames, HashSet<string> MemberNames) CollectNames(ServiceCatalog catalog, List<IAssemblySymbol> assemblies)
    {
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        var memberNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (prefix, isTypePrefix, _) in catalog.Prefixes)
            {
                var namespaceName = isTypePrefix ? prefix.Substring(0, prefix.LastIndexOf('.')) : prefix;
                if (!visited.Add(namespaceName) || FindNamespace(assembly.GlobalNamespace, namespaceName) is not { } ns)
                {
                    continue;
                }

                Collect(ns, visited);
            }
        }

        return (typeNames, memberNames);

        void CollectNested(INamedTypeSymbol type)
        {
            foreach (var nested in type.GetTypeMembers())
            {
                typeNames.Add(nested.Name);
                foreach (var name in nested.MemberNames)
                {
                    memberNames.Add(name);
                }

                CollectNested(nested);
            }
        }

        void Collect(INamespaceOrTypeSymbol container, HashSet<string> visited)
        {
            foreach (var member in container.GetMembers())
            {
                if (member is INamedTypeSymbol type)
                {
                    typeNames.Add(type.Name);
                    foreach (var name in type.MemberNames)
                    {
                        memberNames.Add(name);
                    }

                    CollectNested(type);
                }
                else if (member is INamespaceSymbol nested && !visited.Contains(nested.ToDisplayString()))
                {
                    Collect(nested, visited);
                }
            }
        }
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol root, string name)
    {
        INamespaceSymbol? current = root;
        foreach (var part in name.Split('.'))
        {
            INamespaceSymbol? next = null;
            foreach (var member in current!.GetNamespaceMembers())
            {
                if (member.Name == part)
                {
                    next = member;
                    break;
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }
}

using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

internal delegate void PropertyAssignmentHandler(in PropertyAssignmentContext context);

internal delegate void CreationHandler(in CreationContext context);

internal delegate void InvocationHandler(in InvocationContext context);

/// <summary>
/// The one engine every rule is declared on. At compilation start each enabled rule declares, in
/// <see cref="SharedRespRule.Declare"/>, what it watches (by type metadata name and member name) and what to do
/// with it. Declaring resolves nothing: the declarations are kept by name, and a candidate's symbol is matched against
/// them by its names (<see cref="AwsTypeTable.Is"/>) the first time a candidate shows it, once per symbol (memoised), so
/// a compilation loads only the AWS types and members its code uses, when it uses them, and never a type's members
/// because a rule watches one of them.
/// <para>
/// One pass, shared work: the engine registers one operation action (creations, calls, property assignments) and one
/// syntax node action (attributes, the rules' own syntax hooks) for the whole catalog, for just the kinds some rule
/// watches. Each candidate is first rejected by name (the assigned property's name, the created type's simple name,
/// the called method's name, a rule's own syntax pre-filter) against the names the rules watch, from its syntax, with
/// no symbol work and no allocation. The operations are the members' operation trees the driver builds once for every
/// analyzer that asks for operations (the SDK's CA analyzers do in every build); a candidate is handed to every rule
/// watching it, with its value evaluated once and its <see cref="ObjectConfiguration"/> read once (cached per creation); every
/// policy document is read once and checked by every policy rule (<see cref="OnPolicy"/>).
/// </para>
/// </summary>
internal sealed partial class RuleEngine
{
    private readonly AwsCompilationContext _aws;

    // The declarations, by the name a candidate shows (property name, the property type's simple name, the created
    // type's simple name, the method name), each with the metadata name of the type it is about.
    private readonly Dictionary<string, List<(string Type, PropertyAssignmentHandler Handler)>> _byPropertyName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Type, PropertyAssignmentHandler Handler)>> _byPropertyTypeName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Type, CreationHandler Handler)>> _byCreatedTypeName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Type, InvocationHandler Handler)>> _byMethodName = new(StringComparer.Ordinal);

    // The handlers of each symbol a candidate showed, matched once (a rejected symbol keeps an empty array).
    private readonly ConcurrentDictionary<IPropertySymbol, PropertyAssignmentHandler[]> _propertyHandlers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<INamedTypeSymbol, CreationHandler[]> _creationHandlers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, InvocationHandler[]> _invocationHandlers = new(SymbolEqualityComparer.Default);
    private readonly Func<IPropertySymbol, PropertyAssignmentHandler[]> _matchProperty;
    private readonly Func<INamedTypeSymbol, CreationHandler[]> _matchCreatedType;
    private readonly Func<IMethodSymbol, InvocationHandler[]> _matchMethod;

    // Syntax pre-filter: the simple names a candidate node must mention.
    // Per name, the value (or creation) filters of the rules watching it; a null filter means "always a candidate".
    private readonly Dictionary<string, List<Func<ExpressionSyntax, bool>?>> _candidatePropertyNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Func<BaseObjectCreationExpressionSyntax, bool>?>> _candidateTypeNames = new(StringComparer.Ordinal);
    // Value filters of the rules that watch a property type without naming its properties: every assignment whose value passes one is a candidate.
    private readonly List<Func<ExpressionSyntax, bool>?> _everyAssignmentFilters = new();

    // Rules' own syntax shapes, tree actions, end actions and policy checks.
    private readonly Dictionary<OperationKind, List<OperationHook>> _operationHooks = new();
    private readonly Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>> _syntaxHooks = new();
    private readonly List<Action<SyntaxTreeAnalysisContext>> _treeActions = new();
    private readonly List<Action<CompilationAnalysisContext>> _endActions = new();
    private readonly List<Iam.PolicyCheck> _policyChecks = new();

    public RuleEngine(AwsCompilationContext aws)
    {
        _aws = aws;
        _matchProperty = MatchProperty;
        _matchCreatedType = MatchCreatedType;
        _matchMethod = MatchMethod;
    }

    public AwsCompilationContext Aws => _aws;

    /// <summary>
    /// Calls <paramref name="handler"/> for every assignment to <c>Type.Property</c> (object initializers, target-typed
    /// <c>new()</c>, later statements). <paramref name="valueMayMatch"/>, when given, is a cheap test on the assigned
    /// expression's syntax that returns false for values the rule certainly ignores (see <see cref="SyntaxFilters"/>):
    /// those assignments get no semantic work at all.
    /// </summary>
    public void OnPropertyAssigned(string typeMetadataName, string propertyName, PropertyAssignmentHandler handler, Func<ExpressionSyntax, bool>? valueMayMatch = null)
    {
        Add(_byPropertyName, propertyName, (typeMetadataName, handler));
        Add(_candidatePropertyNames, propertyName, valueMayMatch);
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for every assignment to any property whose type (or <c>Nullable&lt;type&gt;</c>)
    /// is <paramref name="typeMetadataName"/>. <paramref name="propertyNames"/> are the names such properties have in
    /// the AWS packages (e.g. <c>CannedACL</c>, <c>ACL</c>): they let the syntax pre-filter skip every other
    /// assignment. Without names, every simple assignment of the compilation whose value passes
    /// <paramref name="valueMayMatch"/> gets semantic work: give names, or at least a value filter.
    /// </summary>
    public void OnPropertyOfTypeAssigned(string typeMetadataName, PropertyAssignmentHandler handler, params string[] propertyNames) =>
        OnPropertyOfTypeAssigned(typeMetadataName, handler, null, propertyNames);

    /// <inheritdoc cref="OnPropertyOfTypeAssigned(string, PropertyAssignmentHandler, string[])"/>
    /// <param name="valueMayMatch">A cheap syntax test, as for <see cref="OnPropertyAssigned"/>.</param>
    public void OnPropertyOfTypeAssigned(string typeMetadataName, PropertyAssignmentHandler handler, Func<ExpressionSyntax, bool>? valueMayMatch, params string[] propertyNames)
    {
        Add(_byPropertyTypeName, AwsTypeTable.SimpleName(typeMetadataName), (typeMetadataName, handler));
        if (propertyNames.Length == 0)
        {
            _everyAssignmentFilters.Add(valueMayMatch);
        }

        foreach (var name in propertyNames)
        {
            Add(_candidatePropertyNames, name, valueMayMatch);
        }
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for every <c>new Type(...)</c> (also target-typed). <paramref name="mayMatch"/>,
    /// when given, returns false for creations the rule certainly ignores, from their syntax alone.
    /// </summary>
    public void OnCreated(string typeMetadataName, CreationHandler handler, Func<BaseObjectCreationExpressionSyntax, bool>? mayMatch = null)
    {
        var name = AwsTypeTable.SimpleName(typeMetadataName);
        Add(_byCreatedTypeName, name, (typeMetadataName, handler));
        Add(_candidateTypeNames, name, mayMatch);
    }

    /// <summary>Calls <paramref name="handler"/> for every call of a method named <paramref name="methodName"/> declared on the type, a type derived from it, or a type implementing it.</summary>
    public void OnInvoked(string typeMetadataName, string methodName, InvocationHandler handler) =>
        Add(_byMethodName, methodName, (typeMetadataName, handler));

    /// <summary>
    /// Calls <paramref name="handler"/> for every call of the SDK operation <paramref name="operation"/> on the client
    /// interface <paramref name="clientType"/> (or a client implementing it), in both its forms: <c>Operation</c> (the
    /// v3 synchronous method) and <c>OperationAsync</c>, whatever overload (request object or convenience arguments).
    /// </summary>
    public void OnSdkOperation(string clientType, string operation, InvocationHandler handler)
    {
        OnInvoked(clientType, operation, handler);
        OnInvoked(clientType, operation + "Async", handler);
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for every operation of <paramref name="operationKind"/> (a call, a creation, a
    /// property or element assignment) whose syntax passes <paramref name="syntaxMayMatch"/> (a cheap test on the
    /// node alone: false rejects it before any symbol is looked at) and whose symbol passes
    /// <paramref name="symbolMayMatch"/>, when given (the constructor of a creation, the method of a call, the member an
    /// assignment writes; an operation without one, in broken code, is passed on). For the shapes the other
    /// declarations do not express: a call by name pattern, a collection element, an indexer write. The operations are
    /// the ones written in the code, plus the implicit <c>Add</c> call of a <c>{ key, value }</c> collection element.
    /// </summary>
    public void OnOperation(OperationKind operationKind, Func<SyntaxNode, bool> syntaxMayMatch, Func<ISymbol, bool>? symbolMayMatch, Action<AwsAnalysisContext> handler) =>
        Add(_operationHooks, operationKind, new OperationHook(syntaxMayMatch, symbolMayMatch, handler));

    /// <summary>
    /// Calls <paramref name="action"/> for every node of <paramref name="syntaxKinds"/>, in the engine's one pass. For
    /// rules that are not about AWS constructs (SR9001's service uses); the action must reject a node cheaply first.
    /// </summary>
    public void OnSyntaxNode(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] syntaxKinds)
    {
        foreach (var kind in syntaxKinds)
        {
            Add(_syntaxHooks, kind, action);
        }
    }

    /// <summary>Calls <paramref name="action"/> once per syntax tree (SR0001 reads each file's options).</summary>
    public void OnSyntaxTree(Action<SyntaxTreeAnalysisContext> action) => _treeActions.Add(action);

    /// <summary>Calls <paramref name="action"/> at the end of the compilation's analysis (SR9001's notes).</summary>
    public void OnCompilationEnd(Action<CompilationAnalysisContext> action) => _endActions.Add(action);

    /// <summary>
    /// Calls <paramref name="check"/> for every policy document read from any of the shapes policies are written in
    /// (<see cref="Iam.PolicyAnalysis"/>): each document is read once and handed to every policy rule.
    /// </summary>
    public void OnPolicy(Iam.PolicyCheck check) => _policyChecks.Add(check);

    /// <summary>Registers the one operation action and the one syntax node action (and the tree and end actions) that serve every declaration.</summary>
    public void Register(CompilationStartAnalysisContext context)
    {
        if (_policyChecks.Count > 0)
        {
            var checks = _policyChecks.ToArray();
            _policyChecks.Clear();
            Iam.PolicyAnalysis.Declare(this, (Iam.PolicyDocumentModel document, in Iam.PolicyReportContext report) =>
            {
                foreach (var check in checks)
                {
                    check(document, in report);
                }
            });
        }

        // Creations, calls and property assignments are dispatched as operations: the driver builds each member's
        // operation tree once for every analyzer that asks for operations (the SDK's own CA analyzers do in every
        // build), so the catalog reuses that tree instead of building it itself from a syntax node action (which runs
        // first, and so paid for the tree that every later analyzer then got for free).
        var operationKinds = new HashSet<OperationKind>(_operationHooks.Keys);
        if (_byPropertyName.Count > 0 || _byPropertyTypeName.Count > 0)
        {
            operationKinds.Add(OperationKind.SimpleAssignment);
        }

        if (_byCreatedTypeName.Count > 0)
        {
            operationKinds.Add(OperationKind.ObjectCreation);
        }

        if (_byMethodName.Count > 0)
        {
            operationKinds.Add(OperationKind.Invocation);
        }

        if (operationKinds.Count > 0)
        {
            var array = new OperationKind[operationKinds.Count];
            operationKinds.CopyTo(array);
            context.RegisterOperationAction(DispatchOperation, array);
        }

        var kinds = new HashSet<SyntaxKind>(_syntaxHooks.Keys);
        if (_byCreatedTypeName.Count > 0 || _byPropertyName.Count > 0)
        {
            // [Attr(Prop = value)] is an object creation with property assignments too, written without `new` or `=`
            // syntax; attributes are outside the members' operation trees.
            kinds.Add(SyntaxKind.Attribute);
        }

        if (kinds.Count > 0)
        {
            var array = new SyntaxKind[kinds.Count];
            kinds.CopyTo(array);
            context.RegisterSyntaxNodeAction(Dispatch, array);
        }

        if (_treeActions.Count > 0)
        {
            var actions = _treeActions.ToArray();
            context.RegisterSyntaxTreeAction(c =>
            {
                foreach (var action in actions)
                {
                    action(c);
                }
            });
        }

        if (_endActions.Count > 0)
        {
            var actions = _endActions.ToArray();
            context.RegisterCompilationEndAction(c =>
            {
                foreach (var action in actions)
                {
                    action(c);
                }
            });
        }
    }

    private void DispatchOperation(OperationAnalysisContext context)
    {
        // Each candidate is rejected by the name its syntax mentions before any symbol is looked at. Implicit
        // operations (a collection initializer's Add, a foreach's GetEnumerator call) are not written by the user.
        var operation = context.Operation;
        if (!operation.IsImplicit)
        {
            switch (operation.Syntax)
            {
                case AssignmentExpressionSyntax assignment when operation.Kind == OperationKind.SimpleAssignment && AssignmentMayMatch(assignment):
                    AnalyzeAssignment(new AwsAnalysisContext(context, operation));
                    break;
                case BaseObjectCreationExpressionSyntax creation when operation.Kind == OperationKind.ObjectCreation && CreationMayMatch(creation):
                    AnalyzeCreation(new AwsAnalysisContext(context, operation));
                    break;
                case InvocationExpressionSyntax invocation when operation.Kind == OperationKind.Invocation && InvocationMayMatch(invocation):
                    AnalyzeInvocation(new AwsAnalysisContext(context, operation));
                    break;
            }
        }

        if (_operationHooks.TryGetValue(operation.Kind, out var hooks) &&
            (!operation.IsImplicit || operation.Syntax.IsKind(SyntaxKind.ComplexElementInitializerExpression)))
        {
            foreach (var hook in hooks)
            {
                hook.Run(context, operation);
            }
        }
    }

    private void Dispatch(SyntaxNodeAnalysisContext context)
    {
        if (context.Node.IsKind(SyntaxKind.Attribute))
        {
            AnalyzeAttributeSyntax(context);
        }

        if (_syntaxHooks.TryGetValue(context.Node.Kind(), out var hooks))
        {
            foreach (var hook in hooks)
            {
                hook(context);
            }
        }
    }

    private void AnalyzeAttributeSyntax(SyntaxNodeAnalysisContext context)
    {
        if (_byCreatedTypeName.Count == 0 && _byPropertyName.Count == 0)
        {
            return;
        }

        var attribute = (AttributeSyntax)context.Node;
        if (SyntaxFilters.RightmostName(attribute.Name) is not { } name)
        {
            return;
        }

        var typeMayMatch = _candidateTypeNames.ContainsKey(name) || _candidateTypeNames.ContainsKey(name + "Attribute") ||
                           _aws.HasUsingAliases(context.Node.SyntaxTree);
        if (!typeMayMatch && !NamesWatchedProperty(attribute))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(attribute, context.CancellationToken) is not IAttributeOperation { Operation: IObjectCreationOperation creation })
        {
            return;
        }

        if (typeMayMatch)
        {
            AnalyzeCreation(ToOperationContext(context, creation));
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment &&
                    _candidatePropertyNames.ContainsKey(target.Property.Name))
                {
                    AnalyzeAssignment(ToOperationContext(context, assignment));
                }
            }
        }
    }

    private bool AssignmentMayMatch(AssignmentExpressionSyntax assignment) =>
        (SyntaxFilters.RightmostName(assignment.Left) is { } name && _candidatePropertyNames.TryGetValue(name, out var filters) && AnyMayMatch(filters, assignment.Right)) ||
        (_everyAssignmentFilters.Count > 0 && AnyMayMatch(_everyAssignmentFilters, assignment.Right));

    private bool CreationMayMatch(BaseObjectCreationExpressionSyntax creation)
    {
        if (creation is ObjectCreationExpressionSyntax { Type: var type })
        {
            return _candidateTypeNames.TryGetValue(SyntaxFilters.RightmostName(type) ?? string.Empty, out var filters)
                ? AnyMayMatch(filters, creation)
                : _aws.HasUsingAliases(creation.SyntaxTree);
        }

        // Target-typed new() initializing a field, property or local declared with a type that no rule watches.
        return !(DeclaredType(creation) is { } declaredType &&
                 !_candidateTypeNames.ContainsKey(SyntaxFilters.RightmostName(declaredType) ?? string.Empty) &&
                 !_aws.HasUsingAliases(creation.SyntaxTree));
    }

    private bool InvocationMayMatch(InvocationExpressionSyntax invocation) =>
        SyntaxFilters.RightmostName(invocation.Expression) is { } name && _byMethodName.ContainsKey(name);

    /// <summary>
    /// The type a target-typed <c>new()</c> creates when it is the initializer of a declaration that names the type
    /// (<c>List&lt;T&gt; items = new();</c>, a field, a property); null elsewhere (an argument, a return, an assignment).
    /// </summary>
    private static TypeSyntax? DeclaredType(BaseObjectCreationExpressionSyntax creation) => creation.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type: { IsVar: false } type } } } => type,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax { Type: var type } } => type,
        _ => null,
    };

    private bool NamesWatchedProperty(AttributeSyntax attribute)
    {
        if (attribute.ArgumentList is { } arguments)
        {
            foreach (var argument in arguments.Arguments)
            {
                if (argument.NameEquals is { } named && _candidatePropertyNames.ContainsKey(named.Name.Identifier.ValueText))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool AnyMayMatch<TSyntax>(List<Func<TSyntax, bool>?> filters, TSyntax syntax)
    {
        foreach (var filter in filters)
        {
            if (filter is null || filter(syntax))
            {
                return true;
            }
        }

        return false;
    }

    private static AwsAnalysisContext ToOperationContext(SyntaxNodeAnalysisContext context, IOperation operation) => new(context, operation);

    private void AnalyzeAssignment(AwsAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || assignment.IsRef || assignment.Value is IInvalidOperation ||
            IsInBrokenCode(assignment.Syntax))
        {
            return;
        }

        var handlers = _propertyHandlers.GetOrAdd(target.Property.OriginalDefinition, _matchProperty);
        if (handlers.Length == 0)
        {
            return;
        }

        var handlerContext = new PropertyAssignmentContext(context, assignment, target.Property, _aws);
        foreach (var handler in handlers)
        {
            handler(in handlerContext);
        }
    }

    private void AnalyzeCreation(AwsAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || _creationHandlers.GetOrAdd(type.OriginalDefinition, _matchCreatedType) is not { Length: > 0 } handlers ||
            IsInBrokenCode(creation.Syntax))
        {
            return;
        }

        var handlerContext = new CreationContext(context, creation, _aws);
        foreach (var handler in handlers)
        {
            handler(in handlerContext);
        }
    }

    /// <summary>
    /// The handlers of the property itself (declared on the property's type, or on the nearest property it overrides
    /// that has some), then those of its type (or <c>Nullable&lt;type&gt;</c>).
    /// </summary>
    private PropertyAssignmentHandler[] MatchProperty(IPropertySymbol property)
    {
        var own = Array.Empty<PropertyAssignmentHandler>();
        for (var current = property; current is not null && own.Length == 0; current = current.OverriddenProperty?.OriginalDefinition)
        {
            var declaringType = current.ContainingType;
            own = Matching(_byPropertyName, current.Name, type => AwsTypeTable.Is(declaringType, type));
        }

        var propertyType = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : property.Type;
        if (propertyType.OriginalDefinition is not INamedTypeSymbol named)
        {
            return own;
        }

        var ofType = Matching(_byPropertyTypeName, named.Name, type => AwsTypeTable.Is(named, type));
        if (ofType.Length == 0)
        {
            return own;
        }

        if (own.Length == 0)
        {
            return ofType;
        }

        var both = new PropertyAssignmentHandler[own.Length + ofType.Length];
        own.CopyTo(both, 0);
        ofType.CopyTo(both, own.Length);
        return both;
    }

    private CreationHandler[] MatchCreatedType(INamedTypeSymbol created) =>
        Matching(_byCreatedTypeName, created.Name, type => AwsTypeTable.Is(created, type));

    private InvocationHandler[] MatchMethod(IMethodSymbol method) =>
        Matching(_byMethodName, method.Name, type => IsOrInheritsFrom(method.ContainingType, type));

    /// <summary>The handlers declared under <paramref name="name"/> whose type <paramref name="matches"/> (once per distinct symbol: the callers memoise).</summary>
    private static THandler[] Matching<THandler>(Dictionary<string, List<(string Type, THandler Handler)>> declarations, string name, Func<string, bool> matches)
    {
        List<THandler>? handlers = null;
        if (declarations.TryGetValue(name, out var declared))
        {
            foreach (var (type, handler) in declared)
            {
                if (matches(type))
                {
                    (handlers ??= new()).Add(handler);
                }
            }
        }

        return handlers?.ToArray() ?? Array.Empty<THandler>();
    }

    private void AnalyzeInvocation(AwsAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (_invocationHandlers.GetOrAdd(invocation.TargetMethod.OriginalDefinition, _matchMethod) is not { Length: > 0 } handlers ||
            IsInBrokenCode(invocation.Syntax))
        {
            return;
        }

        var handlerContext = new InvocationContext(context, invocation, _aws);
        foreach (var handler in handlers)
        {
            handler(in handlerContext);
        }
    }

    /// <summary>
    /// True when the statement (or member, for expression bodies and field initializers) around the node has a
    /// syntax error: the user is still typing it, and nothing is reported until it parses.
    /// </summary>
    internal static bool IsInBrokenCode(SyntaxNode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return current.ContainsDiagnostics;
            }
        }

        return node.ContainsDiagnostics;
    }

    /// <summary>True when <paramref name="candidate"/> is the AWS type <paramref name="typeMetadataName"/>, derives from it, or implements it.</summary>
    internal static bool IsOrInheritsFrom(INamedTypeSymbol? candidate, string typeMetadataName)
    {
        for (var current = candidate; current is not null; current = current.BaseType)
        {
            if (AwsTypeTable.Is(current.OriginalDefinition, typeMetadataName))
            {
                return true;
            }
        }

        if (candidate is not null)
        {
            foreach (var implemented in candidate.AllInterfaces)
            {
                if (AwsTypeTable.Is(implemented.OriginalDefinition, typeMetadataName))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = new List<TValue>();
            map[key] = list;
        }

        list.Add(value);
    }
}

/// <summary>A rule's own operation shape (<see cref="RuleEngine.OnOperation"/>): a syntax test, a symbol test, a handler.</summary>
internal sealed class OperationHook
{
    private readonly Func<SyntaxNode, bool> _syntaxMayMatch;
    private readonly Func<ISymbol, bool>? _symbolMayMatch;
    private readonly Action<AwsAnalysisContext> _handler;

    public OperationHook(Func<SyntaxNode, bool> syntaxMayMatch, Func<ISymbol, bool>? symbolMayMatch, Action<AwsAnalysisContext> handler)
    {
        _syntaxMayMatch = syntaxMayMatch;
        _symbolMayMatch = symbolMayMatch;
        _handler = handler;
    }

    public void Run(OperationAnalysisContext context, IOperation operation)
    {
        if (_syntaxMayMatch(operation.Syntax) &&
            (_symbolMayMatch is null || SymbolOf(operation) is not { } symbol || _symbolMayMatch(symbol)))
        {
            _handler(new AwsAnalysisContext(context, operation));
        }
    }

    private static ISymbol? SymbolOf(IOperation operation) => operation switch
    {
        IObjectCreationOperation creation => creation.Constructor,
        IInvocationOperation invocation => invocation.TargetMethod,
        ISimpleAssignmentOperation { Target: IMemberReferenceOperation target } => target.Member,
        _ => null,
    };
}

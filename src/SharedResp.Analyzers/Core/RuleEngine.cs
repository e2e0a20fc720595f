using System;
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
/// with it; the names are resolved to symbols (<see cref="AwsCompilationContext.GetType"/>, cached per set of referenced
/// AWS assemblies), types the compilation does not have are dropped, and a rule whose types are all absent adds nothing.
/// <para>
/// One pass, shared work: the engine registers one syntax node action for the whole catalog, for just the node kinds
/// some rule watches. Each node is first rejected by name (the assigned property's name, the created type's simple
/// name, the called method's name, a rule's own syntax pre-filter) against the names the rules watch, with no semantic
/// call and no allocation. A candidate is bound once (its <see cref="IOperation"/>) and handed to every rule watching
/// it, with its value evaluated once and its <see cref="ObjectConfiguration"/> read once (cached per creation); every
/// policy document is read once and checked by every policy rule (<see cref="OnPolicy"/>).
/// </para>
/// </summary>
internal sealed partial class RuleEngine
{
    private readonly AwsCompilationContext _aws;
    private readonly Dictionary<IPropertySymbol, List<PropertyAssignmentHandler>> _byProperty = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ITypeSymbol, List<PropertyAssignmentHandler>> _byPropertyType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, List<CreationHandler>> _byCreatedType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, List<(INamedTypeSymbol Type, InvocationHandler Handler)>> _byMethodName = new(StringComparer.Ordinal);

    // Syntax pre-filter: the simple names a candidate node must mention.
    // Per name, the value (or creation) filters of the rules watching it; a null filter means "always a candidate".
    private readonly Dictionary<string, List<Func<ExpressionSyntax, bool>?>> _candidatePropertyNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Func<BaseObjectCreationExpressionSyntax, bool>?>> _candidateTypeNames = new(StringComparer.Ordinal);
    // Value filters of the rules that watch a property type without naming its properties: every assignment whose value passes one is a candidate.
    private readonly List<Func<ExpressionSyntax, bool>?> _everyAssignmentFilters = new();

    // Rules' own syntax shapes, tree actions, end actions and policy checks.
    private readonly Dictionary<SyntaxKind, List<SyntaxHook>> _syntaxHooks = new();
    private readonly List<Action<SyntaxTreeAnalysisContext>> _treeActions = new();
    private readonly List<Action<CompilationAnalysisContext>> _endActions = new();
    private readonly List<Iam.PolicyCheck> _policyChecks = new();

    public RuleEngine(AwsCompilationContext aws) => _aws = aws;

    public AwsCompilationContext Aws => _aws;

    /// <summary>
    /// Calls <paramref name="handler"/> for every assignment to <c>Type.Property</c> (object initializers, target-typed
    /// <c>new()</c>, later statements). <paramref name="valueMayMatch"/>, when given, is a cheap test on the assigned
    /// expression's syntax that returns false for values the rule certainly ignores (see <see cref="SyntaxFilters"/>):
    /// those assignments get no semantic work at all.
    /// </summary>
    public void OnPropertyAssigned(string typeMetadataName, string propertyName, PropertyAssignmentHandler handler, Func<ExpressionSyntax, bool>? valueMayMatch = null)
    {
        var type = _aws.GetType(typeMetadataName);
        if (type is null)
        {
            return;
        }

        foreach (var member in type.GetMembers(propertyName))
        {
            if (member is IPropertySymbol property)
            {
                Add(_byProperty, property.OriginalDefinition, handler);
                Add(_candidatePropertyNames, property.Name, valueMayMatch);
            }
        }
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
        if (_aws.GetType(typeMetadataName) is { } type)
        {
            Add(_byPropertyType, type.OriginalDefinition, handler);
            if (propertyNames.Length == 0)
            {
                _everyAssignmentFilters.Add(valueMayMatch);
            }

            foreach (var name in propertyNames)
            {
                Add(_candidatePropertyNames, name, valueMayMatch);
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for every <c>new Type(...)</c> (also target-typed). <paramref name="mayMatch"/>,
    /// when given, returns false for creations the rule certainly ignores, from their syntax alone.
    /// </summary>
    public void OnCreated(string typeMetadataName, CreationHandler handler, Func<BaseObjectCreationExpressionSyntax, bool>? mayMatch = null)
    {
        if (_aws.GetType(typeMetadataName) is { } type)
        {
            Add(_byCreatedType, type.OriginalDefinition, handler);
            Add(_candidateTypeNames, type.Name, mayMatch);
        }
    }

    /// <summary>Calls <paramref name="handler"/> for every call of a method named <paramref name="methodName"/> declared on the type, a type derived from it, or a type implementing it.</summary>
    public void OnInvoked(string typeMetadataName, string methodName, InvocationHandler handler)
    {
        if (_aws.GetType(typeMetadataName) is { } type)
        {
            Add(_byMethodName, methodName, (type.OriginalDefinition, handler));
        }
    }

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
    /// Calls <paramref name="handler"/> with the operation of each node of <paramref name="syntaxKinds"/> for which
    /// <paramref name="candidate"/> returns the node to ask the semantic model about (null: not a candidate, decided from
    /// syntax alone), when that operation is of <paramref name="operationKind"/>. For the shapes that are not a property
    /// assignment, a creation or a call (a literal's text, a member name, a collection element).
    /// </summary>
    public void OnSyntax(Func<SyntaxNode, SyntaxNode?> candidate, OperationKind operationKind, Action<AwsAnalysisContext> handler, params SyntaxKind[] syntaxKinds) =>
        OnSyntax(candidate, null, operationKind, handler, syntaxKinds);

    /// <inheritdoc cref="OnSyntax(Func{SyntaxNode, SyntaxNode?}, OperationKind, Action{AwsAnalysisContext}, SyntaxKind[])"/>
    /// <param name="symbolMayMatch">
    /// Asked with the candidate's symbol (<c>GetSymbolInfo</c>: the constructor of a creation, the method of a call; each
    /// candidate symbol in ambiguous code) before its operation is built: false for every symbol means no operation.
    /// </param>
    public void OnSyntax(Func<SyntaxNode, SyntaxNode?> candidate, Func<ISymbol, bool>? symbolMayMatch, OperationKind operationKind, Action<AwsAnalysisContext> handler, params SyntaxKind[] syntaxKinds)
    {
        foreach (var kind in syntaxKinds)
        {
            Add(_syntaxHooks, kind, new SyntaxHook(candidate, operationKind, handler, symbolMayMatch: symbolMayMatch));
        }
    }

    /// <summary>
    /// Calls <paramref name="action"/> for every node of <paramref name="syntaxKinds"/>, in the engine's one pass. For
    /// rules that are not about AWS constructs (SR9001's service uses); the action must reject a node cheaply first.
    /// </summary>
    public void OnSyntaxNode(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] syntaxKinds)
    {
        foreach (var kind in syntaxKinds)
        {
            Add(_syntaxHooks, kind, new SyntaxHook(null, default, null, action));
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

    /// <summary>Registers the one syntax node action (and the tree and end actions) that serve every declaration.</summary>
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

        var kinds = new HashSet<SyntaxKind>(_syntaxHooks.Keys);
        if (_byProperty.Count > 0 || _byPropertyType.Count > 0)
        {
            kinds.Add(SyntaxKind.SimpleAssignmentExpression);
        }

        if (_byCreatedType.Count > 0)
        {
            kinds.Add(SyntaxKind.ObjectCreationExpression);
            kinds.Add(SyntaxKind.ImplicitObjectCreationExpression);
        }

        if (_byMethodName.Count > 0)
        {
            kinds.Add(SyntaxKind.InvocationExpression);
        }

        if (_byCreatedType.Count > 0 || _byProperty.Count > 0)
        {
            // [Attr(Prop = value)] is an object creation with property assignments too, written without `new` or `=` syntax.
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

    private void Dispatch(SyntaxNodeAnalysisContext context)
    {
        switch (context.Node.Kind())
        {
            case SyntaxKind.SimpleAssignmentExpression:
                AnalyzeAssignmentSyntax(context);
                break;
            case SyntaxKind.ObjectCreationExpression:
            case SyntaxKind.ImplicitObjectCreationExpression:
                AnalyzeCreationSyntax(context);
                break;
            case SyntaxKind.InvocationExpression:
                AnalyzeInvocationSyntax(context);
                break;
            case SyntaxKind.Attribute:
                AnalyzeAttributeSyntax(context);
                break;
        }

        if (_syntaxHooks.TryGetValue(context.Node.Kind(), out var hooks))
        {
            foreach (var hook in hooks)
            {
                hook.Run(context);
            }
        }
    }

    private void AnalyzeAttributeSyntax(SyntaxNodeAnalysisContext context)
    {
        if (_byCreatedType.Count == 0 && _byProperty.Count == 0)
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

    private void AnalyzeAssignmentSyntax(SyntaxNodeAnalysisContext context)
    {
        if (_byProperty.Count == 0 && _byPropertyType.Count == 0)
        {
            return;
        }

        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (!(SyntaxFilters.RightmostName(assignment.Left) is { } name && _candidatePropertyNames.TryGetValue(name, out var filters) && AnyMayMatch(filters, assignment.Right)) &&
            !(_everyAssignmentFilters.Count > 0 && AnyMayMatch(_everyAssignmentFilters, assignment.Right)))
        {
            return;
        }

        // The symbol first (the bound tree is shared; the member's operation tree is built on the first GetOperation):
        // only an assignment to a watched property is worth an operation.
        if (!MayBeWatched(context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken), this, static (engine, symbol) => symbol is IPropertySymbol property && engine.WatchesProperty(property)))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(assignment, context.CancellationToken) is ISimpleAssignmentOperation operation)
        {
            AnalyzeAssignment(ToOperationContext(context, operation));
        }
    }

    /// <summary>
    /// From the node's symbol alone: could the node be one a rule watches (<paramref name="watched"/>, given
    /// <paramref name="state"/>)? In ambiguous or broken code any candidate symbol the rule watches keeps the node; with
    /// no symbol at all the operation would be invalid or dynamic, which no handler analyzes.
    /// </summary>
    internal static bool MayBeWatched<TState>(SymbolInfo info, TState state, Func<TState, ISymbol, bool> watched)
    {
        if (info.Symbol is { } symbol)
        {
            return watched(state, symbol);
        }

        foreach (var candidate in info.CandidateSymbols)
        {
            if (watched(state, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private void AnalyzeCreationSyntax(SyntaxNodeAnalysisContext context)
    {
        if (_byCreatedType.Count == 0)
        {
            return;
        }

        var creation = (BaseObjectCreationExpressionSyntax)context.Node;
        if (creation is ObjectCreationExpressionSyntax { Type: var type })
        {
            if (_candidateTypeNames.TryGetValue(SyntaxFilters.RightmostName(type) ?? string.Empty, out var filters))
            {
                if (!AnyMayMatch(filters, creation))
                {
                    return;
                }
            }
            else if (!_aws.HasUsingAliases(context.Node.SyntaxTree))
            {
                return;
            }
        }
        else if (DeclaredType(creation) is { } declaredType &&
                 !_candidateTypeNames.ContainsKey(SyntaxFilters.RightmostName(declaredType) ?? string.Empty) &&
                 !_aws.HasUsingAliases(context.Node.SyntaxTree))
        {
            // Target-typed new() initializing a field, property or local declared with a type that no rule watches.
            return;
        }

        if (!MayBeWatched(context.SemanticModel.GetSymbolInfo(creation, context.CancellationToken), this, static (engine, symbol) =>
                symbol is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType: { } type } && engine._byCreatedType.ContainsKey(type.OriginalDefinition)))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IObjectCreationOperation operation)
        {
            AnalyzeCreation(ToOperationContext(context, operation));
        }
    }

    private void AnalyzeInvocationSyntax(SyntaxNodeAnalysisContext context)
    {
        if (_byMethodName.Count == 0)
        {
            return;
        }

        var invocation = (InvocationExpressionSyntax)context.Node;
        if (SyntaxFilters.RightmostName(invocation.Expression) is not { } name || !_byMethodName.ContainsKey(name))
        {
            return;
        }

        if (!MayBeWatched(context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken), this, static (engine, symbol) =>
                symbol is IMethodSymbol method && engine.WatchesMethod(method)))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(invocation, context.CancellationToken) is IInvocationOperation operation)
        {
            AnalyzeInvocation(ToOperationContext(context, operation));
        }
    }

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

        if (!HandlersFor(target.Property, out var handlers, out var typeHandlers))
        {
            return;
        }

        var handlerContext = new PropertyAssignmentContext(context, assignment, target.Property, _aws);
        if (handlers is not null)
        {
            foreach (var handler in handlers)
            {
                handler(in handlerContext);
            }
        }

        if (typeHandlers is not null)
        {
            foreach (var handler in typeHandlers)
            {
                handler(in handlerContext);
            }
        }
    }

    private void AnalyzeCreation(AwsAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type || !_byCreatedType.TryGetValue(type.OriginalDefinition, out var handlers) ||
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

    private bool WatchesProperty(IPropertySymbol property) => HandlersFor(property, out _, out _);

    /// <summary>The handlers of the property itself (or a property it overrides) and of its type (or <c>Nullable&lt;type&gt;</c>).</summary>
    private bool HandlersFor(IPropertySymbol assigned, out List<PropertyAssignmentHandler>? handlers, out List<PropertyAssignmentHandler>? typeHandlers)
    {
        var property = assigned.OriginalDefinition;
        handlers = null;
        for (var current = property; current is not null; current = current.OverriddenProperty?.OriginalDefinition)
        {
            if (_byProperty.TryGetValue(current, out handlers))
            {
                break;
            }
        }

        var propertyType = property.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : property.Type;
        _byPropertyType.TryGetValue(propertyType.OriginalDefinition, out typeHandlers);
        return handlers is not null || typeHandlers is not null;
    }

    private bool WatchesMethod(IMethodSymbol method)
    {
        if (_byMethodName.TryGetValue(method.Name, out var candidates))
        {
            foreach (var (type, _) in candidates)
            {
                if (IsOrInheritsFrom(method.ContainingType, type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AnalyzeInvocation(AwsAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (!_byMethodName.TryGetValue(method.Name, out var candidates) || IsInBrokenCode(invocation.Syntax))
        {
            return;
        }

        var handlerContext = new InvocationContext(context, invocation, _aws);
        foreach (var (type, handler) in candidates)
        {
            if (IsOrInheritsFrom(method.ContainingType, type))
            {
                handler(in handlerContext);
            }
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

    /// <summary>True when <paramref name="candidate"/> is <paramref name="type"/>, derives from it, or (for an interface) implements it.</summary>
    internal static bool IsOrInheritsFrom(INamedTypeSymbol? candidate, INamedTypeSymbol type)
    {
        for (var current = candidate; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, type))
            {
                return true;
            }
        }

        if (type.TypeKind == TypeKind.Interface && candidate is not null)
        {
            foreach (var implemented in candidate.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, type))
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

/// <summary>A rule's own syntax shape: a pre-filter and an operation handler, or a plain node action.</summary>
internal sealed class SyntaxHook
{
    private readonly Func<SyntaxNode, SyntaxNode?>? _candidate;
    private readonly OperationKind _operationKind;
    private readonly Action<AwsAnalysisContext>? _handler;
    private readonly Action<SyntaxNodeAnalysisContext>? _action;
    private readonly Func<ISymbol, bool>? _symbolMayMatch;

    public SyntaxHook(Func<SyntaxNode, SyntaxNode?>? candidate, OperationKind operationKind, Action<AwsAnalysisContext>? handler, Action<SyntaxNodeAnalysisContext>? action = null, Func<ISymbol, bool>? symbolMayMatch = null)
    {
        _candidate = candidate;
        _operationKind = operationKind;
        _handler = handler;
        _action = action;
        _symbolMayMatch = symbolMayMatch;
    }

    public void Run(SyntaxNodeAnalysisContext context)
    {
        if (_action is not null)
        {
            _action(context);
            return;
        }

        if (_candidate!(context.Node) is { } target &&
            (_symbolMayMatch is null || RuleEngine.MayBeWatched(context.SemanticModel.GetSymbolInfo(target, context.CancellationToken), _symbolMayMatch, static (test, symbol) => test(symbol))) &&
            Resolve(context.SemanticModel, target, _operationKind, context.CancellationToken) is { } operation)
        {
            _handler!(new AwsAnalysisContext(context, operation));
        }
    }

    private static IOperation? Resolve(SemanticModel model, SyntaxNode node, OperationKind kind, System.Threading.CancellationToken cancellationToken)
    {
        if (model.GetOperation(node, cancellationToken) is { } operation && operation.Kind == kind)
        {
            return operation;
        }

        return node.IsKind(SyntaxKind.ComplexElementInitializerExpression) ? FindInEnclosingCreation(model, node, kind, cancellationToken) : null;
    }

    /// <summary>
    /// The implicit operation whose syntax is <paramref name="node"/> (an <c>Add</c> call written as <c>{ key, value }</c>
    /// in a collection initializer is not in the semantic model's map of explicit operations): found in the operation
    /// tree of the object creation around it.
    /// </summary>
    private static IOperation? FindInEnclosingCreation(SemanticModel model, SyntaxNode node, OperationKind kind, System.Threading.CancellationToken cancellationToken)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseObjectCreationExpressionSyntax creation)
            {
                if (model.GetOperation(creation, cancellationToken) is not { } owner)
                {
                    return null;
                }

                foreach (var descendant in owner.Descendants())
                {
                    if (descendant.Syntax == node && descendant.Kind == kind)
                    {
                        return descendant;
                    }
                }

                return null;
            }

            if (current is StatementSyntax or MemberDeclarationSyntax)
            {
                return null;
            }
        }

        return null;
    }
}

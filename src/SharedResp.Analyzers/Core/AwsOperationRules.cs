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
/// The shared dispatcher that rules are written on. At compilation start a rule declares what it watches, by
/// type metadata name and member name; the names are resolved to symbols once, types the compilation does not
/// have are dropped, and a rule whose types are all absent registers nothing.
/// <para>
/// Speed: the dispatcher registers syntax node actions, not operation actions, and filters each node by text first
/// (the assigned property's name, the created type's simple name, the called method's name) against the names the
/// rules watch. Only a candidate gets semantic work (its <see cref="IOperation"/>, then dispatch by symbol), so a
/// member body that mentions nothing watched is never bound for the analyzers.
/// </para>
/// </summary>
internal sealed class AwsOperationRules
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

    public AwsOperationRules(AwsCompilationContext aws) => _aws = aws;

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
    /// The common CDK rule shape in one call: "construct <paramref name="constructType"/> must have
    /// <paramref name="propsType"/>.<paramref name="property"/> set securely". Reports, each with its fix:
    /// an explicit insecure value (on the value; replaced by <paramref name="secureValue"/>); when
    /// <paramref name="missingIsInsecure"/> (the construct's default is insecure), a props object that flows into
    /// the construct without the property (on the props creation; the property is added) and a construct created
    /// without props at all (on the construct creation; a props object is created). Props the analyzer cannot
    /// follow (a parameter, a method result, an object configured out of view) are never reported.
    /// </summary>
    /// <param name="messageArgs">Message arguments; its parameter is true for the "missing" case.</param>
    public void RequireSetting(
        DiagnosticDescriptor descriptor,
        string constructType,
        string propsType,
        string property,
        FixValue secureValue,
        Func<AwsValue, bool> isInsecureValue,
        bool missingIsInsecure,
        Func<bool, object?[]> messageArgs)
    {
        OnPropertyAssigned(
            propsType,
            property,
            (in PropertyAssignmentContext c) =>
            {
                if (isInsecureValue(c.Value))
                {
                    c.Report(descriptor, FixSpec.Replace(secureValue), messageArgs(false));
                }
            },
            SyntaxFilters.UnlessValueIs(secureValue));

        if (!missingIsInsecure)
        {
            return;
        }

        var construct = _aws.GetType(constructType);
        OnCreated(propsType, (in CreationContext c) =>
        {
            var props = c.Configuration();
            if (props.IsMissing(property) && props.FlowsToConstructorOf(construct))
            {
                c.Context.Report(descriptor, c.Creation, FixSpec.AddProperties(secureValue, property), messageArgs(true));
            }
        });

        OnCreated(constructType, (in CreationContext c) =>
        {
            c.PropsConfiguration("props", out var isAbsent);
            if (isAbsent)
            {
                c.Context.Report(descriptor, c.Creation, FixSpec.AddPropsObject(propsType, secureValue, property), messageArgs(true));
            }
        });
    }

    public void Register(CompilationStartAnalysisContext context)
    {
        if (_byProperty.Count > 0 || _byPropertyType.Count > 0)
        {
            context.RegisterSyntaxNodeAction(AnalyzeAssignmentSyntax, SyntaxKind.SimpleAssignmentExpression);
        }

        if (_byCreatedType.Count > 0)
        {
            context.RegisterSyntaxNodeAction(AnalyzeCreationSyntax, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
        }

        if (_byMethodName.Count > 0)
        {
            context.RegisterSyntaxNodeAction(AnalyzeInvocationSyntax, SyntaxKind.InvocationExpression);
        }

        if (_byCreatedType.Count > 0 || _byProperty.Count > 0)
        {
            // [Attr(Prop = value)] is an object creation with property assignments too, written without `new` or `=` syntax.
            context.RegisterSyntaxNodeAction(AnalyzeAttributeSyntax, SyntaxKind.Attribute);
        }
    }

    private void AnalyzeAttributeSyntax(SyntaxNodeAnalysisContext context)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (SyntaxFilters.RightmostName(attribute.Name) is not { } name)
        {
            return;
        }

        var typeMayMatch = _candidateTypeNames.ContainsKey(name) || _candidateTypeNames.ContainsKey(name + "Attribute") ||
                           _aws.HasUsingAliases;
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
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (!(SyntaxFilters.RightmostName(assignment.Left) is { } name && _candidatePropertyNames.TryGetValue(name, out var filters) && AnyMayMatch(filters, assignment.Right)) &&
            !(_everyAssignmentFilters.Count > 0 && AnyMayMatch(_everyAssignmentFilters, assignment.Right)))
        {
            return;
        }

        if (context.SemanticModel.GetOperation(assignment, context.CancellationToken) is ISimpleAssignmentOperation operation)
        {
            AnalyzeAssignment(ToOperationContext(context, operation));
        }
    }

    private void AnalyzeCreationSyntax(SyntaxNodeAnalysisContext context)
    {
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
            else if (!_aws.HasUsingAliases)
            {
                return;
            }
        }
        else if (DeclaredType(creation) is { } declaredType &&
                 !_candidateTypeNames.ContainsKey(SyntaxFilters.RightmostName(declaredType) ?? string.Empty) &&
                 !_aws.HasUsingAliases)
        {
            // Target-typed new() initializing a field, property or local declared with a type that no rule watches.
            return;
        }

        if (context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IObjectCreationOperation operation)
        {
            AnalyzeCreation(ToOperationContext(context, operation));
        }
    }

    private void AnalyzeInvocationSyntax(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (SyntaxFilters.RightmostName(invocation.Expression) is not { } name || !_byMethodName.ContainsKey(name))
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

        var property = target.Property.OriginalDefinition;
        List<PropertyAssignmentHandler>? handlers = null;
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
        _byPropertyType.TryGetValue(propertyType.OriginalDefinition, out var typeHandlers);

        if (handlers is null && typeHandlers is null)
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

/// <summary>
/// What a handler gets from the analyzer driver: the operation the dispatcher matched, the compilation, the options,
/// cancellation, and reporting (the diagnostic carries its fix in its properties). Built from the dispatcher's
/// syntax node actions, or implicitly from an <see cref="OperationAnalysisContext"/> for a rule's own operation actions.
/// Every SharedResp finding is reported through here, so the global exclusions (<see cref="Exclusions"/>:
/// <c>sharedresp.excluded_paths</c>, <c>sharedresp.excluded_symbol_names</c>) are applied here, once for all rules.
/// </summary>
internal readonly struct AwsAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    public AwsAnalysisContext(SyntaxNodeAnalysisContext context, IOperation operation)
        : this(operation, context.SemanticModel.Compilation, context.Options, context.ContainingSymbol, context.ReportDiagnostic, context.CancellationToken)
    {
    }

    private AwsAnalysisContext(IOperation operation, Compilation compilation, AnalyzerOptions options, ISymbol? containingSymbol, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        Operation = operation;
        Compilation = compilation;
        Options = options;
        ContainingSymbol = containingSymbol;
        _report = report;
        CancellationToken = cancellationToken;
    }

    public IOperation Operation { get; }

    public Compilation Compilation { get; }

    public AnalyzerOptions Options { get; }

    public ISymbol? ContainingSymbol { get; }

    public System.Threading.CancellationToken CancellationToken { get; }

    public static implicit operator AwsAnalysisContext(OperationAnalysisContext context) =>
        new(context.Operation, context.Compilation, context.Options, context.ContainingSymbol, context.ReportDiagnostic, context.CancellationToken);

    /// <summary>Reports the diagnostic unless the global exclusions cover its file or the member it is in.</summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        if (!Exclusions.IsExcluded(Options, diagnostic.Location.SourceTree ?? Operation.Syntax.SyntaxTree, ContainingSymbol))
        {
            _report(diagnostic);
        }
    }

    /// <summary>Reports <paramref name="descriptor"/> at <paramref name="at"/> with the fix it carries.</summary>
    public void Report(DiagnosticDescriptor descriptor, IOperation at, FixSpec fix, params object?[] messageArgs) =>
        ReportDiagnostic(Diagnostic.Create(descriptor, at.Syntax.GetLocation(), fix.ToProperties(), messageArgs));
}

/// <summary>Reporting from a rule's own operation actions, the same way as from the dispatcher's handlers.</summary>
internal static class DiagnosticReporting
{
    public static void Report(this OperationAnalysisContext context, DiagnosticDescriptor descriptor, IOperation at, FixSpec fix, params object?[] messageArgs) =>
        ((AwsAnalysisContext)context).Report(descriptor, at, fix, messageArgs);
}

/// <summary>An assignment to a watched property, with its value evaluated once.</summary>
internal readonly struct PropertyAssignmentContext
{
    public PropertyAssignmentContext(AwsAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertySymbol property, AwsCompilationContext aws)
    {
        Context = context;
        Assignment = assignment;
        Property = property;
        Aws = aws;
        Value = ValueEvaluator.Evaluate(assignment.Value, context.CancellationToken);
    }

    public AwsAnalysisContext Context { get; }

    public ISimpleAssignmentOperation Assignment { get; }

    public IPropertySymbol Property { get; }

    public AwsCompilationContext Aws { get; }

    public AwsValue Value { get; }

    /// <summary>The assigned expression as written: where a diagnostic about the value goes.</summary>
    public IOperation ValueOperation => Assignment.Value;

    /// <summary>
    /// True when the assignment can be deleted on its own: it is a member of an object initializer, or the whole
    /// expression of a statement.
    /// </summary>
    public bool IsRemovable => Assignment.Parent is IObjectOrCollectionInitializerOperation or IExpressionStatementOperation;

    public void Report(DiagnosticDescriptor descriptor, FixSpec fix, params object?[] messageArgs) =>
        Context.Report(descriptor, Assignment.Value, fix, messageArgs);

    /// <summary>
    /// The object this assignment configures, when it can be followed: the object creation whose initializer holds
    /// the assignment, or the creation held by the local (written once) that the assignment goes through.
    /// </summary>
    public ObjectConfiguration? ConfiguredObject()
    {
        IObjectCreationOperation? creation = null;
        if (Assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation owner })
        {
            creation = owner;
        }
        else if (Assignment.Target is IPropertyReferenceOperation { Instance: ILocalReferenceOperation local })
        {
            creation = ValueEvaluator.Evaluate(local, Context.CancellationToken).Creation;
        }

        return creation is null ? null : ObjectConfiguration.Read(creation, Context.CancellationToken);
    }
}

/// <summary>A <c>new T(...)</c> of a watched type.</summary>
internal readonly struct CreationContext
{
    public CreationContext(AwsAnalysisContext context, IObjectCreationOperation creation, AwsCompilationContext aws)
    {
        Context = context;
        Creation = creation;
        Aws = aws;
    }

    public AwsAnalysisContext Context { get; }

    public IObjectCreationOperation Creation { get; }

    public AwsCompilationContext Aws { get; }

    /// <summary>How this object is configured (initializer and later assignments to the local holding it).</summary>
    public ObjectConfiguration Configuration() => ObjectConfiguration.Read(Creation, Context.CancellationToken);

    /// <summary>
    /// The configuration of the props object passed as the constructor argument <paramref name="parameterName"/>
    /// (CDK: <c>props</c>), when it is a <c>new</c> written in place or in a local. Null when the argument is present
    /// but cannot be followed (a parameter, a method result). <paramref name="isAbsent"/> is true when no argument was given.
    /// </summary>
    public ObjectConfiguration? PropsConfiguration(string parameterName, out bool isAbsent)
    {
        isAbsent = false;
        foreach (var argument in Creation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !string.Equals(parameter.Name, parameterName, StringComparison.Ordinal))
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.DefaultValue ||
                ValueEvaluator.SkipConversions(argument.Value) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } })
            {
                isAbsent = true;
                return null;
            }

            var value = ValueEvaluator.Evaluate(argument.Value, Context.CancellationToken);
            return value.Creation is { } props ? ObjectConfiguration.Read(props, Context.CancellationToken) : null;
        }

        isAbsent = true;
        return null;
    }
}

/// <summary>A call to a watched method.</summary>
internal readonly struct InvocationContext
{
    public InvocationContext(AwsAnalysisContext context, IInvocationOperation invocation, AwsCompilationContext aws)
    {
        Context = context;
        Invocation = invocation;
        Aws = aws;
    }

    public AwsAnalysisContext Context { get; }

    public IInvocationOperation Invocation { get; }

    public AwsCompilationContext Aws { get; }

    /// <summary>True when the call is a statement of its own (its result unused), so the fix can delete it.</summary>
    public bool IsStatement => Invocation.Parent is IExpressionStatementOperation
        || (Invocation.Parent is IAwaitOperation { Parent: IExpressionStatementOperation });

    public void Report(DiagnosticDescriptor descriptor, FixSpec fix, params object?[] messageArgs) =>
        Context.Report(descriptor, Invocation, fix, messageArgs);
}

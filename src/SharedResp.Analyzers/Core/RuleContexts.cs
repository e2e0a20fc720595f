using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers;

/// <summary>
/// What a handler gets from the analyzer driver: the operation the dispatcher matched, the compilation, the options,
/// cancellation, and reporting (the diagnostic carries its fix in its properties). Built by the engine's operation
/// action (or, for attributes and the rules' own syntax hooks, its syntax node action) for the candidate it matched.
/// Every SharedResp finding is reported through here, so the global exclusions (<see cref="Exclusions"/>:
/// <c>sharedresp.excluded_paths</c>, <c>sharedresp.excluded_symbol_names</c>) are applied here, once for all rules.
/// </summary>
internal readonly struct AwsAnalysisContext
{
    // One of the two, as the engine's dispatch was called: an operation action (creations, calls, assignments) or a
    // syntax node action (attributes, the rules' own syntax hooks).
    private readonly OperationAnalysisContext _operation;
    private readonly SyntaxNodeAnalysisContext _node;
    private readonly bool _fromOperationAction;

    public AwsAnalysisContext(SyntaxNodeAnalysisContext context, IOperation operation)
    {
        _node = context;
        _operation = default;
        _fromOperationAction = false;
        Operation = operation;
    }

    public AwsAnalysisContext(OperationAnalysisContext context, IOperation operation)
    {
        _node = default;
        _operation = context;
        _fromOperationAction = true;
        Operation = operation;
    }

    public IOperation Operation { get; }

    public Compilation Compilation => _fromOperationAction ? _operation.Compilation : _node.SemanticModel.Compilation;

    public AnalyzerOptions Options => _fromOperationAction ? _operation.Options : _node.Options;

    public ISymbol? ContainingSymbol => _fromOperationAction ? _operation.ContainingSymbol : _node.ContainingSymbol;

    public System.Threading.CancellationToken CancellationToken => _fromOperationAction ? _operation.CancellationToken : _node.CancellationToken;

    /// <summary>
    /// Reports the diagnostic unless the global exclusions cover its file or the member it is in. A diagnostic is
    /// reported in the tree the driver handed over, which is never generated code (<see cref="CatalogAnalyzer"/>).
    /// </summary>
    public void ReportDiagnostic(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree ?? Operation.Syntax.SyntaxTree;
        if (tree != Operation.Syntax.SyntaxTree || Exclusions.IsExcluded(Options, tree, ContainingSymbol))
        {
            return;
        }

        if (_fromOperationAction)
        {
            _operation.ReportDiagnostic(diagnostic);
        }
        else
        {
            _node.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>Reports <paramref name="descriptor"/> at <paramref name="at"/> with the fix it carries.</summary>
    public void Report(DiagnosticDescriptor descriptor, IOperation at, FixSpec fix, params object?[] messageArgs) =>
        ReportDiagnostic(Diagnostic.Create(descriptor, at.Syntax.GetLocation(), fix.ToProperties(), messageArgs));
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
                ValueEvaluator.SkipConversions(argument.Value) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation)
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

using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Iam;

/// <summary>A rule over the policy model: called once per policy document read from any source shape.</summary>
internal delegate void PolicyCheck(PolicyDocumentModel document, in PolicyReportContext context);

/// <summary>
/// Reports a finding on a policy element from the operation being analyzed: an element written in another operation
/// (a later mutator call, another props assignment) is reported when that operation is analyzed, so every diagnostic
/// is local to its operation.
/// </summary>
internal readonly struct PolicyReportContext
{
    public PolicyReportContext(AwsAnalysisContext context, SyntaxNode trigger)
    {
        Context = context;
        Trigger = trigger;
    }

    public AwsAnalysisContext Context { get; }

    public SyntaxNode Trigger { get; }

    public void Report(DiagnosticDescriptor descriptor, PolicySpan span, params object?[] messageArgs) =>
        Report(descriptor, span, descriptor.DefaultSeverity, messageArgs);

    public void Report(DiagnosticDescriptor descriptor, PolicySpan span, DiagnosticSeverity severity, params object?[] messageArgs)
    {
        if (span.LocationWithin(Trigger) is { } location)
        {
            Context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, null, FixSpec.None.ToProperties(), messageArgs));
        }
    }
}

/// <summary>
/// Registers the places policies come from and hands every policy read, as one model, to a rule: CDK
/// <c>PolicyStatement</c> / <c>PolicyStatementProps</c> and its mutators; CDK L1 documents (<c>CfnPolicy</c>,
/// <c>CfnManagedPolicy</c>, <c>CfnRole</c>, <c>CfnBucketPolicy</c>, <c>CfnQueuePolicy</c>, <c>CfnTopicPolicy</c>,
/// <c>CfnKey</c>) and <c>PolicyDocument.FromJson</c> / <c>PolicyStatement.FromJson</c>; SDK policy strings (S3, KMS,
/// SQS, SNS, IAM).
/// </summary>
internal static class PolicyAnalysis
{
    /// <summary>SDK string sinks: type, property, kind.</summary>
    private static readonly (string Type, string Property, PolicyKind Kind)[] StringSinks =
    {
        ("Amazon.S3.Model.PutBucketPolicyRequest", "Policy", PolicyKind.Resource),
        ("Amazon.KeyManagementService.Model.CreateKeyRequest", "Policy", PolicyKind.SingleResource),
        ("Amazon.KeyManagementService.Model.PutKeyPolicyRequest", "Policy", PolicyKind.SingleResource),
        ("Amazon.IdentityManagement.Model.CreatePolicyRequest", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.IdentityManagement.Model.CreatePolicyVersionRequest", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.IdentityManagement.Model.PutRolePolicyRequest", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.IdentityManagement.Model.PutUserPolicyRequest", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.IdentityManagement.Model.PutGroupPolicyRequest", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.IdentityManagement.Model.CreateRoleRequest", "AssumeRolePolicyDocument", PolicyKind.SingleResource),
        ("Amazon.IdentityManagement.Model.UpdateAssumeRolePolicyRequest", "PolicyDocument", PolicyKind.SingleResource),
    };

    /// <summary>SDK attribute dictionaries whose "Policy" entry is a policy: type, property.</summary>
    private static readonly (string Type, string Property)[] AttributeSinks =
    {
        ("Amazon.SQS.Model.SetQueueAttributesRequest", "Attributes"),
        ("Amazon.SQS.Model.CreateQueueRequest", "Attributes"),
        ("Amazon.SimpleNotificationService.Model.CreateTopicRequest", "Attributes"),
    };

    /// <summary>CDK L1 object sinks (props and the construct's own settable property): type, property, kind.</summary>
    private static readonly (string Type, string Property, PolicyKind Kind)[] ObjectSinks =
    {
        ("Amazon.CDK.AWS.IAM.CfnPolicyProps", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.CDK.AWS.IAM.CfnPolicy", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.CDK.AWS.IAM.CfnManagedPolicyProps", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.CDK.AWS.IAM.CfnManagedPolicy", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.CDK.AWS.IAM.CfnRole+PolicyProperty", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.CDK.AWS.IAM.CfnUser+PolicyProperty", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.CDK.AWS.IAM.CfnGroup+PolicyProperty", "PolicyDocument", PolicyKind.Identity),
        ("Amazon.CDK.AWS.IAM.CfnRoleProps", "AssumeRolePolicyDocument", PolicyKind.SingleResource),
        ("Amazon.CDK.AWS.IAM.CfnRole", "AssumeRolePolicyDocument", PolicyKind.SingleResource),
        ("Amazon.CDK.AWS.S3.CfnBucketPolicyProps", "PolicyDocument", PolicyKind.Resource),
        ("Amazon.CDK.AWS.S3.CfnBucketPolicy", "PolicyDocument", PolicyKind.Resource),
        ("Amazon.CDK.AWS.SQS.CfnQueuePolicyProps", "PolicyDocument", PolicyKind.SingleResource),
        ("Amazon.CDK.AWS.SQS.CfnQueuePolicy", "PolicyDocument", PolicyKind.SingleResource),
        ("Amazon.CDK.AWS.SNS.CfnTopicPolicyProps", "PolicyDocument", PolicyKind.SingleResource),
        ("Amazon.CDK.AWS.SNS.CfnTopicPolicy", "PolicyDocument", PolicyKind.SingleResource),
        ("Amazon.CDK.AWS.KMS.CfnKeyProps", "KeyPolicy", PolicyKind.SingleResource),
        ("Amazon.CDK.AWS.KMS.CfnKey", "KeyPolicy", PolicyKind.SingleResource),
    };

    /// <summary>Declares every policy source on the engine, once for all policy rules (<see cref="RuleEngine.OnPolicy"/>): <paramref name="check"/> runs them all.</summary>
    public static void Declare(RuleEngine rules, PolicyCheck check)
    {

        // CDK L2: PolicyStatementProps elements ...
        foreach (var property in CdkPolicyStatementReader.ElementProperties)
        {
            rules.OnPropertyAssigned(CdkPolicyStatementReader.PropsType, property, (in PropertyAssignmentContext c) =>
            {
                if (c.ConfiguredObject() is { } props &&
                    SymbolEqualityComparer.Default.Equals(props.Creation.Type?.OriginalDefinition, c.Aws.GetType(CdkPolicyStatementReader.PropsType)))
                {
                    var document = new PolicyDocumentModel(PolicyKind.Unknown);
                    document.Statements.Add(CdkPolicyStatementReader.FromProps(props, c.Aws, c.Context.CancellationToken));
                    check(document, new PolicyReportContext(c.Context, c.Assignment.Syntax));
                }
            });
        }

        // ... and the mutators on a statement held in a local.
        foreach (var mutator in CdkPolicyStatementReader.ElementMutators)
        {
            rules.OnInvoked(CdkPolicyStatementReader.StatementType, mutator, (in InvocationContext c) =>
            {
                if (c.Invocation.Instance is { } instance &&
                    ValueEvaluator.Evaluate(instance, c.Context.CancellationToken).Creation is { } statement &&
                    SymbolEqualityComparer.Default.Equals(statement.Type?.OriginalDefinition, c.Aws.GetType(CdkPolicyStatementReader.StatementType)))
                {
                    var document = new PolicyDocumentModel(PolicyKind.Unknown);
                    document.Statements.Add(CdkPolicyStatementReader.FromStatement(statement, c.Aws, c.Context.CancellationToken));
                    check(document, new PolicyReportContext(c.Context, c.Invocation.Syntax));
                }
            });
        }

        // AWSSDK.Core Amazon.Auth.AccessControlPolicy: new Statement(effect).WithActionIdentifiers(...).WithResources(...)...
        foreach (var builder in SdkAccessControlPolicyReader.ElementBuilders)
        {
            rules.OnInvoked(SdkAccessControlPolicyReader.StatementType, builder, (in InvocationContext c) =>
            {
                if (SdkAccessControlPolicyReader.FindCreation(c.Invocation, c.Aws, c.Context.CancellationToken) is { } statement &&
                    c.Invocation.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { ArgumentList: { } arguments })
                {
                    var document = new PolicyDocumentModel(PolicyKind.Unknown);
                    document.Statements.Add(SdkAccessControlPolicyReader.Read(statement, c.Aws, c.Context.CancellationToken));

                    // Only this call's own arguments: the calls chained before it are reported from their own operations.
                    check(document, new PolicyReportContext(c.Context, arguments));
                }
            });
        }

        // SDK policy strings.
        foreach (var (type, property, kind) in StringSinks)
        {
            var sinkKind = kind;
            rules.OnPropertyAssigned(type, property, (in PropertyAssignmentContext c) =>
                CheckNode(PolicySourceReader.ReadString(c.Assignment.Value, c.Context.CancellationToken), sinkKind, false, c.Context, c.Assignment.Syntax, check));
        }

        // SNS SetTopicAttributesRequest { AttributeName = "Policy", AttributeValue = json }.
        rules.OnPropertyAssigned("Amazon.SimpleNotificationService.Model.SetTopicAttributesRequest", "AttributeValue", (in PropertyAssignmentContext c) =>
        {
            if (c.ConfiguredObject() is { } request && request.TryGetAssignment("AttributeName", out var name) &&
                string.Equals(ValueEvaluator.Evaluate(name.Value, c.Context.CancellationToken).AsString, "Policy", StringComparison.Ordinal))
            {
                CheckNode(PolicySourceReader.ReadString(c.Assignment.Value, c.Context.CancellationToken), PolicyKind.SingleResource, false, c.Context, c.Assignment.Syntax, check);
            }
        });

        // SQS / SNS attribute dictionaries: { "Policy", json } or [QueueAttributeName.Policy] = json.
        foreach (var (type, property) in AttributeSinks)
        {
            rules.OnPropertyAssigned(type, property, (in PropertyAssignmentContext c) =>
            {
                if (PolicyAttributeValue(c.Assignment.Value, c.Context) is { } policy)
                {
                    CheckNode(PolicySourceReader.ReadString(policy, c.Context.CancellationToken), PolicyKind.SingleResource, false, c.Context, c.Assignment.Syntax, check);
                }
            });
        }

        // CDK L1 documents.
        foreach (var (type, property, kind) in ObjectSinks)
        {
            var sinkKind = kind;
            rules.OnPropertyAssigned(type, property, (in PropertyAssignmentContext c) =>
                CheckNode(PolicySourceReader.ReadObject(c.Assignment.Value, c.Context.CancellationToken), sinkKind, false, c.Context, c.Assignment.Syntax, check));
        }

        // PolicyDocument.FromJson(...) and PolicyStatement.FromJson(...).
        rules.OnInvoked("Amazon.CDK.AWS.IAM.PolicyDocument", "FromJson", (in InvocationContext c) =>
        {
            if (c.Invocation.Arguments.Length == 1)
            {
                CheckNode(PolicySourceReader.ReadObject(c.Invocation.Arguments[0].Value, c.Context.CancellationToken), PolicyKind.Unknown, false, c.Context, c.Invocation.Syntax, check);
            }
        });
        rules.OnInvoked(CdkPolicyStatementReader.StatementType, "FromJson", (in InvocationContext c) =>
        {
            if (c.Invocation.Arguments.Length == 1)
            {
                CheckNode(PolicySourceReader.ReadObject(c.Invocation.Arguments[0].Value, c.Context.CancellationToken), PolicyKind.Unknown, true, c.Context, c.Invocation.Syntax, check);
            }
        });

        // AWSSDK.Core Amazon.Auth.AccessControlPolicy.Policy.FromJson("...").
        rules.OnInvoked("Amazon.Auth.AccessControlPolicy.Policy", "FromJson", (in InvocationContext c) =>
        {
            if (c.Invocation.Arguments.Length == 1)
            {
                CheckNode(PolicySourceReader.ReadString(c.Invocation.Arguments[0].Value, c.Context.CancellationToken), PolicyKind.Unknown, false, c.Context, c.Invocation.Syntax, check);
            }
        });
    }

    private static void CheckNode(PolicyNode? node, PolicyKind kind, bool singleStatement, AwsAnalysisContext context, SyntaxNode trigger, PolicyCheck check)
    {
        if (node is not null && PolicyNodeReader.Read(node, kind, singleStatement) is { } document)
        {
            check(document, new PolicyReportContext(context, trigger));
        }
    }

    /// <summary>The value of the "Policy" entry of an attribute dictionary literal (also through a local).</summary>
    private static IOperation? PolicyAttributeValue(IOperation value, AwsAnalysisContext context)
    {
        var operation = ValueEvaluator.SkipConversions(value);
        if (operation is ILocalReferenceOperation local)
        {
            operation = ValueEvaluator.SkipConversions(LocalWrites.FindSingleWrite(local, local.Local, context.CancellationToken));
        }

        if (operation is not IObjectCreationOperation { Initializer: { } initializer })
        {
            return null;
        }

        foreach (var item in initializer.Initializers)
        {
            var (key, entry) = item switch
            {
                IInvocationOperation { Arguments.Length: 2 } add => (add.Arguments[0].Value, add.Arguments[1].Value),
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment => (indexer.Arguments[0].Value, assignment.Value),
                _ => (null, null),
            };

            if (key is not null && entry is not null && IsPolicyKey(key, context))
            {
                return entry;
            }
        }

        return null;
    }

    private static bool IsPolicyKey(IOperation key, AwsAnalysisContext context)
    {
        if (string.Equals(ValueEvaluator.Evaluate(key, context.CancellationToken).AsString, "Policy", StringComparison.Ordinal))
        {
            return true;
        }

        // QueueAttributeName.Policy converted implicitly to string.
        return key is IConversionOperation { OperatorMethod: not null } conversion &&
               ValueEvaluator.SkipConversions(conversion.Operand) is IFieldReferenceOperation { Field: { Name: "Policy", IsStatic: true } field } &&
               field.ContainingType.Name == "QueueAttributeName";
    }
}

using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Messaging;

/// <summary>
/// SR1004 — queue, topic or stream not encrypted at rest. CDK: <c>QueueEncryption.UNENCRYPTED</c>, <c>CfnQueue</c>
/// with <c>SqsManagedSseEnabled = false</c> and no KMS key, <c>Topic</c> without <c>MasterKey</c> (default: none),
/// Kinesis <c>StreamEncryption.UNENCRYPTED</c>. SDK SQS: the <c>SqsManagedSseEnabled</c> attribute set to
/// <c>"false"</c> in <c>CreateQueueRequest</c> / <c>SetQueueAttributesRequest</c> attributes without a
/// <c>KmsMasterKeyId</c> beside it.
/// </summary>
public sealed class MessagingEncryptionAnalyzer : SharedRespRule
{
    private const string QueueEncryption = "Amazon.CDK.AWS.SQS.QueueEncryption";
    private const string StreamEncryption = "Amazon.CDK.AWS.Kinesis.StreamEncryption";
    private const string QueueAttributeName = "Amazon.SQS.QueueAttributeName";
    private const string SseAttribute = "SqsManagedSseEnabled";
    private const string KmsAttribute = "KmsMasterKeyId";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR1004_MessagingEncryption);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        // CDK L2 SQS: QueueEncryption.UNENCRYPTED (the default is SQS_MANAGED).
        rules.OnPropertyOfTypeAssigned(QueueEncryption, static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsEnumMember(c.Aws.GetType(QueueEncryption), "UNENCRYPTED"))
            {
                c.Report(
                    Descriptors.SR1004_MessagingEncryption,
                    FixSpec.Replace(FixValue.Member(QueueEncryption, "SQS_MANAGED")),
                    "QueueEncryption.UNENCRYPTED",
                    "the queue's messages",
                    "use QueueEncryption.SQS_MANAGED, or QueueEncryption.KMS with your own key");
            }
        }, SyntaxFilters.IfValueMayBe("UNENCRYPTED"));

        // CDK L2 Kinesis: StreamEncryption.UNENCRYPTED.
        rules.OnPropertyOfTypeAssigned(StreamEncryption, static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsEnumMember(c.Aws.GetType(StreamEncryption), "UNENCRYPTED"))
            {
                c.Report(
                    Descriptors.SR1004_MessagingEncryption,
                    FixSpec.Replace(FixValue.Member(StreamEncryption, "MANAGED")),
                    "StreamEncryption.UNENCRYPTED",
                    "the stream's records",
                    "use StreamEncryption.MANAGED, or StreamEncryption.KMS with your own key");
            }
        }, SyntaxFilters.IfValueMayBe("UNENCRYPTED"));

        // CDK L1 SQS: SqsManagedSseEnabled = false without a KMS key (missing means SSE-SQS on).
        rules.Require(
            Descriptors.SR1004_MessagingEncryption,
            "Amazon.CDK.AWS.SQS.CfnQueue",
            "Amazon.CDK.AWS.SQS.CfnQueueProps",
            SseAttribute,
            FixValue.True,
            static value => value.IsFalse,
            missingIsInsecure: false,
            isExempt: static (configuration, _) => configuration.IsAssigned(KmsAttribute),
            static _ => new object?[] { "CfnQueue with SqsManagedSseEnabled = false and no KmsMasterKeyId", "the queue's messages", "set SqsManagedSseEnabled = true, or give a KmsMasterKeyId" });

        // CDK L2 SNS: a Topic without MasterKey is not encrypted. No mechanical fix: a key must be chosen.
        rules.OnCreated("Amazon.CDK.AWS.SNS.TopicProps", (in CreationContext c) =>
        {
            var props = c.Configuration();
            if (props.IsMissing("MasterKey") && props.FlowsToConstructorOf("Amazon.CDK.AWS.SNS.Topic"))
            {
                ReportTopic(c);
            }
        });
        rules.OnCreated("Amazon.CDK.AWS.SNS.Topic", static (in CreationContext c) =>
        {
            c.PropsConfiguration("props", out var isAbsent);
            if (isAbsent)
            {
                ReportTopic(c);
            }
        });

        // CDK L1 SNS: a CfnTopic without KmsMasterKeyId is not encrypted (no fix: a key must be chosen).
        rules.Require(
            Descriptors.SR1004_MessagingEncryption,
            "Amazon.CDK.AWS.SNS.CfnTopic",
            "Amazon.CDK.AWS.SNS.CfnTopicProps",
            "KmsMasterKeyId",
            secureValue: null,
            static _ => false,
            missingIsInsecure: true,
            isExempt: null,
            static _ => new object?[] { "CfnTopic without KmsMasterKeyId (default: none)", "the topic's messages", "give KmsMasterKeyId a KMS key (alias/aws/sns for the AWS managed key)" });

        // CDK L1 Kinesis: a CfnStream without StreamEncryption is not encrypted (no fix: a key must be chosen).
        rules.Require(
            Descriptors.SR1004_MessagingEncryption,
            "Amazon.CDK.AWS.Kinesis.CfnStream",
            "Amazon.CDK.AWS.Kinesis.CfnStreamProps",
            "StreamEncryption",
            secureValue: null,
            static _ => false,
            missingIsInsecure: true,
            isExempt: null,
            static _ => new object?[] { "CfnStream without StreamEncryption (default: none)", "the stream's records", "set StreamEncryption with EncryptionType KMS and a KeyId (alias/aws/kinesis for the AWS managed key)" });

        // SDK SQS: the SqsManagedSseEnabled attribute set to "false" in the attributes of a create/set request.
        if (aws.References("AWSSDK.SQS"))
        {
            var sqs = new SqsAttributes(aws);
            // Add calls, { key, value } collection elements, and assignments to an element access.
            rules.OnOperation(
                OperationKind.Invocation,
                static node => node switch
                {
                    InvocationExpressionSyntax { Expression: var expression } => SyntaxFilters.RightmostName(expression) == "Add",
                    InitializerExpressionSyntax => true,
                    _ => false,
                },
                null,
                sqs.AnalyzeAdd);
            rules.OnOperation(
                OperationKind.SimpleAssignment,
                static node => node is AssignmentExpressionSyntax { Left: var left } &&
                               Unparenthesized(left) is ElementAccessExpressionSyntax or ImplicitElementAccessSyntax or ElementBindingExpressionSyntax,
                null,
                sqs.AnalyzeIndexer);
        }
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static void ReportTopic(in CreationContext c) =>
        c.Context.Report(
            Descriptors.SR1004_MessagingEncryption,
            c.Creation,
            FixSpec.None,
            "Topic without MasterKey (default: none)",
            "the topic's messages",
            "give MasterKey a KMS key (the topic's publishers need kms:GenerateDataKey and kms:Decrypt on it)");

    /// <summary>Reads SQS attribute dictionaries: <c>{ key, "false" }</c>, <c>[key] = "false"</c>, <c>Attributes.Add(key, "false")</c>.</summary>
    private sealed class SqsAttributes
    {
        // The requests whose Attributes dictionary holds queue attributes.
        private static readonly string[] Requests = { "Amazon.SQS.Model.CreateQueueRequest", "Amazon.SQS.Model.SetQueueAttributesRequest" };
        private const string Attributes = "Attributes";
        private readonly AwsCompilationContext _aws;

        public SqsAttributes(AwsCompilationContext aws)
        {
            _aws = aws;
        }

        public void AnalyzeAdd(AwsAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (invocation.TargetMethod is not { Name: "Add", IsStatic: false } || invocation.Arguments.Length != 2)
            {
                return;
            }

            var key = ArgumentFor(invocation, 0);
            var value = ArgumentFor(invocation, 1);
            if (key is not null && value is not null)
            {
                Analyze(context, invocation, invocation.Instance, key, value);
            }
        }

        public void AnalyzeIndexer(AwsAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer)
            {
                Analyze(context, assignment, indexer.Instance, indexer.Arguments[0].Value, assignment.Value);
            }
        }

        private void Analyze(AwsAnalysisContext context, IOperation entry, IOperation? receiver, IOperation key, IOperation value)
        {
            if (!IsKey(key, SseAttribute, context) ||
                ValueEvaluator.Evaluate(value, context.CancellationToken).AsString is not { } text ||
                !string.Equals(text, "false", StringComparison.OrdinalIgnoreCase) ||
                RuleEngine.IsInBrokenCode(entry.Syntax) ||
                !IsQueueAttributes(receiver, entry, context) ||
                HasKmsKeySibling(entry, context))
            {
                return;
            }

            context.Report(
                Descriptors.SR1004_MessagingEncryption,
                value,
                IsStringLiteral(value) ? FixSpec.Replace(FixValue.String("true")) : FixSpec.None,
                "SQS attribute SqsManagedSseEnabled = \"false\" without KmsMasterKeyId",
                "the queue's messages",
                "set it to \"true\" (SSE-SQS), or give a KmsMasterKeyId");
        }

        /// <summary>True when the dictionary written to is a request's Attributes (directly, or a dictionary that flows there).</summary>
        private bool IsQueueAttributes(IOperation? receiver, IOperation entry, AwsAnalysisContext context)
        {
            receiver = ValueEvaluator.SkipConversions(receiver);
            switch (receiver)
            {
                case IPropertyReferenceOperation property:
                    return IsAttributes(property.Property);
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                    // Inside an initializer: Attributes = { ... } or new Dictionary<,> { ... } that flows to Attributes.
                    var initializer = entry.Parent as IObjectOrCollectionInitializerOperation;
                    if (initializer?.Parent is IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member })
                    {
                        return IsAttributes(member.Property);
                    }

                    return initializer?.Parent is IObjectCreationOperation creation && FlowsToAttributes(creation, context);
                case ILocalReferenceOperation local:
                    return ValueEvaluator.Evaluate(local, context.CancellationToken).Creation is { } held && FlowsToAttributes(held, context);
                default:
                    return false;
            }
        }

        private bool FlowsToAttributes(IObjectCreationOperation creation, AwsAnalysisContext context)
        {
            var configuration = ObjectConfiguration.Read(creation, context.CancellationToken);
            foreach (var request in Requests)
            {
                if (configuration.FlowsTo(request, Attributes))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsAttributes(IPropertySymbol property)
        {
            if (!string.Equals(property.Name, Attributes, StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var request in Requests)
            {
                if (AwsTypeTable.Is(property.OriginalDefinition.ContainingType, request))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the same initializer also sets KmsMasterKeyId (SSE-KMS replaces SSE-SQS).</summary>
        private bool HasKmsKeySibling(IOperation entry, AwsAnalysisContext context)
        {
            if (entry.Parent is not IObjectOrCollectionInitializerOperation initializer)
            {
                return false;
            }

            foreach (var sibling in initializer.Initializers)
            {
                var key = sibling switch
                {
                    IInvocationOperation { TargetMethod.Name: "Add" } add when add.Arguments.Length == 2 => ArgumentFor(add, 0),
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } => indexer.Arguments[0].Value,
                    _ => null,
                };
                if (key is not null && IsKey(key, KmsAttribute, context))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The key as a string constant, or <c>QueueAttributeName.X</c> (converted to string, or its <c>.Value</c>).</summary>
        private bool IsKey(IOperation key, string name, AwsAnalysisContext context)
        {
            var operation = ValueEvaluator.SkipConversions(key);
            if (operation is IConversionOperation { OperatorMethod: not null } conversion)
            {
                operation = conversion.Operand;
            }
            else if (operation is IPropertyReferenceOperation { Property.Name: "Value", Instance: { } instance })
            {
                operation = instance;
            }

            var value = ValueEvaluator.Evaluate(operation, context.CancellationToken);
            return string.Equals(value.AsString, name, StringComparison.Ordinal) || value.IsMemberOf(_aws.GetType(QueueAttributeName), name);
        }

        private static bool IsStringLiteral(IOperation value) => ValueEvaluator.SkipConversions(value) is ILiteralOperation;

        private static IOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    return argument.Value;
                }
            }

            return null;
        }
    }
}

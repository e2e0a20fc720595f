using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.ApiGateway;

/// <summary>
/// SR3008 — endpoint reachable without authentication: Lambda function URLs with <c>FunctionUrlAuthType.NONE</c>
/// (CDK <c>AddFunctionUrl</c> / <c>FunctionUrl</c> / <c>CfnUrl</c>, and the Lambda Annotations
/// <c>[FunctionUrl]</c> attribute, whose default is NONE), API Gateway methods with <c>AuthorizationType.NONE</c>
/// (<c>MethodOptions</c> for <c>AddMethod</c>, <c>DefaultMethodOptions</c>, <c>CfnMethod</c>). CORS preflight
/// <c>OPTIONS</c> methods are not reported.
/// </summary>
public sealed class UnauthenticatedEndpointAnalyzer : SharedRespRule
{
    private const string CdkFunctionUrlAuthType = "Amazon.CDK.AWS.Lambda.FunctionUrlAuthType";
    private const string AuthorizationType = "Amazon.CDK.AWS.APIGateway.AuthorizationType";
    private const string AnnotationsAttribute = "Amazon.Lambda.Annotations.APIGateway.FunctionUrlAttribute";
    private const string AnnotationsAuthType = "Amazon.Lambda.Annotations.APIGateway.FunctionUrlAuthType";

    private const string FunctionUrlRemedy = "use FunctionUrlAuthType.AWS_IAM and grant callers lambda:InvokeFunctionUrl";
    private const string MethodRemedy = "use an authorizer (IAM, Cognito, Lambda) instead of AuthorizationType.NONE";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3008_UnauthenticatedEndpoint);

    internal override void Declare(RuleEngine rules)
    {
        // CDK Lambda: FunctionUrlOptions / FunctionUrlProps (and any other FunctionUrlAuthType property).
        rules.OnPropertyOfTypeAssigned(CdkFunctionUrlAuthType, static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsEnumMember(c.Aws.GetType(CdkFunctionUrlAuthType), "NONE"))
            {
                c.Report(Descriptors.SR3008_UnauthenticatedEndpoint, FixSpec.Replace(FixValue.Member(CdkFunctionUrlAuthType, "AWS_IAM")), "Function URL AuthType NONE", FunctionUrlRemedy);
            }
        }, SyntaxFilters.IfValueMayBe("NONE"));

        // CDK Lambda L1: CfnUrl AuthType = "NONE".
        foreach (var type in new[] { "Amazon.CDK.AWS.Lambda.CfnUrl", "Amazon.CDK.AWS.Lambda.CfnUrlProps" })
        {
            rules.OnPropertyAssigned(type, "AuthType", static (in PropertyAssignmentContext c) =>
            {
                if (string.Equals(c.Value.AsString, "NONE", StringComparison.OrdinalIgnoreCase))
                {
                    c.Report(Descriptors.SR3008_UnauthenticatedEndpoint, FixSpec.Replace(FixValue.String("AWS_IAM")), "CfnUrl AuthType \"NONE\"", "use \"AWS_IAM\"");
                }
            });
        }

        // Lambda Annotations: [FunctionUrl(AuthType = FunctionUrlAuthType.NONE)] ...
        rules.OnPropertyAssigned(AnnotationsAttribute, "AuthType", static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsEnumMember(c.Aws.GetType(AnnotationsAuthType), "NONE"))
            {
                c.Report(Descriptors.SR3008_UnauthenticatedEndpoint, FixSpec.Replace(FixValue.Member(AnnotationsAuthType, "AWS_IAM")), "[FunctionUrl] AuthType NONE", FunctionUrlRemedy);
            }
        });

        // ... and [FunctionUrl] without AuthType, whose default is NONE.
        rules.OnCreated(AnnotationsAttribute, static (in CreationContext c) =>
        {
            if (c.Creation.Parent is IAttributeOperation && !SetsAuthType(c.Creation) && !HasInvalidArgument(c.Creation))
            {
                c.Context.Report(
                    Descriptors.SR3008_UnauthenticatedEndpoint,
                    c.Creation,
                    FixSpec.AddProperties(FixValue.Member(AnnotationsAuthType, "AWS_IAM"), "AuthType"),
                    "[FunctionUrl] without AuthType (default FunctionUrlAuthType.NONE)",
                    "set AuthType = FunctionUrlAuthType.AWS_IAM");
            }
        });

        // API Gateway L2: MethodOptions.AuthorizationType (AddMethod options, DefaultMethodOptions), and any other AuthorizationType property.
        rules.OnPropertyOfTypeAssigned(AuthorizationType, static (in PropertyAssignmentContext c) =>
        {
            if (!c.Value.IsEnumMember(c.Aws.GetType(AuthorizationType), "NONE") || IsCorsPreflight(c.ConfiguredObject(), c.Context))
            {
                return;
            }

            c.Report(Descriptors.SR3008_UnauthenticatedEndpoint, FixSpec.Replace(FixValue.Member(AuthorizationType, "IAM")), "API Gateway AuthorizationType.NONE", MethodRemedy);
        }, SyntaxFilters.IfValueMayBe("NONE"));

        // API Gateway L1: CfnMethod AuthorizationType = "NONE", unless HttpMethod is OPTIONS.
        foreach (var type in new[] { "Amazon.CDK.AWS.APIGateway.CfnMethod", "Amazon.CDK.AWS.APIGateway.CfnMethodProps" })
        {
            rules.OnPropertyAssigned(type, "AuthorizationType", static (in PropertyAssignmentContext c) =>
            {
                if (!string.Equals(c.Value.AsString, "NONE", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }

                var method = c.ConfiguredObject();
                if (method is null || !method.TryGetAssignment("HttpMethod", out var httpMethod) ||
                    !string.Equals(ValueEvaluator.Evaluate(httpMethod.Value, c.Context.CancellationToken).AsString, "OPTIONS", StringComparison.OrdinalIgnoreCase))
                {
                    if (method is not null && method.TryGetAssignment("HttpMethod", out var unknown) && !ValueEvaluator.Evaluate(unknown.Value, c.Context.CancellationToken).IsKnown)
                    {
                        return;
                    }

                    c.Report(Descriptors.SR3008_UnauthenticatedEndpoint, FixSpec.Replace(FixValue.String("AWS_IAM")), "CfnMethod AuthorizationType \"NONE\"", "use \"AWS_IAM\", \"COGNITO_USER_POOLS\" or \"CUSTOM\" with an authorizer");
                }
            });
        }
    }

    /// <summary>
    /// True when the options object is passed to <c>AddMethod("OPTIONS", ...)</c> (CORS preflight), or to an
    /// <c>AddMethod</c> whose HTTP method is unknown.
    /// </summary>
    private static bool IsCorsPreflight(ObjectConfiguration? options, AwsAnalysisContext context)
    {
        if (options is null)
        {
            return false;
        }

        foreach (var use in options.Uses)
        {
            if (use.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "AddMethod" } invocation })
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Ordinal == 0)
                    {
                        var value = ValueEvaluator.Evaluate(argument.Value, context.CancellationToken);
                        return !value.IsKnown || string.Equals(value.AsString, "OPTIONS", StringComparison.OrdinalIgnoreCase);
                    }
                }
            }
        }

        return false;
    }

    /// <summary>True when the attribute names <c>AuthType</c> (or has a named argument the compiler could not bind).</summary>
    private static bool SetsAuthType(IObjectCreationOperation attribute)
    {
        if (attribute.Initializer is null)
        {
            return false;
        }

        foreach (var member in attribute.Initializer.Initializers)
        {
            if (member is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } || name == "AuthType")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasInvalidArgument(IObjectCreationOperation creation)
    {
        foreach (var argument in creation.Arguments)
        {
            if (argument.Value is IInvalidOperation)
            {
                return true;
            }
        }

        return false;
    }
}

using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.ApiGateway.UnauthenticatedEndpointAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.ApiGateway;

/// <summary>SR3008 — endpoint reachable without authentication.</summary>
public class UnauthenticatedEndpointAnalyzerTests
{
    [Fact]
    public async Task LambdaFunctionUrls_AuthTypeNone_AreReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, Function fn) : base(scope, id)
                {
                    fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = {|#0:FunctionUrlAuthType.NONE|} });
                    new FunctionUrl(this, "Url", new FunctionUrlProps { Function = fn, AuthType = [|FunctionUrlAuthType.NONE|] });
                    new CfnUrl(this, "L1", new CfnUrlProps { TargetFunctionArn = fn.FunctionArn, AuthType = [|"NONE"|] });
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("Function URL AuthType NONE", "use FunctionUrlAuthType.AWS_IAM and grant callers lambda:InvokeFunctionUrl"))
            .ValidateAsync();
    }

    [Fact]
    public async Task LambdaAnnotations_FunctionUrlAttribute_NoneOrDefault_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Annotations.APIGateway;

            class Functions
            {
                [LambdaFunction]
                [FunctionUrl(AuthType = [|FunctionUrlAuthType.NONE|])]
                public string Public() => "hello";

                [LambdaFunction]
                [[|FunctionUrl|]]
                public string DefaultIsPublic() => "hello";

                [LambdaFunction]
                [FunctionUrl(AuthType = FunctionUrlAuthType.AWS_IAM)]
                public string Private() => "hello";
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task ApiGatewayMethods_AuthorizationTypeNone_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.APIGateway;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, Integration integration) : base(scope, id)
                {
                    var api = new RestApi(this, "Api", new RestApiProps
                    {
                        DefaultMethodOptions = new MethodOptions { AuthorizationType = [|AuthorizationType.NONE|] },
                    });
                    api.Root.AddMethod("GET", integration, new MethodOptions { AuthorizationType = [|AuthorizationType.NONE|] });
                    new CfnMethod(this, "L1", new CfnMethodProps { HttpMethod = "POST", ResourceId = "r", RestApiId = "a", AuthorizationType = [|"NONE"|] });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task AuthenticatedCorsPreflightAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.APIGateway;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, Function fn, Integration integration, IAuthorizer authorizer, FunctionUrlAuthType authType, string verb) : base(scope, id)
                {
                    fn.AddFunctionUrl();
                    fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.AWS_IAM });
                    fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = authType });
                    var api = new RestApi(this, "Api");
                    api.Root.AddMethod("GET", integration, new MethodOptions { AuthorizationType = AuthorizationType.IAM });
                    api.Root.AddMethod("POST", integration, new MethodOptions { AuthorizationType = AuthorizationType.COGNITO, Authorizer = authorizer });
                    // CORS preflight: public by design.
                    api.Root.AddMethod("OPTIONS", integration, new MethodOptions { AuthorizationType = AuthorizationType.NONE });
                    api.Root.AddMethod(verb, integration, new MethodOptions { AuthorizationType = AuthorizationType.NONE });
                    new CfnMethod(this, "L1", new CfnMethodProps { HttpMethod = "OPTIONS", ResourceId = "r", RestApiId = "a", AuthorizationType = "NONE" });
                    new CfnMethod(this, "L2", new CfnMethodProps { HttpMethod = "GET", ResourceId = "r", RestApiId = "a", AuthorizationType = "AWS_IAM" });
                    new CfnUrl(this, "U", new CfnUrlProps { TargetFunctionArn = fn.FunctionArn, AuthType = "AWS_IAM" });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_UsesIam()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.APIGateway;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, Function fn, Integration integration) : base(scope, id)
                {
                    fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = [|FunctionUrlAuthType.NONE|] });
                    new RestApi(this, "Api").Root.AddMethod("GET", integration, new MethodOptions { AuthorizationType = [|AuthorizationType.NONE|] });
                    new CfnUrl(this, "L1", new CfnUrlProps { TargetFunctionArn = fn.FunctionArn, AuthType = [|"NONE"|] });
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.APIGateway;
                using Amazon.CDK.AWS.Lambda;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id, Function fn, Integration integration) : base(scope, id)
                    {
                        fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.AWS_IAM });
                        new RestApi(this, "Api").Root.AddMethod("GET", integration, new MethodOptions { AuthorizationType = AuthorizationType.IAM });
                        new CfnUrl(this, "L1", new CfnUrlProps { TargetFunctionArn = fn.FunctionArn, AuthType = "AWS_IAM" });
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_LambdaAnnotations()
    {
        await VerifyCS.Code(
            """
            using Amazon.Lambda.Annotations;
            using Amazon.Lambda.Annotations.APIGateway;

            class Functions
            {
                [LambdaFunction]
                [FunctionUrl(AuthType = [|FunctionUrlAuthType.NONE|])]
                public string Public() => "hello";

                [LambdaFunction]
                [[|FunctionUrl|]]
                public string DefaultIsPublic() => "hello";

                [LambdaFunction, [|FunctionUrl(AllowCredentials = true)|]]
                public string WithOptions() => "hello";
            }
            """)
            .FixesTo(
                """
                using Amazon.Lambda.Annotations;
                using Amazon.Lambda.Annotations.APIGateway;

                class Functions
                {
                    [LambdaFunction]
                    [FunctionUrl(AuthType = FunctionUrlAuthType.AWS_IAM)]
                    public string Public() => "hello";

                    [LambdaFunction]
                    [FunctionUrl(AuthType = FunctionUrlAuthType.AWS_IAM)]
                    public string DefaultIsPublic() => "hello";

                    [LambdaFunction, FunctionUrl(AllowCredentials = true, AuthType = FunctionUrlAuthType.AWS_IAM)]
                    public string WithOptions() => "hello";
                }
                """)
            .ValidateAsync();
    }
}

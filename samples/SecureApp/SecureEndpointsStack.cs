using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace SecureApp;

/// <summary>Endpoints that require IAM authentication (the secure side of SR3008).</summary>
public class SecureEndpointsStack : Stack
{
    public SecureEndpointsStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var fn = Function.FromFunctionArn(this, "Handler", "arn:aws:lambda:eu-west-1:123456789012:function:handler");
        fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.AWS_IAM });

        var api = new RestApi(this, "Api");
        api.Root.AddMethod("GET", new MockIntegration(), new MethodOptions { AuthorizationType = AuthorizationType.IAM });
        // CORS preflight stays public.
        api.Root.AddMethod("OPTIONS", new MockIntegration(), new MethodOptions { AuthorizationType = AuthorizationType.NONE });
    }
}

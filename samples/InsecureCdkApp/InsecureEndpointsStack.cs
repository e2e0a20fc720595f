using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace InsecureCdkApp;

/// <summary>
/// Endpoints without authentication. SR3008 is an Info-level rule: the build does not print it, so these lines
/// are not annotated for the end-to-end check; the IDE shows them and `dotnet format analyzers --diagnostics SR3008
/// --severity info` fixes them.
/// </summary>
public class InsecureEndpointsStack : Stack
{
    public InsecureEndpointsStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var fn = Function.FromFunctionArn(this, "Handler", "arn:aws:lambda:eu-west-1:123456789012:function:handler");

        // A public function URL (SR3008 is Info by default; this sample's .editorconfig raises it to warning).
        fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.NONE }); // SR3008

        var api = new RestApi(this, "Api");
        // A method anyone can call.
        api.Root.AddMethod("GET", new MockIntegration(), new MethodOptions { AuthorizationType = AuthorizationType.NONE }); // SR3008
    }
}

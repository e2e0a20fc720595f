using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace SecureApp;

/// <summary>Lambda functions on supported runtimes (the secure side of SR4001).</summary>
public class SecureFunctionsStack : Stack
{
    public SecureFunctionsStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        _ = new Function(this, "Reports", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context): return 'ok'"),
        });

        // Amazon.CDK.Lib 2.160.0 has no supported .NET member: name the runtime.
        _ = new Function(this, "Api", new FunctionProps
        {
            Runtime = new Runtime("dotnet10", RuntimeFamily.DOTNET_CORE),
            Handler = "Api::Api.Function::Handler",
            Code = Code.FromAsset("publish"),
        });
    }
}

using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace InsecureCdkApp;

/// <summary>Lambda runtimes past end of support (SR4001). Each flagged line says which rule fires.</summary>
public class InsecureFunctionsStack : Stack
{
    public InsecureFunctionsStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        _ = new Function(this, "Reports", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_9, // SR4001
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context): return 'ok'"),
        });

        _ = new Function(this, "Api", new FunctionProps
        {
            Runtime = Runtime.DOTNET_8, // SR4001 (no automatic fix)
            Handler = "Api::Api.Function::Handler",
            Code = Code.FromAsset("publish"),
        });
    }
}

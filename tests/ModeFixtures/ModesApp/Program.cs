using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.S3;
using Amazon.S3.Model;
using Constructs;

namespace ModesApp;

public static class Program
{
    public static void Main()
    {
        // Only built, never synthesized or run.
        var app = new App();
        _ = new SiteStack(app, "Site");
        _ = Uploads.Request("report.csv");
    }
}

/// <summary>One finding of each kind the modes treat differently (see expected-findings.txt).</summary>
public sealed class SiteStack : Stack
{
    public SiteStack(Construct scope, string id)
        : base(scope, id)
    {
        // SR3001: Warning by default.
        _ = new Bucket(this, "Site", new BucketProps { PublicReadAccess = true, EnforceSSL = true });

        var fn = new Function(this, "Contact", new FunctionProps
        {
            // SR4001: Warning by default, another category.
            Runtime = Runtime.PYTHON_3_9,
            Handler = "index.handler",
            Code = Code.FromInline("def handler(event, context): return {}"),
        });

        // SR3008: Info by default, evidence certain (Recommended raises it).
        fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.NONE });
    }
}

public static class Uploads
{
    // SR1001: Info by default, evidence contextual (only All raises it).
    public static PutObjectRequest Request(string key) =>
        new() { BucketName = "reports", Key = key, ServerSideEncryptionMethod = ServerSideEncryptionMethod.None };
}

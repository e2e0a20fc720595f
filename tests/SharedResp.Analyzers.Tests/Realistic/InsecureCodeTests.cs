using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.Realistic;

/// <summary>
/// A whole insecure file as teams write them (a static website in a hurry), through every analyzer at once: each
/// finding on its line, each reported by the one rule it belongs to (no rule reports another's finding twice).
/// </summary>
public class InsecureCodeTests
{
    [Fact]
    public async Task AStaticWebsiteInAHurry_ReportsEachFindingOnce()
    {
        await MarkedLines.AssertAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.Lambda;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            public sealed class WebsiteStack : Stack
            {
                public WebsiteStack(Construct scope, string id) : base(scope, id)
                {
                    var site = new Bucket(this, "Site", new BucketProps
                    {
                        WebsiteIndexDocument = "index.html",
                        PublicReadAccess = true, // expect: SR3001
                        BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS, // expect: SR3002
                        EnforceSSL = true,
                    });
                    site.GrantPublicAccess(); // expect: SR3001
                    site.GrantRead(new AnyPrincipal()); // expect: SR2003

                    var deployer = new Role(this, "Deployer", new RoleProps { AssumedBy = new ServicePrincipal("codebuild.amazonaws.com") });
                    deployer.AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("AdministratorAccess")); // expect: SR2005

                    var fn = new Function(this, "Contact", new FunctionProps
                    {
                        Runtime = Runtime.NODEJS_16_X, // expect: SR4001
                        Handler = "index.handler",
                        Code = Code.FromInline("exports.handler = async () => ({ statusCode: 200 });"),
                    });
                    fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.NONE }); // expect: SR3008
                }
            }
            """);
    }
}

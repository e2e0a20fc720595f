using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Lambda.LambdaRuntimeAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Lambda;

/// <summary>SR4001 — Lambda runtime past end of support (table as of 2026-11-28; Amazon.CDK.Lib 2.160.0).</summary>
public class LambdaRuntimeAnalyzerTests
{
    [Fact]
    public async Task EndOfSupportMembers_AreReported_WithTheMemberToSwapIn()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Function(this, "Py", new FunctionProps
                    {
                        Runtime = {|#0:Runtime.PYTHON_3_9|},
                        Handler = "index.handler",
                        Code = Code.FromAsset("src"),
                    });
                    new Function(this, "Rb", new FunctionProps { Runtime = [|Runtime.RUBY_3_2|], Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Java", new FunctionProps { Runtime = [|Runtime.JAVA_8|], Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Custom", new FunctionProps { Runtime = [|Runtime.PROVIDED_AL2|], Handler = "h", Code = Code.FromAsset("src") });
                    // Used only as a bundling image.
                    var image = [|Runtime.PYTHON_3_10|].BundlingImage;
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "Runtime.PYTHON_3_9 (Python 3.9) reached end of support on 2025-12-15",
                    "use Runtime.PYTHON_3_12 (Python 3.12, supported until 2028-10-31)"))
            .ValidateAsync();
    }

    [Fact]
    public async Task DotnetAndNode_HaveNoSupportedMemberIn2160_TheMessageNamesANewerCdk()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Function(this, "Net", new FunctionProps { Runtime = {|#0:Runtime.DOTNET_8|}, Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Node", new FunctionProps { Runtime = {|#1:Runtime.NODEJS_20_X|}, Handler = "h", Code = Code.FromAsset("src") });
            #pragma warning disable CS0618
                    new Function(this, "Old", new FunctionProps { Runtime = [|Runtime.NODEJS_14_X|], Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Go", new FunctionProps { Runtime = [|Runtime.GO_1_X|], Handler = "h", Code = Code.FromAsset("src") });
            #pragma warning restore CS0618
                    new Function(this, "Named", new FunctionProps { Runtime = [|new Runtime("nodejs18.x", RuntimeFamily.NODEJS)|], Handler = "h", Code = Code.FromAsset("src") });
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(
                    "Runtime.DOTNET_8 (.NET 8) reached end of support on 2026-11-10",
                    "the referenced Amazon.CDK.Lib has no supported .NET runtime: upgrade to Amazon.CDK.Lib 2.277.0 (DOTNET_10) or later, or name it with new Runtime(\"dotnet10\", RuntimeFamily.DOTNET_CORE)"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments(
                    "Runtime.NODEJS_20_X (Node.js 20) reached end of support on 2026-04-30",
                    "the referenced Amazon.CDK.Lib has no supported Node.js runtime: upgrade to Amazon.CDK.Lib 2.277.0 (NODEJS_22_X, NODEJS_24_X) or later, or name it with new Runtime(\"nodejs24.x\", RuntimeFamily.NODEJS)"))
            .ValidateAsync();
    }

    [Fact]
    public async Task CfnFunctionRuntimeStrings_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnFunction(this, "L1", new CfnFunctionProps { Role = "arn:aws:iam::123456789012:role/r", Code = new CfnFunction.CodeProperty { ZipFile = "x" }, Runtime = [|"python3.8"|] });
                    var fn = new CfnFunction(this, "L2", new CfnFunctionProps { Role = "arn:aws:iam::123456789012:role/r", Code = new CfnFunction.CodeProperty { ZipFile = "x" } });
                    fn.Runtime = [|"dotnet6"|];
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task SupportedRuntimesComparisonsAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, Runtime chosen, string runtimeName, Function existing) : base(scope, id)
                {
                    new Function(this, "Py", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Java", new FunctionProps { Runtime = Runtime.JAVA_21, Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Rb", new FunctionProps { Runtime = Runtime.RUBY_3_3, Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Custom", new FunctionProps { Runtime = Runtime.PROVIDED_AL2023, Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Any", new FunctionProps { Runtime = chosen, Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Named", new FunctionProps { Runtime = new Runtime("dotnet10", RuntimeFamily.DOTNET_CORE), Handler = "h", Code = Code.FromAsset("src") });
                    new Function(this, "Var", new FunctionProps { Runtime = new Runtime(runtimeName), Handler = "h", Code = Code.FromAsset("src") });
                    new CfnFunction(this, "L1", new CfnFunctionProps { Role = "r", Code = new CfnFunction.CodeProperty { ZipFile = "x" }, Runtime = "python3.12" });
                    // Comparing with an old runtime does not use it.
                    var isOld = existing.Runtime == Runtime.NODEJS_18_X || existing.Runtime.RuntimeEquals(Runtime.PYTHON_3_8);
                    var latest = Runtime.NODEJS_LATEST;
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SwapsInTheNewestSupportedMember()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Lambda;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Function(this, "Py", new FunctionProps { Runtime = [|Runtime.PYTHON_3_9|], Handler = "h", Code = Code.FromAsset("src") });
                    var image = [|Runtime.RUBY_3_2|].BundlingImage;
                    new Function(this, "Net", new FunctionProps { Runtime = [|Runtime.DOTNET_8|], Handler = "h", Code = Code.FromAsset("src") });
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.Lambda;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Function(this, "Py", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src") });
                        var image = Runtime.RUBY_3_3.BundlingImage;
                        new Function(this, "Net", new FunctionProps { Runtime = [|Runtime.DOTNET_8|], Handler = "h", Code = Code.FromAsset("src") });
                    }
                }
                """)
            .ValidateAsync();
    }
}

using Microsoft.CodeAnalysis;
using SharedResp.Analyzers.Rules.Credentials;
using SharedResp.Analyzers.Rules.Ec2;
using SharedResp.Analyzers.Rules.Iam;
using SharedResp.Analyzers.Rules.Transport;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.Configuration;

/// <summary>Each rule option: setting it changes what is reported (and only that), its deprecated alias works, and an invalid value gives SR0001 and the default behaviour.</summary>
public class RuleOptionsTests
{
    // ------------------------------------------------------------------ SR3005 sensitive_ports

    private const string SecurityGroups = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        class MyStack : Stack
        {
            public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
            {
                var sg = new SecurityGroup(this, "Sg", new SecurityGroupProps { Vpc = vpc });
                {|#0:sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(8080))|};
                {|#1:sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(22))|};
                sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(8081));
            }
        }
        """;

    [Theory]
    [InlineData("sharedresp.SR3005.sensitive_ports")]
    [InlineData("dotnet_diagnostic.SR3005.sensitive_ports")]
    public async Task SR3005_SensitivePorts_ReplaceTheDefaultSet(string key) =>
        await Verify<SecurityGroupIngressAnalyzer>.Code(SecurityGroups)
            .WithOptions(key + " = 8080, 9000-9100")
            .Expect(Sr3005(0))
            .ValidateAsync();

    [Fact]
    public async Task SR3005_NewKey_WinsOverTheAlias() =>
        await Verify<SecurityGroupIngressAnalyzer>.Code(SecurityGroups)
            .WithOptions("sharedresp.SR3005.sensitive_ports = 8080", "dotnet_diagnostic.SR3005.sensitive_ports = 22")
            .Expect(Sr3005(0))
            .ValidateAsync();

    [Theory]
    [InlineData("sharedresp.SR3005.sensitive_ports", "22, ssh")]
    [InlineData("sharedresp.SR3005.sensitive_ports", "70000")]
    [InlineData("dotnet_diagnostic.SR3005.sensitive_ports", "9100-9000")]
    public async Task SR3005_InvalidValue_IsReported_AndTheDefaultSetApplies(string key, string value) =>
        await Verify<SecurityGroupIngressAnalyzer>.Code(SecurityGroups)
            .WithOptions(key + " = " + value)
            .Expect(Verify<SecurityGroupIngressAnalyzer>.InvalidOption(key, value), Sr3005(1))
            .ValidateAsync();

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sr3005(int location) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.SR3005_SecurityGroupOpenToInternet.Id, Descriptors.SR3005_SecurityGroupOpenToInternet.DefaultSeverity).WithLocation(location);

    // ------------------------------------------------------------------ SR2002 exempt_actions

    private const string LogsPolicies = """
        using Amazon.CDK.AWS.IAM;

        class C
        {
            void M()
            {
                var logs = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:PutLogEvents", "logs:CreateLogStream" }, Resources = new[] { {|#0:"*"|} } });
                var mixed = new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:PutLogEvents", "sqs:SendMessage" }, Resources = new[] { {|#1:"*"|} } });
            }
        }
        """;

    [Theory]
    [InlineData("sharedresp.SR2002.exempt_actions")]
    [InlineData("dotnet_code_quality.SR2002.exempt_actions")]
    public async Task SR2002_ExemptActions_AreNotCounted_OtherActionsStillAre(string key) =>
        await Verify<PolicyAllowsAllResourcesAnalyzer>.Code(LogsPolicies)
            .WithOptions(key + " = logs:*, xray:PutTraceSegments")
            .Expect(Sr2002(1))
            .ValidateAsync();

    [Fact]
    public async Task SR2002_WithoutTheOption_BothStatementsAreReported() =>
        await Verify<PolicyAllowsAllResourcesAnalyzer>.Code(LogsPolicies)
            .WithOptions()
            .Expect(Sr2002(0), Sr2002(1))
            .ValidateAsync();

    [Theory]
    [InlineData("sharedresp.SR2002.exempt_actions", "PutLogEvents")]
    [InlineData("dotnet_code_quality.SR2002.exempt_actions", "logs:Put Events!")]
    public async Task SR2002_InvalidValue_IsReported_AndNothingExtraIsExempt(string key, string value) =>
        await Verify<PolicyAllowsAllResourcesAnalyzer>.Code(LogsPolicies)
            .WithOptions(key + " = " + value)
            .Expect(Verify<PolicyAllowsAllResourcesAnalyzer>.InvalidOption(key, value), Sr2002(0), Sr2002(1))
            .ValidateAsync();

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sr2002(int location) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.SR2002_PolicyAllowsAllResources.Id, Descriptors.SR2002_PolicyAllowsAllResources.DefaultSeverity).WithLocation(location);

    // ------------------------------------------------------------------ SR2005 additional_policies

    private const string ManagedPolicies = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.IdentityManagement.Model;

        class C
        {
            void M(Stack stack)
            {
                var a = ManagedPolicy.FromAwsManagedPolicyName({|#0:"AmazonEC2ContainerRegistryPowerUser"|});
                var b = ManagedPolicy.FromAwsManagedPolicyName({|#1:"job-function/DataScientist"|});
                var c = new AttachRolePolicyRequest { RoleName = "r", PolicyArn = {|#2:"arn:aws:iam::aws:policy/AmazonS3FullAccess"|} };
                var d = ManagedPolicy.FromAwsManagedPolicyName("AmazonEC2ContainerRegistryReadOnly");
                var e = ManagedPolicy.FromAwsManagedPolicyName("service-role/DataScientist");
                var f = ManagedPolicy.FromManagedPolicyArn(stack, "P", {|#3:"arn:aws:iam::aws:policy/AWSCodeCommitPowerUser"|});
                var g = ManagedPolicy.FromAwsManagedPolicyName({|#4:"AdministratorAccess"|});
            }
        }
        """;

    [Fact]
    public async Task SR2005_AdditionalPolicies_AreReportedAsWarnings_OthersAreNot() =>
        await Verify<BroadManagedPolicyAnalyzer>.Code(ManagedPolicies)
            .WithOptions("sharedresp.SR2005.additional_policies = AmazonEC2ContainerRegistryPowerUser, job-function/DataScientist, arn:aws:iam::aws:policy/AmazonS3FullAccess, AWSCodeCommit*")
            .Expect(
                Sr2005(0, "ManagedPolicy.FromAwsManagedPolicyName", "AmazonEC2ContainerRegistryPowerUser", ListedGrants),
                Sr2005(1, "ManagedPolicy.FromAwsManagedPolicyName", "DataScientist", ListedGrants),
                Sr2005(2, "AttachRolePolicyRequest", "AmazonS3FullAccess", "every action of the service on every resource"),
                Sr2005(3, "ManagedPolicy.FromManagedPolicyArn", "AWSCodeCommitPowerUser", ListedGrants),
                Sr2005(4, "ManagedPolicy.FromAwsManagedPolicyName", "AdministratorAccess", "every action on every resource in the account"))
            .ValidateAsync();

    [Theory]
    [InlineData("Amazon!EC2")]
    [InlineData("\"AmazonEC2ContainerRegistryPowerUser\"")]
    public async Task SR2005_InvalidValue_IsReported_AndOnlyTheBuiltInListApplies(string value) =>
        await Verify<BroadManagedPolicyAnalyzer>.Code(ManagedPolicies)
            .WithOptions("sharedresp.SR2005.additional_policies = " + value)
            .Expect(
                Verify<BroadManagedPolicyAnalyzer>.InvalidOption("sharedresp.SR2005.additional_policies", value),
                Sr2005(2, "AttachRolePolicyRequest", "AmazonS3FullAccess", "every action of the service on every resource").WithSeverity(DiagnosticSeverity.Info),
                Sr2005(4, "ManagedPolicy.FromAwsManagedPolicyName", "AdministratorAccess", "every action on every resource in the account"))
            .ValidateAsync();

    private const string ListedGrants = "permissions this project lists as too broad (sharedresp.SR2005.additional_policies)";

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sr2005(int location, string via, string name, string grants) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.SR2005_BroadManagedPolicy).WithLocation(location).WithArguments(via, name, grants);

    // ------------------------------------------------------------------ SR3004 allowed_http_hosts

    private const string HttpEndpoints = """
        using Amazon.S3;

        class C
        {
            void M()
            {
                _ = new AmazonS3Config { ServiceURL = {|#0:"http://minio.ci.internal:9000"|} };
                _ = new AmazonS3Config { ServiceURL = {|#1:"http://s3.test.example.com/bucket"|} };
                _ = new AmazonS3Config { ServiceURL = {|#2:"http://test.example.com"|} };
                _ = new AmazonS3Config { ServiceURL = {|#3:"http://minio.ci.internal.evil.com"|} };
                _ = new AmazonS3Config { ServiceURL = {|#4:"http://user@minio.ci.internal@other.example.com"|} };
                _ = new AmazonS3Config { UseHttp = {|#5:true|} };
                _ = new AmazonS3Config { ServiceURL = "http://localhost:4566" };
            }
        }
        """;

    [Fact]
    public async Task SR3004_AllowedHosts_AreNotReported_OnlyForThatHost() =>
        await Verify<PlainHttpAnalyzer>.Code(HttpEndpoints)
            .WithOptions("sharedresp.SR3004.allowed_http_hosts = MINIO.ci.internal, *.test.example.com")
            .Expect(Sr3004(2), Sr3004(3), Sr3004(4), Sr3004(5))
            .ValidateAsync();

    [Theory]
    [InlineData("http://minio.ci.internal")]
    [InlineData("minio.ci.internal:9000")]
    [InlineData("*")]
    public async Task SR3004_InvalidValue_IsReported_AndOnlyLocalHostsAreAllowed(string value) =>
        await Verify<PlainHttpAnalyzer>.Code(HttpEndpoints)
            .WithOptions("sharedresp.SR3004.allowed_http_hosts = " + value)
            .Expect(Verify<PlainHttpAnalyzer>.InvalidOption("sharedresp.SR3004.allowed_http_hosts", value), Sr3004(0), Sr3004(1), Sr3004(2), Sr3004(3), Sr3004(4), Sr3004(5))
            .ValidateAsync();

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sr3004(int location) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.SR3004_PlainHttp.Id, Descriptors.SR3004_PlainHttp.DefaultSeverity).WithLocation(location);

    // ------------------------------------------------------------------ SR5001 placeholder_values

    private const string Credentials = """
        using Amazon.Runtime;

        class C
        {
            AWSCredentials A() => {|#0:new BasicAWSCredentials("AKIA2QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1")|};
            AWSCredentials B() => {|#1:new BasicAWSCredentials("AKIA3QWERTY7ZXCVBNM4", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1")|};
            const string Key = {|#2:"AKIA2QWERTY7ZXCVBNM5"|};
            const string Other = {|#3:"AKIA4QWERTY7ZXCVBNM4"|};
        }
        """;

    [Fact]
    public async Task SR5001_PlaceholderValues_AreNotReported_OtherKeysAre() =>
        await Verify<HardCodedCredentialsAnalyzer>.Code(Credentials)
            .WithOptions("sharedresp.SR5001.placeholder_values = akia2qwerty*")
            .Expect(Sr5001(1), Sr5001(3))
            .ValidateAsync();

    [Fact]
    public async Task SR5001_PlaceholderSecret_CoversTheCredentialsObject_NotARealLookingKey() =>
        await Verify<HardCodedCredentialsAnalyzer>.Code(
                """
                using Amazon.Runtime;

                class C
                {
                    AWSCredentials A() => new BasicAWSCredentials({|#0:"AKIA2QWERTY7ZXCVBNM4"|}, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1");
                }
                """)
            .WithOptions("sharedresp.SR5001.placeholder_values = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8bK3kLm1")
            .Expect(Sr5001(0))
            .ValidateAsync();

    [Theory]
    [InlineData("\"AKIA2QWERTY7ZXCVBNM4\"")]
    [InlineData("'local'")]
    public async Task SR5001_InvalidValue_IsReported_AndOnlyTheBuiltInPlaceholdersApply(string value) =>
        await Verify<HardCodedCredentialsAnalyzer>.Code(Credentials)
            .WithOptions("sharedresp.SR5001.placeholder_values = " + value)
            .Expect(Verify<HardCodedCredentialsAnalyzer>.InvalidOption("sharedresp.SR5001.placeholder_values", value), Sr5001(0), Sr5001(1), Sr5001(2), Sr5001(3))
            .ValidateAsync();

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Sr5001(int location) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.SR5001_HardCodedCredentials.Id, Descriptors.SR5001_HardCodedCredentials.DefaultSeverity).WithLocation(location);
}

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Rules.ResponsibilityMap;
using SharedResp.Analyzers.Services;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.ResponsibilityMap.ServiceResponsibilityAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.ResponsibilityMap;

/// <summary>SR9001 — the opt-in note at the first use of each AWS service, stating its shared responsibility split.</summary>
public class ServiceResponsibilityAnalyzerTests
{
    private static string Split(string key) => ServiceCatalog.Default.Find(key)!.Split;

    private static string Name(string key) => ServiceCatalog.Default.Find(key)!.Name;

    [Fact]
    public async Task Sdk_ClientCreation_IsAUse()
    {
        await VerifyCS.Code(
            """
            using Amazon.S3;

            class C
            {
                IAmazonS3 M() => {|#0:new AmazonS3Client()|};
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments(Name("S3"), Split("S3")))
            .ValidateAsync();
    }

    [Fact]
    public async Task Sdk_RequestCreation_TargetTyped_IsAUse()
    {
        await VerifyCS.Code(
            """
            using Amazon.SQS.Model;

            class C
            {
                CreateQueueRequest M() => {|#0:new() { QueueName = "q" }|};
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments(Name("SQS"), Split("SQS")))
            .ValidateAsync();
    }

    [Fact]
    public async Task Sdk_ClientMethodCall_OnAnInjectedClient_IsAUse()
    {
        await VerifyCS.Code(
            """
            using System.Threading.Tasks;
            using Amazon.KeyManagementService;
            using Amazon.KeyManagementService.Model;

            class C
            {
                private readonly IAmazonKeyManagementService _kms;
                C(IAmazonKeyManagementService kms) => _kms = kms;
                Task M(EnableKeyRotationRequest request) => {|#0:_kms.EnableKeyRotationAsync(request)|};
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments(Name("KMS"), Split("KMS")))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_ConstructCreation_And_StaticMethods_AreUses_MoreSpecificPrefixWins()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    var bucket = {|#0:new Bucket(this, "Data", {|#1:new BucketProps { Versioned = true }|})|};
                    var imported = {|#2:Bucket.FromBucketName(this, "Imported", "name")|};
                    var peer = {|#3:Peer.Ipv4("10.0.0.0/8")|};
                    var volume = {|#4:new Volume(this, "V", new VolumeProps { AvailabilityZone = "eu-west-1a", Size = Size.Gibibytes(8), Encrypted = true })|};
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments(Name("S3"), Split("S3")),
                VerifyCS.Diagnostic().WithLocation(3).WithArguments(Name("VPC"), Split("VPC")),
                VerifyCS.Diagnostic().WithLocation(4).WithArguments(Name("EBS"), Split("EBS")))
            .ValidateAsync();
    }

    [Fact]
    public async Task PackageReference_Using_Strings_Nameof_Declarations_AreNotUses()
    {
        await VerifyCS.Code(
            """
            using System;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.CDK.AWS.Lambda;

            class C
            {
                private IAmazonS3? _s3;
                string Name => "Amazon.S3.AmazonS3Client";
                string Other => nameof(AmazonS3Client) + nameof(PutObjectRequest) + nameof(Function);
                Type T => typeof(AmazonS3Client);
                void M(PutObjectRequest? request, Function? function) { }
                object Make() => new object();
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Runtime_Types_And_Credentials_AreNotAService()
    {
        await VerifyCS.Code(
            """
            using Amazon;
            using Amazon.Runtime;

            class C
            {
                object M() => new BasicAWSCredentials("id", "secret");
                object R() => RegionEndpoint.GetBySystemName("eu-west-1");
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task OneReportPerServicePerProject_AtTheFirstUse_AcrossFiles_Deterministically()
    {
        var sources = new[]
        {
            ("src/B.cs", """
                using Amazon.S3;
                using Amazon.SQS;
                class B
                {
                    object S3() => new AmazonS3Client();
                    object Sqs() => new AmazonSQSClient();
                    object S3Again() => new AmazonS3Client();
                }
                """),
            ("src/A.cs", """
                using Amazon.S3;
                using Amazon.S3.Model;
                class A
                {
                    async System.Threading.Tasks.Task M(IAmazonS3 s3)
                    {
                        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "b", Key = "k" });
                        await s3.ListBucketsAsync();
                    }
                }
                """),
            ("src/C.cs", """
                using Amazon.SQS;
                class D { object Sqs() => new AmazonSQSClient(); }
                """),
        };

        for (var run = 0; run < 3; run++)
        {
            var ordered = run == 1 ? sources.Reverse().ToArray() : sources;
            var diagnostics = await RunEnabledAsync(ordered);
            Assert.Collection(
                diagnostics,
                d =>
                {
                    Assert.Equal("src/A.cs", d.Location.SourceTree!.FilePath);
                    Assert.Equal(6, d.Location.GetLineSpan().StartLinePosition.Line);
                    Assert.Equal("S3", d.Properties[ServiceResponsibilityAnalyzer.ServiceProperty]);
                    Assert.StartsWith("Amazon S3 is used here; in the AWS shared responsibility model AWS secures", d.GetMessage(), StringComparison.Ordinal);
                },
                d =>
                {
                    Assert.Equal("src/B.cs", d.Location.SourceTree!.FilePath);
                    Assert.Equal(5, d.Location.GetLineSpan().StartLinePosition.Line);
                    Assert.Equal("SQS", d.Properties[ServiceResponsibilityAnalyzer.ServiceProperty]);
                });
        }
    }

    [Fact]
    public async Task UsesInExcludedPaths_AreNotTheFirstUse()
    {
        // Without the exclusion the first use would be /0/Generated/Client.cs ('G' sorts before 'T').
        await VerifyCS.Code(
            """
            using Amazon.S3;
            class Kept { object M() => {|SR9001:new AmazonS3Client()|}; }
            """)
            .WithOptions(
                "dotnet_diagnostic.SR9001.severity = suggestion",
                "sharedresp.excluded_paths = **/Generated/**")
            .WithSource("/0/Generated/Client.cs", "using Amazon.S3;\nclass Generated { object M() => new AmazonS3Client(); }\n")
            .ValidateAsync();
    }

    [Fact]
    public async Task DisabledByDefault_AndSilentWithoutAws()
    {
        var compilation = AnalyzerRunner.Compile("class C { object M() => new Amazon.S3.AmazonS3Client(); }");
        var result = await AnalyzerRunner.RunAsync(compilation, ImmutableArray.Create(Catalog.Of(new ServiceResponsibilityAnalyzer())));
        Assert.Empty(result.Diagnostics);
        Assert.False(Descriptors.SR9001_ServiceResponsibilitySplit.IsEnabledByDefault);
        Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, Descriptors.SR9001_ServiceResponsibilitySplit.CustomTags);

        var withoutAws = AnalyzerRunner.Compile("namespace Amazon.S3 { class AmazonS3Client { } } class C { object M() => new Amazon.S3.AmazonS3Client(); }", AwsReferences.FrameworkOnly);
        Assert.Empty(await RunEnabledAsync(withoutAws));
    }

    [Fact]
    public void Catalog_Parses_AndCoversEveryServiceTagOfTheRules()
    {
        var catalog = ServiceCatalog.Default;
        Assert.NotEmpty(catalog.CommonAwsSecures);
        var notServices = new HashSet<string>(StringComparer.Ordinal) { "SDK", "CDK", "Credentials", "Configuration", Descriptors.CustomerResponsibilityTag, Descriptors.EvidenceCertainTag, Descriptors.EvidenceContextualTag, Descriptors.CodeFixTag, WellKnownDiagnosticTags.CompilationEnd };
        var tags = Descriptors.All.SelectMany(d => d.CustomTags).Where(t => !t.StartsWith("Layer:", StringComparison.Ordinal) && !notServices.Contains(t)).Distinct();
        Assert.All(tags, tag => Assert.NotNull(catalog.Find(tag)));
        Assert.All(catalog.Services, s =>
        {
            Assert.Equal(ServiceCatalog.Layers.Length, s.Layers.Length);
            Assert.StartsWith("AWS secures ", s.Split, StringComparison.Ordinal);
            Assert.Contains(", and you secure ", s.Split, StringComparison.Ordinal);
            Assert.All(s.Sources, u => Assert.StartsWith("https://docs.aws.amazon.com/", u, StringComparison.Ordinal));
        });
        Assert.Equal(LayerOwner.Yours, catalog.Find("EC2")!.Layer(RuleCategory.GuestOsAndPatching).Owner);
        Assert.Equal(LayerOwner.Aws, catalog.Find("Lambda")!.Layer(RuleCategory.GuestOsAndPatching).Owner);
        Assert.Equal(LayerOwner.Aws, catalog.Find("RDS")!.Layer(RuleCategory.GuestOsAndPatching).Owner);
        Assert.Equal(LayerOwner.Aws, catalog.Find("S3")!.Layer(RuleCategory.GuestOsAndPatching).Owner);
    }

    [Theory]
    [InlineData("Amazon.S3.Model", "PutObjectRequest", "S3")]
    [InlineData("Amazon.S3Control.Model", "PutPublicAccessBlockRequest", "S3")]
    [InlineData("Amazon.CDK.AWS.EC2", "SecurityGroupProps", "VPC")]
    [InlineData("Amazon.CDK.AWS.EC2", "Instance", "EC2")]
    [InlineData("Amazon.CDK.AWS.EC2", "CfnVolume", "EBS")]
    [InlineData("Amazon.EC2.Model", "CreateVolumeRequest", "EBS")]
    [InlineData("Amazon.EC2.Model", "RunInstancesRequest", "EC2")]
    [InlineData("Amazon.CDK.AWS.Lambda.EventSources", "SqsEventSource", "Lambda")]
    [InlineData("Amazon.Kinesis.Model", "PutRecordRequest", "Kinesis")]
    [InlineData("Amazon.KinesisFirehose", "AmazonKinesisFirehoseClient", null)]
    [InlineData("Amazon.Runtime", "BasicAWSCredentials", null)]
    public void Catalog_LongestPrefixWins_AndNamespacesMatchWholeSegments(string ns, string type, string? expected) =>
        Assert.Equal(expected, ServiceCatalog.Default.ServiceOf(ns, type)?.Key);

    [Fact]
    public void Catalog_MalformedFile_Throws_WithTheLine()
    {
        var error = Assert.Throws<FormatException>(() => ServiceCatalog.Parse("[S3]\nname Amazon S3\nData maybe text\n"));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    private static Task<ImmutableArray<Diagnostic>> RunEnabledAsync((string Path, string Source)[] sources) =>
        RunEnabledAsync(CSharpCompilation.Create(
            "Map",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, new CSharpParseOptions(LanguageVersion.Latest), s.Path)),
            AwsReferences.WithAws,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

    private static async Task<ImmutableArray<Diagnostic>> RunEnabledAsync(Compilation compilation)
    {
        var enabled = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            compilation.Options.SpecificDiagnosticOptions.SetItem("SR9001", ReportDiagnostic.Info)));
        var result = await AnalyzerRunner.RunAsync(enabled, ImmutableArray.Create(Catalog.Of(new ServiceResponsibilityAnalyzer())));
        Assert.Empty(result.Exceptions);
        return result.Diagnostics.OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }
}

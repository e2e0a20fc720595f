using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests;

/// <summary>
/// The analysis modes (<c>SharedRespAnalysisMode</c>): the shipped mode files are what the descriptors generate, each
/// mode reports exactly the expected rules at the expected severities, and the user's own .editorconfig and
/// .globalconfig settings beat the mode. The files are applied as the compiler applies them in a build: as global
/// analyzer config documents of the project (the real builds are checked by <c>.ci/modes.sh</c>).
/// </summary>
public class AnalysisModeTests
{
    /// <summary>One finding each of an Info rule with contextual evidence (SR1001), an Info rule with certain evidence
    /// (SR3008), two Warning rules in different categories (SR3001, SR4001), and SR2005 reported both at its default
    /// Warning and at the lower Info severity it uses for service-wide *FullAccess policies.</summary>
    private const string Source = """
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.S3;
        using Amazon.S3;
        using Amazon.S3.Model;
        using Constructs;

        public sealed class Site : Construct
        {
            public Site(Construct scope, string id) : base(scope, id)
            {
                new Bucket(this, "Site", new BucketProps { PublicReadAccess = true, EnforceSSL = true });
                var fn = new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.NODEJS_16_X,
                    Handler = "index.handler",
                    Code = Code.FromInline("exports.handler = async () => ({});"),
                });
                fn.AddFunctionUrl(new FunctionUrlOptions { AuthType = FunctionUrlAuthType.NONE });
                var role = new Role(this, "R", new RoleProps { AssumedBy = new ServicePrincipal("lambda.amazonaws.com") });
                role.AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("AdministratorAccess"));
                role.AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("AmazonS3FullAccess"));
            }

            public static PutObjectRequest Upload() => new PutObjectRequest { BucketName = "b", ServerSideEncryptionMethod = ServerSideEncryptionMethod.None };
        }
        """;

    private const string SourcePath = "/repo/src/App/Site.cs";

    public static TheoryData<string> Modes() => new(AnalysisModeFiles.Modes);

    [Theory]
    [MemberData(nameof(Modes))]
    public void ShippedModeFile_IsWhatTheDescriptorsGenerate(string mode)
    {
        var path = Path.Combine(AnalysisModeFiles.Folder, AnalysisModeFiles.FileName(mode));
        var expected = AnalysisModeFiles.Generate(mode, Descriptors.All);
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (actual == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("SHAREDRESP_UPDATE_GENERATED") == "1")
        {
            Directory.CreateDirectory(AnalysisModeFiles.Folder);
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail($"{path} is not what the descriptors generate. Run `SHAREDRESP_UPDATE_GENERATED=1 dotnet test tests/SharedResp.Analyzers.Tests --filter AnalysisModeTests` to rewrite it. Expected:\n{expected}");
    }

    [Fact]
    public void EveryFindingRule_StatesItsEvidence_AndOnlyNotesAreOffByDefault()
    {
        foreach (var rule in Descriptors.All)
        {
            var evidence = rule.CustomTags.Count(t => t == Descriptors.EvidenceCertainTag || t == Descriptors.EvidenceContextualTag);
            if (rule.Id[2] is >= '1' and <= '6')
            {
                Assert.True(evidence == 1, $"{rule.Id} must state its evidence (RuleEvidence.Certain or Contextual in Descriptors.Create)");
            }

            // Prefer Info over disabled-by-default: a category-wide setting never reaches a disabled rule. Only
            // informational notes (not findings) may be off by default; All turns them on at their own severity.
            if (!rule.IsEnabledByDefault)
            {
                Assert.True(evidence == 0 && rule.DefaultSeverity == DiagnosticSeverity.Info, $"{rule.Id} is disabled by default: only Info notes without evidence may be");
            }
        }
    }

    [Fact]
    public void Evidence_IsDocumentedOnEachRulePage()
    {
        foreach (var rule in Descriptors.All.Where(r => r.Id[2] is >= '1' and <= '6'))
        {
            var page = RepoFiles.Read("docs", "rules", rule.Id + ".md");
            var expected = AnalysisModeFiles.IsCertain(rule) ? "**Evidence: certain.**" : "**Evidence: contextual.**";
            Assert.True(page.Contains(expected, StringComparison.Ordinal), $"docs/rules/{rule.Id}.md must say {expected} in its Configuration section");
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task EachMode_ReportsExactlyTheExpectedRulesAndSeverities(string mode)
    {
        var expected = new Dictionary<string, string[]>
        {
            ["None"] = [],
            ["Default"] = ["SR1001 Info", "SR2005 Info", "SR2005 Warning", "SR3001 Warning", "SR3008 Info", "SR4001 Warning"],
            ["Recommended"] = ["SR1001 Info", "SR2005 Info", "SR2005 Warning", "SR3001 Warning", "SR3008 Warning", "SR4001 Warning"],
            ["All"] = ["SR1001 Warning", "SR2005 Warning", "SR2005 Warning", "SR3001 Warning", "SR3008 Warning", "SR4001 Warning", "SR9001 Info", "SR9001 Info", "SR9001 Info"],
        };

        Assert.Equal(expected[mode], await ReportedAsync(mode));
    }

    [Fact]
    public void ExpectedSeverities_FollowTheModeDefinitions()
    {
        // The definitions the README states, per rule, for the rules the snippet above does not cover.
        foreach (var rule in Descriptors.All)
        {
            Assert.Null(AnalysisModeFiles.Expected("None", rule));
            Assert.Equal(rule.IsEnabledByDefault ? rule.DefaultSeverity : null, AnalysisModeFiles.Expected("Default", rule));
            Assert.True(AnalysisModeFiles.Expected("Recommended", rule) >= AnalysisModeFiles.Expected("Default", rule) || !rule.IsEnabledByDefault);
            Assert.True(rule.IsEnabledByDefault ? AnalysisModeFiles.Expected("All", rule) >= DiagnosticSeverity.Warning : AnalysisModeFiles.Expected("All", rule) == DiagnosticSeverity.Info);
        }
    }

    [Fact]
    public async Task UserEditorConfig_PerRule_BeatsTheMode()
    {
        var editorConfig = """
            root = true

            [*.cs]
            dotnet_diagnostic.SR1001.severity = none
            dotnet_diagnostic.SR3001.severity = error
            dotnet_diagnostic.SR4001.severity = suggestion
            """;
        Assert.Equal(
            ["SR2005 Warning", "SR2005 Warning", "SR3001 Error", "SR3008 Warning", "SR4001 Info", "SR9001 Info", "SR9001 Info", "SR9001 Info"],
            await ReportedAsync("All", ("/repo/.editorconfig", editorConfig)));
    }

    [Fact]
    public async Task UserEditorConfig_BeatsTheRuleRecommendedRaises()
    {
        var editorConfig = """
            [*.cs]
            dotnet_diagnostic.SR3008.severity = suggestion
            """;
        Assert.Equal(
            ["SR1001 Info", "SR2005 Info", "SR2005 Warning", "SR3001 Warning", "SR3008 Info", "SR4001 Warning"],
            await ReportedAsync("Recommended", ("/repo/.editorconfig", editorConfig)));
    }

    [Fact]
    public async Task UserCategorySetting_ReachesTheRulesTheModeLeavesAlone()
    {
        // Roslyn: a per-rule line beats a per-category line wherever each is written. Default names no rule, so a
        // category setting reaches all; Recommended names SR3008 only, so SR3008 keeps the mode's warning.
        var editorConfig = """
            [*.cs]
            dotnet_analyzer_diagnostic.category-NetworkConfiguration.severity = error
            """;
        Assert.Equal(
            ["SR1001 Info", "SR2005 Info", "SR2005 Warning", "SR3001 Error", "SR3008 Error", "SR4001 Warning"],
            await ReportedAsync("Default", ("/repo/.editorconfig", editorConfig)));
        Assert.Equal(
            ["SR1001 Info", "SR2005 Info", "SR2005 Warning", "SR3001 Error", "SR3008 Warning", "SR4001 Warning"],
            await ReportedAsync("Recommended", ("/repo/.editorconfig", editorConfig)));
    }

    [Fact]
    public async Task UserGlobalConfig_AtItsDefaultLevel_BeatsTheMode()
    {
        // A file named .globalconfig is level 100 by default; the mode files are level -100.
        var globalConfig = """
            is_global = true
            dotnet_diagnostic.SR3008.severity = none
            dotnet_diagnostic.SR1001.severity = error
            """;
        Assert.Equal(
            ["SR1001 Error", "SR2005 Warning", "SR2005 Warning", "SR3001 Warning", "SR4001 Warning", "SR9001 Info", "SR9001 Info", "SR9001 Info"],
            await ReportedAsync("All", ("/repo/.globalconfig", globalConfig)));
    }

    [Fact]
    public async Task UserGlobalConfig_WithoutTheDefaultName_AtLevelZero_BeatsTheMode()
    {
        // Another global config (GlobalAnalyzerConfigFiles, any name) is level 0, still above the mode's -100.
        var globalConfig = """
            is_global = true
            dotnet_diagnostic.SR3001.severity = warning
            dotnet_diagnostic.SR3008.severity = warning
            """;
        Assert.Equal(
            ["SR3001 Warning", "SR3008 Warning"],
            await ReportedAsync("None", ("/repo/build/team.globalconfig", globalConfig)));
    }

    [Fact]
    public async Task UserPerRuleSetting_TurnsARuleOnInNone()
    {
        var editorConfig = """
            [*.cs]
            dotnet_diagnostic.SR4001.severity = warning
            """;
        Assert.Equal(["SR4001 Warning"], await ReportedAsync("None", ("/repo/.editorconfig", editorConfig)));
    }

    /// <summary>"SRxxxx Severity" for every diagnostic the analyzers report on <see cref="Source"/>, sorted.</summary>
    private static async Task<string[]> ReportedAsync(string mode, params (string Path, string Text)[] userConfigs)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "App",
            "App",
            LanguageNames.CSharp,
            filePath: "/repo/src/App/App.csproj",
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: AwsReferences.WithAws));
        project = project.AddDocument("Site.cs", SourceText.From(Source), filePath: SourcePath).Project;
        var modeFile = Path.Combine(AnalysisModeFiles.Folder, AnalysisModeFiles.FileName(mode));
        project = project.AddAnalyzerConfigDocument(Path.GetFileName(modeFile), SourceText.From(File.ReadAllText(modeFile)), filePath: "/nuget/sharedresp.analyzers/buildTransitive/config/" + Path.GetFileName(modeFile)).Project;
        foreach (var (path, text) in userConfigs)
        {
            project = project.AddAnalyzerConfigDocument(Path.GetFileName(path), SourceText.From(text), filePath: path).Project;
        }

        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(project.AnalyzerOptions, (e, _, _) => exceptions.Add(e), concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(AnalyzerRunner.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics.Where(d => !d.Id.StartsWith("SR", StringComparison.Ordinal)));
        return diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => $"{d.Id} {d.Severity}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
    }
}

using System.Text.Json.Nodes;
using SharedResp.Cli.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Cli.Tests;

/// <summary>The CLI on the repository's samples: exactly the annotated findings, the secure sample clean, valid SARIF.</summary>
public sealed class SamplesScanTests(SamplesScanFixture scan) : IClassFixture<SamplesScanFixture>
{
    private static IReadOnlyList<Expected> AnnotatedFindings =>
        Annotations.In(RepoFiles.Path("samples", "InsecureSdkApp"))
            .Concat(Annotations.In(RepoFiles.Path("samples", "InsecureCdkApp")))
            .Concat(Annotations.In(RepoFiles.Path("samples", "SecureApp")))
            .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Fail_on_warning_exits_with_1_because_the_insecure_samples_have_warnings()
    {
        Assert.True(scan.Result.ExitCode == ExitCodes.FindingsAtFailLevel, scan.Result.ToString());
    }

    [Fact]
    public void The_console_lists_exactly_the_annotated_findings_each_once()
    {
        Assert.NotEmpty(AnnotatedFindings);
        Assert.Equal(AnnotatedFindings, ConsoleFindings.Findings(scan.Result.Output));
    }

    [Fact]
    public void Each_finding_names_its_project_and_the_secure_sample_is_clean()
    {
        var projects = ConsoleFindings.Parse(scan.Result.Output).Select(f => f.Project).Distinct().Order().ToList();
        Assert.Equal(["InsecureCdkApp", "InsecureSdkApp"], projects);
        Assert.Contains("Clean: SecureApp", scan.Result.Output);
        Assert.Contains($"{AnnotatedFindings.Count} findings (0 errors, {AnnotatedFindings.Count} warnings, 0 info) in 2 projects.", scan.Result.Output);
    }

    [Fact]
    public void Findings_are_grouped_under_the_six_responsibility_layers_with_counts()
    {
        // The rule ID's first digit is its layer (SR1xxx Data ... SR6xxx Monitoring; CatalogTests enforce it).
        string[] layers = ["Data", "Access management", "Network configuration", "Guest OS and patching", "Application code", "Monitoring"];
        var headers = scan.Result.Output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.EndsWith(" findings") || l.EndsWith(" finding")).Where(l => !l.StartsWith(' ')).ToList();
        var expected = layers.Select((layer, i) =>
        {
            var count = AnnotatedFindings.Count(f => f.RuleId[2] == (char)('1' + i));
            return $"{layer}: {count} finding{(count == 1 ? "" : "s")}";
        });
        Assert.Equal(expected, headers);
    }

    [Fact]
    public void Only_the_projects_the_solution_names_are_scanned()
    {
        Assert.Contains("3 projects checked", scan.Result.Output);
        Assert.DoesNotContain("SharedResp.Analyzers", scan.Result.Output);
        Assert.DoesNotContain("could not load", scan.Result.Errors);
    }

    [Fact]
    public void The_sarif_log_is_valid_against_the_sarif_2_1_0_schema()
    {
        Assert.Empty(SarifSchema.Validate(scan.Sarif));
    }

    [Fact]
    public void The_schema_check_rejects_a_log_the_schema_forbids()
    {
        var broken = scan.Sarif.DeepClone();
        broken["runs"]![0]!["results"]![0]!["level"] = "severe";
        broken["runs"]![0]!.AsObject().Remove("tool");
        Assert.NotEmpty(SarifSchema.Validate(broken));
    }

    [Fact]
    public void The_sarif_results_are_the_annotated_findings_relative_to_the_solution_folder()
    {
        var run = scan.Sarif["runs"]![0]!;
        var root = new Uri(run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!.GetValue<string>());
        Assert.Equal(new Uri(RepoFiles.Path("samples") + Path.DirectorySeparatorChar), root);

        var results = run["results"]!.AsArray().Select(r =>
        {
            var location = r!["locations"]![0]!["physicalLocation"]!;
            Assert.Equal("%SRCROOT%", location["artifactLocation"]!["uriBaseId"]!.GetValue<string>());
            var file = new Uri(root, location["artifactLocation"]!["uri"]!.GetValue<string>()).LocalPath;
            return new Expected(file, location["region"]!["startLine"]!.GetValue<int>(), r["ruleId"]!.GetValue<string>());
        });
        Assert.Equal(AnnotatedFindings, results.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.RuleId, StringComparer.Ordinal));
    }

    [Fact]
    public void The_sarif_rules_carry_the_full_metadata_of_every_shipped_rule()
    {
        var driver = scan.Sarif["runs"]![0]!["tool"]!["driver"]!;
        var rules = driver["rules"]!.AsArray().ToDictionary(r => r!["id"]!.GetValue<string>(), r => r!);
        Assert.Equal(RuleCatalog.Rules.Select(r => r.Id), rules.Keys);

        var sr3001 = rules["SR3001"];
        Assert.Equal("https://github.com/sharedresp/SharedResp.Analyzers/blob/main/docs/rules/SR3001.md", sr3001["helpUri"]!.GetValue<string>());
        Assert.Equal("Do not make S3 buckets or objects public", sr3001["shortDescription"]!["text"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(sr3001["fullDescription"]!["text"]!.GetValue<string>()));
        Assert.Equal("warning", sr3001["defaultConfiguration"]!["level"]!.GetValue<string>());
        var properties = sr3001["properties"]!;
        Assert.Equal("Network configuration", properties["layer"]!.GetValue<string>());
        Assert.Equal("NetworkConfiguration", properties["category"]!.GetValue<string>());
        Assert.Equal(["CWE-284", "CWE-732"], Strings(properties["cwe"]));
        Assert.Equal(["S3.2", "S3.3", "S3.8"], Strings(properties["awsSecurityHubControls"]));
        Assert.Contains("security", Strings(properties["tags"]));
        Assert.Contains("S3", Strings(properties["tags"]));

        foreach (var result in scan.Sarif["runs"]![0]!["results"]!.AsArray())
        {
            var index = result!["ruleIndex"]!.GetValue<int>();
            Assert.Equal(result["ruleId"]!.GetValue<string>(), driver["rules"]![index]!["id"]!.GetValue<string>());
        }
    }

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>()).ToList();
}

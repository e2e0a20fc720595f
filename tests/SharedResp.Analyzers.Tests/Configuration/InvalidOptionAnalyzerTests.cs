using Microsoft.CodeAnalysis.Testing;
using SharedResp.Analyzers.Rules.Configuration;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.Configuration;

/// <summary>SR0001: one warning per compilation for each invalid (key, value), naming the key, the value, what is expected and the default.</summary>
public class InvalidOptionAnalyzerTests
{
    private const string Source = "class C { }";

    [Fact]
    public async Task Message_NamesTheKey_TheValue_TheExpectedFormat_AndTheDefault()
    {
        await Verify<InvalidOptionAnalyzer>.Code(Source)
            .WithOptions("sharedresp.SR3005.sensitive_ports = 22, ssh")
            .Expect(new DiagnosticResult(Descriptors.SR0001_InvalidOptionValue).WithMessage(
                "The .editorconfig option sharedresp.SR3005.sensitive_ports has the value \"22, ssh\", which is not valid: expected comma-separated ports (0-65535) and ranges such as 8000-8100; " +
                "the default is used instead: 21, 22, 23, 445, 1433, 1521, 2375, 2376, 3306, 3389, 5432, 5439, 6379, 9200, 11211, 27017"))
            .ValidateAsync();
    }

    [Fact]
    public async Task SameBadValue_InManyFiles_IsReportedOnce_EachKeyAndValueOnce()
    {
        var test = Verify<InvalidOptionAnalyzer>.Code(Source)
            .WithOptions("sharedresp.SR3004.allowed_http_hosts = http://minio", "sharedresp.excluded_paths = src/{a,b}/**")
            .WithAnalyzerConfig("/sub/.editorconfig", "[*.cs]\nsharedresp.SR3004.allowed_http_hosts = minio:9000\n");
        for (var i = 0; i < 5; i++)
        {
            test.WithSource($"/0/File{i}.cs", $"class C{i} {{ }}")
                .WithSource($"/sub/File{i}.cs", $"class D{i} {{ }}");
        }

        await test
            .Expect(
                Verify<InvalidOptionAnalyzer>.InvalidOption("sharedresp.excluded_paths", "src/{a,b}/**"),
                Verify<InvalidOptionAnalyzer>.InvalidOption("sharedresp.SR3004.allowed_http_hosts", "http://minio"),
                Verify<InvalidOptionAnalyzer>.InvalidOption("sharedresp.SR3004.allowed_http_hosts", "minio:9000"))
            .ValidateAsync();
    }

    [Fact]
    public async Task DeprecatedKey_IsNamedAsWritten()
    {
        await Verify<InvalidOptionAnalyzer>.Code(Source)
            .WithOptions("dotnet_code_quality.SR2002.exempt_actions = PutObject")
            .Expect(Verify<InvalidOptionAnalyzer>.InvalidOption("dotnet_code_quality.SR2002.exempt_actions", "PutObject"))
            .ValidateAsync();
    }

    [Fact]
    public async Task ValidValues_EmptyValues_AndOtherKeys_AreSilent() =>
        await Verify<InvalidOptionAnalyzer>.Code(Source)
            .WithOptions(
                "sharedresp.SR3005.sensitive_ports = 22, 8000-8100",
                "sharedresp.SR2005.additional_policies =",
                "sharedresp.unknown_option = whatever",
                "dotnet_diagnostic.SR3005.severity = error")
            .ValidateAsync();

    [Fact]
    public async Task EveryDocumentedExample_IsValid_AndNoWarningIsReported() =>
        await Verify<InvalidOptionAnalyzer>.Code(Source)
            .WithOptions(SharedResp.Analyzers.Options.All.Select(o => o.Key + " = " + o.Example).ToArray())
            .ValidateAsync();

    [Fact]
    public async Task WithoutAwsReferences_NothingIsReported() =>
        await Verify<InvalidOptionAnalyzer>.Code(Source)
            .WithOptions("sharedresp.SR3005.sensitive_ports = ssh")
            .WithReferences(AwsReferences.FrameworkOnly)
            .ValidateAsync();
}

using Microsoft.CodeAnalysis.Diagnostics;
using SharedResp.Analyzers.Rules.Transport;
using Xunit;

namespace SharedResp.Analyzers.Tests.Configuration;

/// <summary>The option value parsers: valid values read fully, anything else rejected as a whole (never a partial list).</summary>
public class OptionParsersTests
{
    [Theory]
    [InlineData("22", new[] { 22, 22 })]
    [InlineData(" 22 , 8000-8100,3389 ", new[] { 22, 22, 8000, 8100, 3389, 3389 })]
    [InlineData("0, 65535, 10 - 20", new[] { 0, 0, 65535, 65535, 10, 20 })]
    [InlineData("22,,23", new[] { 22, 22, 23, 23 })]
    public void PortRanges_Valid(string text, int[] expected)
    {
        Assert.True(OptionParsers.TryParsePortRanges(text, out var ranges));
        Assert.Equal(expected, ranges.SelectMany(r => new[] { r.From, r.To }).ToArray());
    }

    [Theory]
    [InlineData("ssh")]
    [InlineData("22, ssh")]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("9000-8000")]
    [InlineData("80-")]
    [InlineData("1-2-3")]
    [InlineData("+22")]
    [InlineData(",")]
    public void PortRanges_Invalid(string text) => Assert.False(OptionParsers.TryParsePortRanges(text, out _));

    [Theory]
    [InlineData("s3:PutObject", true)]
    [InlineData("logs:*, xray:Put*  s3:Get?bject", true)]
    [InlineData("*", true)]
    [InlineData("PutObject", false)]
    [InlineData("s3:PutObject, s3:", false)]
    [InlineData("s3:Put Object!", false)]
    [InlineData("arn:aws:s3:::bucket", false)]
    public void ActionPatterns(string text, bool valid) => Assert.Equal(valid, OptionParsers.TryParseActionPatterns(text, out _));

    [Theory]
    [InlineData("AmazonEC2FullAccess", true)]
    [InlineData("job-function/DataScientist, service-role/AWSLambdaRole", true)]
    [InlineData("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess, AWSCodeCommit*", true)]
    [InlineData("Amazon!EC2", false)]
    [InlineData("\"AdministratorAccess\"", false)]
    [InlineData("arn:aws:iam::123456789012:policy/Mine", false)]
    public void PolicyNames(string text, bool valid) => Assert.Equal(valid, OptionParsers.TryParsePolicyNames(text, out _));

    [Theory]
    [InlineData("minio.dev.example.com", true)]
    [InlineData("*.internal, 10.0.0.12, [fd00::12], minio_1, host.", true)]
    [InlineData("http://minio", false)]
    [InlineData("minio:9000", false)]
    [InlineData("*", false)]
    [InlineData("*.", false)]
    [InlineData("a.*.b", false)]
    [InlineData("minio/path", false)]
    public void Hosts(string text, bool valid) => Assert.Equal(valid, OptionParsers.TryParseHosts(text, out _));

    [Theory]
    [InlineData("http://minio.ci.internal:9000/b", "minio.ci.internal", true)]
    [InlineData("http://MINIO.ci.internal./b", "minio.CI.internal", true)]
    [InlineData("http://a.b.internal", "*.internal", true)]
    [InlineData("http://internal", "*.internal", true)] // single label: local anyway, not through the option
    [InlineData("http://x.internal.example.com", "*.internal", false)]
    [InlineData("http://minio.ci.internal.evil.com", "minio.ci.internal", false)]
    [InlineData("http://evil.com/minio.ci.internal", "minio.ci.internal", false)]
    [InlineData("http://minio.ci.internal@evil.com", "minio.ci.internal", false)]
    [InlineData("http://[fd00::12]:9000", "[fd00::12]", true)]
    public void AllowedHosts_MatchTheUrlsHostOnly(string url, string allowed, bool expected) =>
        Assert.Equal(expected, PlainHttpAnalyzer.IsLocalHost(url) || PlainHttpAnalyzer.IsAllowedHost(url, [allowed]));

    [Theory]
    [InlineData("local-dev-key, AKIA*TEST", true)]
    [InlineData("\"quoted\"", false)]
    [InlineData("it's", false)]
    public void Values(string text, bool valid) => Assert.Equal(valid, OptionParsers.TryParseValues(text, out _));

    [Theory]
    [InlineData("App.Infra.SandboxStack", new[] { "App.Infra.SandboxStack" })]
    [InlineData("T:App.A | M:App.A.M(System.String,System.Int32), N:App.Tools App.B*", new[] { "App.A", "App.A.M", "App.Tools", "App.B*" })]
    [InlineData("LocalDevStack|*", new[] { "LocalDevStack", "*" })]
    [InlineData("App.Generic`1", new[] { "App.Generic`1" })]
    public void SymbolNames_Valid(string text, string[] expected)
    {
        Assert.True(OptionParsers.TryParseSymbolNames(text, out var names));
        Assert.Equal(expected, names.ToArray());
    }

    [Theory]
    [InlineData("App.*.Stack")]
    [InlineData("App.Stack<T>")]
    [InlineData("1App")]
    [InlineData("App.Stack**x")]
    [InlineData("|")]
    public void SymbolNames_Invalid(string text) => Assert.False(OptionParsers.TryParseSymbolNames(text, out _));

    [Theory]
    [InlineData("**/Migrations/**", "/repo/src/Migrations/Init.cs", true)]
    [InlineData("**/Migrations/**", "/repo/Migrations/Deep/A/Init.cs", true)]
    [InlineData("**/Migrations/**", "/repo/src/MigrationsX/Init.cs", false)]
    [InlineData("tests/**", "/repo/tests/A.cs", true)]
    [InlineData("tests/**", "C:\\repo\\Tests\\A.cs", true)]
    [InlineData("tests/**", "/repo/contests/A.cs", false)]
    [InlineData("*.Designer.cs", "/repo/src/Form1.Designer.cs", true)]
    [InlineData("*.Designer.cs", "/repo/src/Form1.cs", false)]
    [InlineData("src/*.cs", "/repo/src/A.cs", true)]
    [InlineData("src/*.cs", "/repo/src/sub/A.cs", false)]
    [InlineData("src/?.cs", "/repo/src/A.cs", true)]
    [InlineData("src/?.cs", "/repo/src/AB.cs", false)]
    [InlineData("/repo/src/**", "/repo/src/A.cs", true)]
    [InlineData("/src/**", "/repo/src/A.cs", false)]
    [InlineData("**", "/anything/at/all.cs", true)]
    [InlineData("a+b(1).cs", "/x/a+b(1).cs", true)]
    public void Globs_MatchTheEndOfThePath_FromAFolderBoundary(string glob, string path, bool expected)
    {
        Assert.True(OptionParsers.TryParseGlobs(glob, out var globs));
        Assert.Equal(expected, OptionParsers.MatchesAny(globs, path));
    }

    [Theory]
    [InlineData("src/{a,b}/**")]
    [InlineData("src/[ab]/**")]
    [InlineData(" , ")]
    public void Globs_Invalid(string text) => Assert.False(OptionParsers.TryParseGlobs(text, out _));

    [Fact]
    public void Option_ParsesEachDistinctTextOnce_AndFallsBackToTheDefault()
    {
        var calls = 0;
        var option = new AnalyzerOption<int>("SR9999", "test_option", "number", "a number", 7, "7", (string text, out int value) =>
        {
            calls++;
            return int.TryParse(text, out value);
        }, "A test option.", "1", deprecatedAlias: "old.key");

        Assert.Equal(7, option.Get(new FixedOptionsProvider().GlobalOptions));
        Assert.Equal(3, option.Get(new FixedOptionsProvider(("sharedresp.SR9999.test_option", "3")).GlobalOptions));
        Assert.Equal(3, option.Get(new FixedOptionsProvider(("SHAREDRESP.sr9999.TEST_OPTION", "3")).GlobalOptions));
        Assert.Equal(4, option.Get(new FixedOptionsProvider(("old.key", "4")).GlobalOptions));
        Assert.Equal(3, option.Get(new FixedOptionsProvider(("sharedresp.SR9999.test_option", "3"), ("old.key", "4")).GlobalOptions));
        Assert.Equal(7, option.Get(new FixedOptionsProvider(("sharedresp.SR9999.test_option", "three")).GlobalOptions));
        Assert.Equal(7, option.Get(new FixedOptionsProvider(("sharedresp.SR9999.test_option", "  ")).GlobalOptions));
        Assert.Equal(7, option.Get(new FixedOptionsProvider(("sharedresp.SR9999.test_option", "three")).GlobalOptions));
        Assert.Equal(3, calls); // "3", "4", "three": each once
    }

    [Fact]
    public void Option_ParserThatThrows_IsAnInvalidValue()
    {
        var option = new AnalyzerOption<int>("SR9999", "throwing", "number", "a number", 7, "7", (string text, out int value) => throw new FormatException(), "A test option.", "1");
        Assert.False(option.IsValid("1"));
        Assert.Equal(7, option.Get(new FixedOptionsProvider(("sharedresp.SR9999.throwing", "1")).GlobalOptions));
    }
}

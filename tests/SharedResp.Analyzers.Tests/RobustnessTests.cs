using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SharedResp.Analyzers.Tests;

/// <summary>
/// Broken, half-typed and generated code: no analyzer exception (AD0001), no diagnostic outside the source, and
/// no diagnostic at all where the code is unfinished, generated or compiled out. The checks over every rule test
/// snippet run <see cref="Environment.ProcessorCount"/> snippets at a time.
/// </summary>
public class RobustnessTests
{
    private readonly ITestOutputHelper _output;

    public RobustnessTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Runs <paramref name="check"/> on every rule test snippet, <see cref="Environment.ProcessorCount"/> snippets at a
    /// time on the thread pool (the variants of one snippet in order); the first failed assertion fails the test.
    /// </summary>
    private static Task ForEachSnippetAsync(Func<string, Task> check) =>
        Parallel.ForEachAsync(
            RuleTestSnippets.Load(),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (snippet, _) => await check(snippet));

    public static TheoryData<string> HalfTypedCode => new()
    {
        "using Amazon.S3; using Amazon.S3.Model; class C { object M() => new PutObjectRequest { CannedACL = S3CannedACL. }; }",
        "using Amazon.S3; using Amazon.S3.Model; class C { object M() => new PutObjectRequest { CannedACL = }; }",
        "using Amazon.S3; using Amazon.S3.Model; class C { object M() => new PutObjectRequest { CannedACL = S3CannedACL.PublicRead",
        "using Amazon.S3; using Amazon.S3.Model; class C { object M() => new PutObjectRequest { CannedACL = S3CannedACL.PublicRed }; }",
        "using Amazon.S3.Model; class C { object M() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = fal } }; }",
        "using Amazon.S3.Model; class C { object M() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration { BlockPublicAcls = true, ",
        "using Amazon.S3.Model; class C { object M() => new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration( }; }",
        "using Amazon.S3; class C { async System.Threading.Tasks.Task M(IAmazonS3 s3) { await s3.DeletePublicAccessBlockAsync(; } }",
        "using Amazon.S3; class C { async System.Threading.Tasks.Task M(IAmazonS3 s3) { await s3.DeletePublicAccessBlockAsync(null!, 1, 2, 3); } }",
        "using Amazon.CDK.AWS.S3; class C { void M(Bucket b) { b.GrantPublicAccess( } }",
        "using Amazon.CDK.AWS.S3; class C { void M(Bucket b) { b.GrantPublicAccess(42); } }",
        "using Amazon.CDK.AWS.S3; class C { object M() => new BucketProps { PublicReadAccess = tru }; }",
        "using Amazon.CDK.AWS.S3; class C { object M() => new BucketProps { PublicReadAccess = \"yes\" }; }",
        "using Amazon.CDK.AWS.S3; class C { object M() => new BucketProps { AccessControl = BucketAccessControl. }; }",
        "using Amazon.CDK.AWS.S3; class C { object M() => new BucketProps { BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions { BlockPublicAcls = }) }; }",
        "using Amazon.CDK.AWS.S3; class C { object M() => new BucketProps { BlockPublicAccess = BlockPublicAccess.BLOCK_ }; }",
        "using Amazon.CDK.AWS.S3; class C { object M() => new CfnBucketProps { AccessControl = \"PublicRead }; }",
        "using Amazon.S3.Model; class C { void M() { var c = new PublicAccessBlockConfiguration(); c.BlockPublicAcls = ; _ = new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = c }; } }",
        "using Amazon.S3.Model; class C { void M() { PublicAccessBlockConfiguration c; _ = new PutPublicAccessBlockRequest { PublicAccessBlockConfiguration = c }; } }",
        "using Amazon.S3.Model; class C { static readonly Amazon.S3.S3CannedACL A = B; static readonly Amazon.S3.S3CannedACL B = A; object M() => new PutObjectRequest { CannedACL = A }; }",
        "using Amazon.S3.Model; class C { object M() { var a = a; return new PutObjectRequest { CannedACL = a }; } }",
        "class",
        "",
    };

    [Theory]
    [MemberData(nameof(HalfTypedCode))]
    public async Task HalfTypedCode_ReportsNothing_AndDoesNotThrow(string source)
    {
        var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(source));
        Assert.Empty(result.Exceptions);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public async Task EveryRuleTestSnippet_Truncated_NeverThrows_AndStaysInsideTheSource()
    {
        var snippets = RuleTestSnippets.Load();
        Assert.NotEmpty(snippets);
        var variants = 0;
        await ForEachSnippetAsync(async snippet =>
        {
            var tokens = CSharpSyntaxTree.ParseText(snippet).GetRoot().DescendantTokens().ToList();

            // Deterministic sample: at most 12 cut points per snippet, spread over the whole text.
            var step = Math.Max(1, tokens.Count / 12);
            for (var i = 0; i < tokens.Count; i += step)
            {
                var cut = snippet.Substring(0, tokens[i].Span.End);
                var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(cut, withOptInRules: true));
                Interlocked.Increment(ref variants);
                Assert.True(result.Exceptions.IsEmpty, $"Analyzer threw on a cut snippet:\n{cut}\n{string.Join("\n", result.Exceptions)}");
                foreach (var diagnostic in result.Diagnostics)
                {
                    Assert.True(diagnostic.Location.SourceSpan.End <= cut.Length, $"Diagnostic outside the source: {diagnostic}");
                }
            }
        });

        _output.WriteLine($"{snippets.Length} snippets, {variants} truncated variants analyzed");
    }

    [Fact]
    public async Task EveryRuleTestSnippet_WithOneTokenDeleted_NeverThrows_AndStaysInsideTheSource()
    {
        var variants = 0;
        await ForEachSnippetAsync(async snippet =>
        {
            var tokens = CSharpSyntaxTree.ParseText(snippet).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();

            // Deterministic sample: at most 10 deletions per snippet, spread over the whole text.
            var step = Math.Max(1, tokens.Count / 10);
            for (var i = step / 2; i < tokens.Count; i += step)
            {
                var variant = snippet.Remove(tokens[i].SpanStart, tokens[i].Span.Length);
                var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(variant, withOptInRules: true));
                Interlocked.Increment(ref variants);
                Assert.True(result.Exceptions.IsEmpty, $"Analyzer threw with '{tokens[i].Text}' deleted:\n{variant}\n{string.Join("\n", result.Exceptions)}");
                Assert.All(result.Diagnostics, d => Assert.True(d.Location.SourceSpan.End <= variant.Length, $"Diagnostic outside the source: {d}"));
            }
        });

        _output.WriteLine($"{variants} one-token-deleted variants analyzed");
    }

    [Fact]
    public async Task EveryRuleTestSnippet_FixAll_CompilesWithoutNewErrors_LeavesOnlyUnfixableFindings_AndIsIdempotent()
    {
        var fixedRules = 0;
        await ForEachSnippetAsync(async snippet =>
        {
            var document = FixAllRunner.CreateDocument(snippet);
            var errorsBefore = (await FixAllRunner.CompilerErrorsAsync(document)).Select(d => d.Id).OrderBy(x => x).ToList();
            var fixable = (await FixAllRunner.AnalyzeAsync(document))
                .Where(d => FixSpec.FromProperties(d.Properties).Kind != FixKind.None)
                .Select(d => d.Id)
                .Distinct()
                .ToList();
            foreach (var id in fixable)
            {
                var once = await FixAllRunner.FixAllAsync(document, id);
                var onceText = (await once.GetTextAsync()).ToString();
                var errorsAfter = (await FixAllRunner.CompilerErrorsAsync(once)).Select(d => d.Id).OrderBy(x => x).ToList();
                Assert.True(errorsBefore.SequenceEqual(errorsAfter), $"Fix All for {id} changed the compiler errors ({string.Join(",", errorsBefore)} → {string.Join(",", errorsAfter)}):\n{onceText}");

                var left = (await FixAllRunner.AnalyzeAsync(once)).Where(d => d.Id == id).ToList();
                Assert.All(left, d => Assert.Equal(FixKind.None, FixSpec.FromProperties(d.Properties).Kind));

                var twice = await FixAllRunner.FixAllAsync(once, id);
                Assert.Equal(onceText, (await twice.GetTextAsync()).ToString());
                Interlocked.Increment(ref fixedRules);
            }
        });

        _output.WriteLine($"Fix All applied and re-applied for {fixedRules} (snippet, rule) pairs");
        Assert.True(fixedRules > 0);
    }

    [Fact]
    public async Task EveryRuleTestSnippet_GeneratedOrCompiledOut_ReportsNothing()
    {
        var attributedSnippets = 0;
        await ForEachSnippetAsync(async snippet =>
        {
            foreach (var variant in new[] { "// <auto-generated/>\n" + snippet, "#if false\n" + snippet + "\n#endif\n" }.ToList())
            {
                var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(variant, withOptInRules: true));
                Assert.Empty(result.Exceptions);
                Assert.Empty(result.Diagnostics);
            }

            var generatedFile = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(snippet, path: "Stack.g.cs", withOptInRules: true));
            Assert.Empty(generatedFile.Exceptions);
            Assert.Empty(generatedFile.Diagnostics);

            // Every top-level type marked [GeneratedCode] (a designer or tool output in an ordinary file).
            if (WithGeneratedCodeAttribute(snippet) is { } attributed)
            {
                var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(attributed, withOptInRules: true));
                Assert.Empty(result.Exceptions);
                Assert.Empty(result.Diagnostics);
                Interlocked.Increment(ref attributedSnippets);
            }
        });

        _output.WriteLine($"[GeneratedCode] variant run for {attributedSnippets} snippets");
        Assert.True(attributedSnippets > 0);
    }

    /// <summary>The snippet with <c>[GeneratedCode]</c> on every top-level type; null when it has code outside types (top-level statements).</summary>
    private static string? WithGeneratedCodeAttribute(string snippet)
    {
        var root = CSharpSyntaxTree.ParseText(snippet).GetRoot();
        if (root.DescendantNodes().OfType<GlobalStatementSyntax>().Any())
        {
            return null;
        }

        var types = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Where(t => t.Parent is not BaseTypeDeclarationSyntax).ToList();
        if (types.Count == 0)
        {
            return null;
        }

        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute(SyntaxFactory.ParseName("System.CodeDom.Compiler.GeneratedCode"), SyntaxFactory.ParseAttributeArgumentList("(\"tool\", \"1.0\")"))));
        return root.ReplaceNodes(types, (original, _) => original.AddAttributeLists(attribute.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed))).ToFullString();
    }

    [Fact]
    public async Task EveryRuleTestSnippet_LiteralsReplacedByUnknownValues_ReportsNothingOnThem()
    {
        // Each literal true/false/string becomes a call whose value the analyzer cannot know: no diagnostic may sit on it.
        await ForEachSnippetAsync(async snippet =>
        {
            var root = CSharpSyntaxTree.ParseText(snippet).GetRoot();
            var literals = root.DescendantNodes().OfType<LiteralExpressionSyntax>()
                .Where(l => l.IsKind(SyntaxKind.TrueLiteralExpression) || l.IsKind(SyntaxKind.FalseLiteralExpression) || l.IsKind(SyntaxKind.StringLiteralExpression))
                .Where(l => l.Parent is AssignmentExpressionSyntax || l.Parent is ArgumentSyntax)
                .ToList();
            if (literals.Count == 0)
            {
                return;
            }

            var rewritten = root.ReplaceNodes(literals, (original, _) =>
                SyntaxFactory.ParseExpression($"Unknown.Value<{(original.IsKind(SyntaxKind.StringLiteralExpression) ? "string" : "bool")}>()").WithTriviaFrom(original));
            var source = rewritten.ToFullString() + "\nstatic class Unknown { public static T Value<T>() => default!; }\n";
            var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(source));
            Assert.Empty(result.Exceptions);
            foreach (var diagnostic in result.Diagnostics)
            {
                var text = source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
                Assert.False(text.StartsWith("Unknown.Value", StringComparison.Ordinal), $"Reported an unknown value: {diagnostic}");
            }
        });
    }
}

/// <summary>The C# snippets of the rule tests: every non-interpolated raw string literal in tests/**/Rules/**/*Tests.cs, markup removed.</summary>
internal static class RuleTestSnippets
{
    private static readonly Regex Markup = new(@"\[\||\|\]|\{\|[^:|]*:|\|\}", RegexOptions.Compiled);
    private static readonly Lazy<ImmutableArray<string>> Cache = new(Read);

    public static ImmutableArray<string> Load() => Cache.Value;

    private static ImmutableArray<string> Read()
    {
        var directory = Path.Combine(RepoFiles.Root, "tests", "SharedResp.Analyzers.Tests", "Rules");
        var snippets = ImmutableArray.CreateBuilder<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*Tests.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && token.ValueText.Contains("class", StringComparison.Ordinal))
                {
                    snippets.Add(Markup.Replace(token.ValueText, string.Empty));
                }
            }
        }

        return snippets.ToImmutable();
    }
}

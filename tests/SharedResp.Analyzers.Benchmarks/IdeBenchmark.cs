using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SharedResp.Analyzers.Benchmarks;

/// <summary>
/// <c>--ide N1,N2 [EDITS]</c>: what one keystroke costs in the IDE. For each size, one AwsHeavy compilation; for each of
/// EDITS documents (spread over the corpus: half plain files, a quarter CDK stacks, a quarter SDK services), one member body is edited, the tree replaced
/// (a new compilation, as the IDE makes per edit), and the document's analyzer semantic diagnostics asked for — with the
/// SharedResp analyzers, with no-op analyzers, and with no analyzer (the compiler's own diagnostics of the document),
/// each on its own freshly edited compilation, in a rotating order.
/// <para><c>--ide-probe N [EDITS]</c> takes that per-edit cost apart (see <see cref="ProbeAsync"/>).</para>
/// </summary>
internal static class IdeBenchmark
{
    private static readonly EmptyAnalyzerConfigOptionsProvider OptionsProvider = new();
    private static readonly AnalyzerOptions Options = new(ImmutableArray<AdditionalText>.Empty, OptionsProvider);
    private static readonly List<string> Exceptions = new();

    private sealed record Case(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers);

    private sealed record Document(int Index, string Kind, SyntaxTree Tree, SourceText Edited);

    private sealed class Corpus
    {
        public required int Files { get; init; }

        public required CSharpCompilation Compilation { get; init; }

        public required IReadOnlyList<SyntaxTree> Trees { get; init; }
    }

    public static async Task<int> RunAsync(IReadOnlyList<int> sizes, int edits)
    {
        var sharedResp = new Case("SharedResp", SharedRespAnalyzerSet.Create());
        var cases = new[]
        {
            sharedResp,
            new Case("Empty", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer())),
            new Case("Node", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpNodeAnalyzer())),
            new Case("Operation", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer())),
            new Case("Compiler", ImmutableArray<DiagnosticAnalyzer>.Empty),
        };
        Console.WriteLine($"SharedResp analyzers: {sharedResp.Analyzers.Length}" + (SharedRespAnalyzerSet.Excluded.Count > 0 ? $" (excluded: {string.Join(", ", SharedRespAnalyzerSet.Excluded)})" : ""));
        Console.WriteLine("Cases: SharedResp; Empty = one analyzer with a compilation-start action only; Node = one analyzer with a no-op IdentifierName node action;");
        Console.WriteLine("       Operation = one analyzer with a no-op operation action on creations, calls and assignments (the driver builds the document's operation trees, as for the SDK's CA analyzers);");
        Console.WriteLine("       Compiler = no analyzer, the compiler's semantic diagnostics of the document (SemanticModel.GetDiagnostics), for reference.");
        var marginalMedians = new Dictionary<(int Size, string Kind, string Floor), double>();
        foreach (var size in sizes)
        {
            var corpus = await LoadAsync(size, sharedResp.Analyzers);
            if (corpus is null)
            {
                return 1;
            }

            var documents = PickDocuments(corpus, edits);
            // Warm-up: a few edits through every case (JIT, the metadata symbols' caches the IDE would already have).
            foreach (var d in documents.Take(4))
            {
                foreach (var c in cases)
                {
                    await TimeEditAsync(corpus, d, c);
                }
            }

            var times = cases.ToDictionary(c => c.Name, _ => new Dictionary<int, double>());
            var cpuTimes = cases.ToDictionary(c => c.Name, _ => new Dictionary<int, double>());
            var srDiagnostics = 0;
            for (var k = 0; k < documents.Count; k++)
            {
                // Rotate the order per edit, so drift on the machine hits every case alike.
                for (var j = 0; j < cases.Length; j++)
                {
                    var c = cases[(j + k) % cases.Length];
                    var (ms, cpuMs, count) = await TimeEditWithCpuAsync(corpus, documents[k], c);
                    times[c.Name][k] = ms;
                    cpuTimes[c.Name][k] = cpuMs;
                    if (c == sharedResp)
                    {
                        srDiagnostics += count;
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine($"AwsHeavy {size} files, {documents.Count} edits ({srDiagnostics} SharedResp diagnostics in the edited documents), wall ms:");
            Console.WriteLine($"  {"documents",-16} {"SharedResp",-15} {"Empty",-15} {"Node",-15} {"Operation",-15} {"Compiler",-15} {"SR-Node (marginal)",-21} {"SR-Empty",-15} {"SR-Operation",-15}");
            foreach (var kind in new[] { "AWS", "plain", "CDK", "SDK" })
            {
                var ks = Enumerable.Range(0, documents.Count).Where(k => kind switch
                {
                    "AWS" => documents[k].Kind != "plain",
                    _ => documents[k].Kind == kind,
                }).ToList();
                string Cell(IReadOnlyCollection<double> v) => $"{Stats.Median(v),6:F1} /{Stats.Percentile(v, 95),6:F1}";
                List<double> Of(string name) => ks.Select(k => times[name][k]).ToList();
                List<double> Diff(string floor) => ks.Select(k => times["SharedResp"][k] - times[floor][k]).ToList();
                Console.WriteLine($"  {kind + " (" + ks.Count + ")",-16} {Cell(Of("SharedResp")),-15} {Cell(Of("Empty")),-15} {Cell(Of("Node")),-15} {Cell(Of("Operation")),-15} {Cell(Of("Compiler")),-15} {Cell(Diff("Node")),-21} {Cell(Diff("Empty")),-15} {Cell(Diff("Operation")),-15}");
                marginalMedians[(size, kind, "Node")] = Stats.Median(Diff("Node"));
                marginalMedians[(size, kind, "Empty")] = Stats.Median(Diff("Empty"));
                marginalMedians[(size, kind, "Operation")] = Stats.Median(Diff("Operation"));
            }

            Console.WriteLine("  (each cell: median / p95; the SR-floor columns are the paired per-edit differences)");
            if (CpuClock.Available)
            {
                Console.WriteLine("  process CPU ms (all threads), median / p95:");
                foreach (var kind in new[] { "AWS", "plain" })
                {
                    var ks = Enumerable.Range(0, documents.Count).Where(k => (documents[k].Kind == "plain") == (kind == "plain")).ToList();
                    string Cell(IReadOnlyCollection<double> v) => $"{Stats.Median(v),6:F1} /{Stats.Percentile(v, 95),6:F1}";
                    List<double> Of(string name) => ks.Select(k => cpuTimes[name][k]).ToList();
                    List<double> Diff(string floor) => ks.Select(k => cpuTimes["SharedResp"][k] - cpuTimes[floor][k]).ToList();
                    Console.WriteLine($"  {kind + " (" + ks.Count + ")",-16} {Cell(Of("SharedResp")),-15} {Cell(Of("Empty")),-15} {Cell(Of("Node")),-15} {Cell(Of("Operation")),-15} {Cell(Of("Compiler")),-15} {Cell(Diff("Node")),-21} {Cell(Diff("Empty")),-15} {Cell(Diff("Operation")),-15}");
                    marginalMedians[(size, kind, "Node-cpu")] = Stats.Median(Diff("Node"));
                }
            }
        }

        if (sizes.Count >= 2)
        {
            var (small, large) = (sizes.Min(), sizes.Max());
            Console.WriteLine();
            foreach (var kind in new[] { "AWS", "plain" })
            {
                foreach (var floor in CpuClock.Available ? new[] { "Node", "Empty", "Operation", "Node-cpu" } : new[] { "Node", "Empty", "Operation" })
                {
                    var a = marginalMedians[(small, kind, floor)];
                    var b = marginalMedians[(large, kind, floor)];
                    Console.WriteLine($"Marginal median (SR-{floor}), {kind}: {a:F1} ms at {small} files, {b:F1} ms at {large} files: ratio {b / a:F2} (target <= 1.2)");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine("Targets: marginal median <= 2 ms, SharedResp p95 <= 50 ms.");
        return CheckExceptions();
    }

    /// <summary>Parses and compiles the corpus (no errors allowed), and runs every SharedResp analyzer on it once (a sanity check that they run and read options).</summary>
    private static async Task<Corpus?> LoadAsync(int files, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = CorpusGenerator.Generate(CorpusKind.AwsHeavy, files).Select(f => CSharpSyntaxTree.ParseText(f.Text, parse, f.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            "Corpus",
            trees,
            References.For(CorpusKind.AwsHeavy),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: true)
                .WithSpecificDiagnosticOptions(new[] { KeyValuePair.Create("CS1701", ReportDiagnostic.Suppress), KeyValuePair.Create("CS1702", ReportDiagnostic.Suppress) }));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0)
        {
            Console.Error.WriteLine("The corpus does not compile: " + string.Join("; ", errors));
            return null;
        }

        var questions = OptionsProvider.Questions;
        var watch = Stopwatch.StartNew();
        var all = await compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(Options, OnException, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Console.WriteLine($"AwsHeavy {files} files: whole-compilation analysis {watch.Elapsed.TotalSeconds:F1} s, {all.Length} diagnostics " +
            $"({string.Join(", ", all.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"))}), options asked {OptionsProvider.Questions - questions} times");
        // The corpus's findings are SR3001-SR3003: with exclusions, silence is possible; options read still shows the analyzers ran.
        if (all.Length == 0 && analyzers.Length > 0 && (SharedRespAnalyzerSet.Excluded.Count == 0 || OptionsProvider.Questions == questions))
        {
            Console.Error.WriteLine("The SharedResp analyzers reported nothing on the AwsHeavy corpus: they did not run.");
            return null;
        }

        return new Corpus { Files = files, Compilation = compilation, Trees = trees };
    }

    /// <summary>Every other document a plain one, the others CDK and SDK in turn; spread evenly over the corpus; the same for a given size and count.</summary>
    private static List<Document> PickDocuments(Corpus corpus, int edits)
    {
        static string KindOf(int i) => (i % 10) switch { < 4 => "CDK", < 7 => "SDK", _ => "plain" };
        var picked = new List<Document>();
        var used = new HashSet<int>();
        for (var k = 0; k < edits; k++)
        {
            var start = (int)((k + 0.5) * corpus.Files / edits);
            var want = (k % 4) switch { 0 => "CDK", 2 => "SDK", _ => "plain" };
            for (var d = 0; d < corpus.Files; d++)
            {
                var i = (start + d) % corpus.Files;
                if (KindOf(i) == want && used.Add(i))
                {
                    picked.Add(new Document(i, KindOf(i), corpus.Trees[i], Edit(corpus.Trees[i], k)));
                    break;
                }
            }
        }

        return picked;
    }

    /// <summary>The document's text with a local declared at the start of its first method or constructor body.</summary>
    private static SourceText Edit(SyntaxTree tree, int k)
    {
        var body = tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>().Select(m => m.Body).First(b => b is not null)!;
        var text = tree.GetText();
        return text.WithChanges(new TextChange(new TextSpan(body.OpenBraceToken.Span.End, 0), $" var benchEdit{k} = {k};"));
    }

    private static async Task<(double Ms, int Diagnostics)> TimeEditAsync(Corpus corpus, Document document, Case c, bool logTimes = false, Action<CompilationWithAnalyzers>? after = null)
    {
        var (ms, _, count) = await TimeEditWithCpuAsync(corpus, document, c, logTimes, after);
        return (ms, count);
    }

    /// <summary>Wall time (Stopwatch) and process CPU time (all threads; far less moved by other load on the machine) of one request.</summary>
    private static async Task<(double WallMs, double CpuMs, int Diagnostics)> TimeEditWithCpuAsync(Corpus corpus, Document document, Case c, bool logTimes = false, Action<CompilationWithAnalyzers>? after = null)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        // A new tree and a new compilation for every run: nothing the analyzers or the semantic model cached is shared.
        var tree = document.Tree.WithChangedText(document.Edited);
        var compilation = corpus.Compilation.ReplaceSyntaxTree(document.Tree, tree);
        var cpu = CpuClock.Milliseconds();
        var watch = Stopwatch.StartNew();
        var model = compilation.GetSemanticModel(tree);
        int count;
        CompilationWithAnalyzers? withAnalyzers = null;
        if (c.Analyzers.IsEmpty)
        {
            count = model.GetDiagnostics().Length;
        }
        else
        {
            withAnalyzers = compilation.WithAnalyzers(c.Analyzers, new CompilationWithAnalyzersOptions(Options, OnException, concurrentAnalysis: !logTimes, logAnalyzerExecutionTime: logTimes));
            count = (await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, CancellationToken.None)).Length;
        }

        var ms = watch.Elapsed.TotalMilliseconds;
        var cpuMs = CpuClock.Milliseconds() - cpu;
        if (withAnalyzers is not null)
        {
            after?.Invoke(withAnalyzers);
        }

        return (ms, cpuMs, count);
    }

    private static void OnException(Exception exception, DiagnosticAnalyzer analyzer, Diagnostic diagnostic)
    {
        lock (Exceptions)
        {
            Exceptions.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static int CheckExceptions()
    {
        lock (Exceptions)
        {
            if (Exceptions.Count == 0)
            {
                return 0;
            }

            Console.Error.WriteLine($"{Exceptions.Count} analyzer exceptions, e.g.:");
            foreach (var e in Exceptions.Distinct().Take(5))
            {
                Console.Error.WriteLine("  " + e);
            }

            return 1;
        }
    }

    /// <summary>
    /// <c>--ide-probe N [EDITS]</c>: where the per-edit cost goes.
    /// (1) The driver's per-analyzer execution times for single-document requests (sequential analysis, so they add up).
    /// (2) The fixed per-compilation cost: a request on a tiny document (one empty class) of an edited compilation,
    ///     with the SharedResp analyzers, with one no-op node analyzer, and with as many no-op analyzers (registering,
    ///     from compilation start, node actions on the kinds the SharedResp dispatcher watches) as SharedResp has.
    /// (3) The type lookups the rules make at compilation start, replayed on fresh compilations.
    /// (4) Walks over every tree of a fresh compilation (the using-alias scan; a full token scan).
    /// </summary>
    public static async Task<int> ProbeAsync(int files, int edits)
    {
        var sharedResp = new Case("SharedResp", SharedRespAnalyzerSet.Create());
        var corpus = await LoadAsync(files, sharedResp.Analyzers);
        if (corpus is null)
        {
            return 1;
        }

        var documents = PickDocuments(corpus, edits);
        var node = new Case("Node", ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpNodeAnalyzer()));

        // (1) Per-analyzer times per request.
        foreach (var d in documents.Take(4))
        {
            await TimeEditAsync(corpus, d, sharedResp, logTimes: true);
        }

        var perAnalyzer = new Dictionary<string, Dictionary<string, List<double>>> { ["AWS"] = new(), ["plain"] = new() };
        var wall = new Dictionary<string, List<double>> { ["AWS"] = new(), ["plain"] = new() };
        var nodeWall = new Dictionary<string, List<double>> { ["AWS"] = new(), ["plain"] = new() };
        var sums = new Dictionary<string, List<double>> { ["AWS"] = new(), ["plain"] = new() };
        foreach (var d in documents)
        {
            var kind = d.Kind == "plain" ? "plain" : "AWS";
            double sum = 0;
            var (ms, _) = await TimeEditAsync(corpus, d, sharedResp, logTimes: true, after: cwa =>
            {
                foreach (var a in sharedResp.Analyzers)
                {
                    var t = cwa.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                    sum += t;
                    var name = a.GetType().Name;
                    if (!perAnalyzer[kind].TryGetValue(name, out var list))
                    {
                        perAnalyzer[kind][name] = list = new List<double>();
                    }

                    list.Add(t);
                }
            });
            wall[kind].Add(ms);
            sums[kind].Add(sum);
            nodeWall[kind].Add((await TimeEditAsync(corpus, d, node, logTimes: true)).Ms);
        }

        Console.WriteLine();
        Console.WriteLine($"(1) Single-document requests, sequential analysis, driver timing on ({documents.Count} edits), medians:");
        foreach (var kind in new[] { "AWS", "plain" })
        {
            Console.WriteLine($"  {kind}: SharedResp request {Stats.Median(wall[kind]):F1} ms wall (no-op node analyzer {Stats.Median(nodeWall[kind]):F1} ms); " +
                $"sum of the SharedResp analyzers' own execution times {Stats.Median(sums[kind]):F1} ms");
            var top = perAnalyzer[kind].Select(p => (p.Key, Median: Stats.Median(p.Value))).OrderByDescending(p => p.Median).ToList();
            Console.WriteLine("    top: " + string.Join(", ", top.Take(8).Select(p => $"{p.Key.Replace("Analyzer", "", StringComparison.Ordinal)} {p.Median:F2}")) +
                $"; the other {Math.Max(0, top.Count - 8)} together {top.Skip(8).Sum(p => p.Median):F2} ms");
        }

        // The names the rules resolved for a compilation the driver analyzed (for (2) and (3)).
        var capture = new CompilationCaptureAnalyzer();
        var captureCase = new Case("SharedResp+capture", sharedResp.Analyzers.Add(capture));
        await TimeEditAsync(corpus, documents[0], captureCase);
        var names = capture.Compilation is { } seen ? TypeNamesLookedUp(seen) : null;

        // (2) Fixed cost: a tiny document.
        var tinyText = "namespace Probe;\ninternal static class Tiny\n{\n    public static int M() { return 1; }\n}\n";
        var tinyTree = CSharpSyntaxTree.ParseText(tinyText, new CSharpParseOptions(LanguageVersion.Latest), "Tiny.cs");
        var tinyCorpus = new Corpus { Files = files, Compilation = corpus.Compilation.AddSyntaxTrees(tinyTree), Trees = corpus.Trees };
        var tiny = new Document(-1, "tiny", tinyTree, Edit(tinyTree, 0));
        var dispatcherKinds = new[] { SyntaxKind.SimpleAssignmentExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression, SyntaxKind.InvocationExpression, SyntaxKind.Attribute };
        var tinyCases = new[]
        {
            sharedResp,
            node,
            new Case("Empty", ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer())),
            new Case($"{sharedResp.Analyzers.Length}xNoOp", Enumerable.Range(0, sharedResp.Analyzers.Length).Select(_ => (DiagnosticAnalyzer)new NoOpNodeAnalyzer(true, dispatcherKinds)).ToImmutableArray()),
            new Case($"{sharedResp.Analyzers.Length}xEmpty", Enumerable.Range(0, sharedResp.Analyzers.Length).Select(_ => (DiagnosticAnalyzer)new EmptyAnalyzer()).ToImmutableArray()),
        };
        if (names is not null)
        {
            // One analyzer that resolves, at compilation start, the rules' metadata names as AwsCompilationContext does, then registers no-op node actions.
            tinyCases = tinyCases.Append(new Case("LookupsOnly", ImmutableArray.Create<DiagnosticAnalyzer>(new LookupsOnlyAnalyzer(names, dispatcherKinds)))).ToArray();
        }
        var tinyTimes = tinyCases.ToDictionary(c => c.Name, _ => new List<double>());
        var editTimes = tinyCases.ToDictionary(c => c.Name, _ => new List<double>());
        for (var k = 0; k < 4 + edits; k++)
        {
            for (var j = 0; j < tinyCases.Length; j++)
            {
                var c = tinyCases[(j + k) % tinyCases.Length];
                var t = (await TimeEditAsync(tinyCorpus, tiny, c)).Ms;
                var e = (await TimeEditAsync(corpus, documents[k % documents.Count], c)).Ms;
                if (k >= 4)
                {
                    tinyTimes[c.Name].Add(t);
                    editTimes[c.Name].Add(e);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"(2) Fixed per-compilation cost, concurrent analysis, medians of {edits} runs (wall ms): tiny document | real edited document");
        foreach (var c in tinyCases)
        {
            Console.WriteLine($"  {c.Name,-14} {Stats.Median(tinyTimes[c.Name]),7:F2} | {Stats.Median(editTimes[c.Name]),7:F2}");
        }

        // (2b) Which analyzers the fixed cost belongs to: the tiny document, sequential analysis, driver timing on.
        var tinyPerAnalyzer = new Dictionary<string, List<double>>();
        var tinySums = new List<double>();
        for (var k = 0; k < 4 + edits; k++)
        {
            double sum = 0;
            await TimeEditAsync(tinyCorpus, tiny, sharedResp, logTimes: true, after: cwa =>
            {
                foreach (var a in sharedResp.Analyzers)
                {
                    var t = cwa.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                    sum += t;
                    if (k >= 4)
                    {
                        (tinyPerAnalyzer.TryGetValue(a.GetType().Name, out var l) ? l : tinyPerAnalyzer[a.GetType().Name] = new List<double>()).Add(t);
                    }
                }
            });
            if (k >= 4)
            {
                tinySums.Add(sum);
            }
        }

        var tinyTop = tinyPerAnalyzer.Select(p => (p.Key, Median: Stats.Median(p.Value))).OrderByDescending(p => p.Median).ToList();
        Console.WriteLine($"  tiny document, sequential, driver timing: sum of the SharedResp analyzers' execution times {Stats.Median(tinySums):F2} ms; top: " +
            string.Join(", ", tinyTop.Take(8).Select(p => $"{p.Key.Replace("Analyzer", "", StringComparison.Ordinal)} {p.Median:F2}")) +
            $"; the other {Math.Max(0, tinyTop.Count - 8)} together {tinyTop.Skip(8).Sum(p => p.Median):F2} ms");

        // (3) Type lookups: the names the rules resolved (captured before (2)).
        Console.WriteLine();
        if (names is null)
        {
            Console.WriteLine("(3) Type lookups: SharedResp.Analyzers.AwsCompilationContext._types not found (the engine changed): skipped.");
        }
        else
        {
            var cold = new List<double>();
            var warm = new List<double>();
            var found = 0;
            foreach (var d in documents)
            {
                var fresh = corpus.Compilation.ReplaceSyntaxTree(d.Tree, d.Tree.WithChangedText(d.Edited));
                var watch = Stopwatch.StartNew();
                found = names.Count(n => Resolve(fresh, n));
                cold.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                _ = names.Count(n => Resolve(fresh, n));
                warm.Add(watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"(3) Type lookups the rules made (AwsCompilationContext): {names.Count} metadata names ({found} found), {corpus.Compilation.References.Count()} references; " +
                $"resolving all of them as AwsCompilationContext does on a fresh compilation: median {Stats.Median(cold):F2} ms (p95 {Stats.Percentile(cold, 95):F2}), again on the same compilation {Stats.Median(warm):F2} ms");

            // Split: the names found (GetTypeByMetadataName alone) and the absent ones (then GetTypesByMetadataName too).
            var present = names.Where(n => corpus.Compilation.GetTypeByMetadataName(n) is not null).ToList();
            var absent = names.Except(present).ToList();
            var presentTimes = new List<double>();
            var absentTimes = new List<double>();
            var perAssembly = new List<double>();
            var sameAssemblies = true;
            IAssemblySymbol[]? previous = null;
            foreach (var d in documents)
            {
                var fresh = corpus.Compilation.ReplaceSyntaxTree(d.Tree, d.Tree.WithChangedText(d.Edited));
                var watch = Stopwatch.StartNew();
                _ = present.Count(n => fresh.GetTypeByMetadataName(n) is not null);
                presentTimes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                _ = absent.Count(n => Resolve(fresh, n));
                absentTimes.Add(watch.Elapsed.TotalMilliseconds);

                // The alternative: look in the AWS assemblies only (their symbols are shared by every compilation with the same references).
                watch.Restart();
                var aws = fresh.SourceModule.ReferencedAssemblySymbols
                    .Where(a => a.Name.StartsWith("AWSSDK.", StringComparison.Ordinal) || a.Name.StartsWith("Amazon.CDK", StringComparison.Ordinal))
                    .ToArray();
                _ = names.Count(n => aws.Any(a => a.GetTypeByMetadataName(n) is not null));
                perAssembly.Add(watch.Elapsed.TotalMilliseconds);
                sameAssemblies &= previous is null || previous.SequenceEqual(aws, ReferenceEqualityComparer.Instance);
                previous = aws;
            }

            Console.WriteLine($"    the {present.Count} present names (GetTypeByMetadataName): median {Stats.Median(presentTimes):F2} ms; the {absent.Count} absent ones (GetTypeByMetadataName, then GetTypesByMetadataName): median {Stats.Median(absentTimes):F2} ms");
            Console.WriteLine($"    looked up in the {previous?.Length} AWS assemblies only (IAssemblySymbol.GetTypeByMetadataName): median {Stats.Median(perAssembly):F3} ms; " +
                $"those assembly symbols are {(sameAssemblies ? "the same objects" : "NOT the same objects")} in every edited compilation (a cache keyed by them survives edits)");
            Console.WriteLine("    absent: " + string.Join(", ", absent.Take(12)) + (absent.Count > 12 ? ", ..." : ""));
        }

        // (4) Walks over every tree.
        var aliasWalk = new List<double>();
        var tokenWalk = new List<double>();
        foreach (var d in documents)
        {
            var fresh = corpus.Compilation.ReplaceSyntaxTree(d.Tree, d.Tree.WithChangedText(d.Edited));
            var watch = Stopwatch.StartNew();
            var aliases = fresh.SyntaxTrees.Count(t => t.GetRoot() is CompilationUnitSyntax u && (u.Usings.Any(x => x.Alias is not null) || u.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(x => x.Alias is not null))));
            aliasWalk.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            var identifiers = fresh.SyntaxTrees.Sum(t => t.GetRoot().DescendantTokens().Count(x => x.IsKind(SyntaxKind.IdentifierToken) && x.ValueText == "RequireImdsv2Aspect"));
            tokenWalk.Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(aliases + identifiers);
        }

        Console.WriteLine($"(4) Over all {corpus.Trees.Count} trees of a fresh compilation (roots in memory): using-alias scan (HasUsingAliases) median {Stats.Median(aliasWalk):F2} ms; " +
            $"full token scan (ImdsV2's aspect check, lazy) median {Stats.Median(tokenWalk):F1} ms");
        return CheckExceptions();
    }

    // As AwsCompilationContext resolves a name: the unique type, else every candidate (also when there is none).
    private static bool Resolve(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) is not null || compilation.GetTypesByMetadataName(metadataName).Length > 0;

    /// <summary>The metadata names the rules resolved for this compilation, read from the engine's per-compilation cache by reflection (null if it has none).</summary>
    private static List<string>? TypeNamesLookedUp(Compilation compilation)
    {
        var type = SharedRespAnalyzerSet.Assembly.GetType("SharedResp.Analyzers.AwsCompilationContext");
        var get = type?.GetMethod("Get", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(Compilation) });
        var field = type?.GetField("_types", BindingFlags.NonPublic | BindingFlags.Instance);
        if (get is null || field is null || get.Invoke(null, new object[] { compilation }) is not { } context ||
            field.GetValue(context) is not System.Collections.IDictionary dictionary)
        {
            return null;
        }

        return dictionary.Keys.Cast<string>().OrderBy(n => n, StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<int> ParseSizes(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}

/// <summary>Resolves a list of metadata names at compilation start (the unique type, else every candidate), then registers no-op node actions.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class LookupsOnlyAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0004", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    private readonly IReadOnlyList<string> _names;
    private readonly SyntaxKind[] _kinds;

    public LookupsOnlyAnalyzer(IReadOnlyList<string> names, SyntaxKind[] kinds)
    {
        _names = names;
        _kinds = kinds;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var found = 0;
            foreach (var name in _names)
            {
                if (start.Compilation.GetTypeByMetadataName(name) is not null || start.Compilation.GetTypesByMetadataName(name).Length > 0)
                {
                    found++;
                }
            }

            GC.KeepAlive(found);
            start.RegisterSyntaxNodeAction(_ => { }, _kinds);
        });
    }
}

/// <summary>Keeps the compilation the driver hands to analyzers (not the one given to WithAnalyzers: the driver makes its own).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class CompilationCaptureAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("BENCH0003", "never", "never", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public Compilation? Compilation { get; private set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start => Compilation = start.Compilation);
    }
}

/// <summary>The process's CPU time (all threads) at nanosecond resolution: clock_gettime(CLOCK_PROCESS_CPUTIME_ID) on Linux.</summary>
internal static class CpuClock
{
    private const int ProcessCpuTimeId = 2;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    public static double Milliseconds() => Available && TryRead(out var ms) ? ms : double.NaN;

    private static bool TryRead(out double milliseconds)
    {
        try
        {
            if (clock_gettime(ProcessCpuTimeId, out var t) == 0)
            {
                milliseconds = (t.Seconds * 1000.0) + (t.Nanoseconds / 1e6);
                return true;
            }
        }
        catch (DllNotFoundException)
        {
        }
        catch (EntryPointNotFoundException)
        {
        }

        milliseconds = double.NaN;
        return false;
    }

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}

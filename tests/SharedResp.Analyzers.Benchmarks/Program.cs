using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SharedResp.Analyzers.Benchmarks;

// dotnet run -c Release --project tests/SharedResp.Analyzers.Benchmarks -- [--quick | --smoke N [R] | --build N [R] | --ide N1,N2 [EDITS] | --ide-probe N [EDITS] | --profile N] [BenchmarkDotNet arguments]
//   (default)        one launch, 2 warm-ups, 8 iterations per case: the numbers in docs/performance.md
//   --quick          one launch, one warm-up, 3 iterations
//   --smoke N [R]    in process, a stopwatch run of each case at N files, R times interleaved (default 5; median CPU time)
//   --build N [R]    a real `dotnet build` of the two corpora written to disk as projects (default $TMPDIR/sharedresp-bench,
//                    or SHAREDRESP_BENCH_DIR) with this build's SharedResp.Analyzers.dll as an <Analyzer> and the SDK's
//                    NetAnalyzers on: restore, one warm-up build each, then R builds each (default 3), interleaved;
//                    reports the Csc task time and ReportAnalyzer's SharedResp and NetAnalyzers times (medians, ratios),
//                    the top SharedResp analyzers and the SR diagnostics. Extra build arguments: SHAREDRESP_BENCH_BUILD_ARGS.
//   --ide N1,N2 [E]  in process, the IDE case: per size, E single-document edits (default 40, AWS and plain documents),
//                    each a new compilation, GetAnalyzerSemanticDiagnosticsAsync for the document with SharedResp and
//                    with no-op analyzers (paired, rotating order); median/p95 and the marginal cost per edit
//   --ide-probe N [E] where the per-edit cost goes: per-analyzer times per request, the fixed per-compilation cost on
//                    a tiny document (against as many no-op analyzers), the rules' type lookups, the all-tree walks
//   --profile N      the driver's per-analyzer times for one whole-compilation run at N files
// SHAREDRESP_BENCH_EXCLUDE=<rule class names, comma-separated> leaves rules out (in-process modes only);
// SHAREDRESP_BENCH_CORPUS=AwsHeavy|NoAws runs one corpus only (--smoke).
if (args.Length >= 2 && args[0] == "--build")
{
    var repeat = args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
    return BuildBenchmark.Run(int.Parse(args[1], CultureInfo.InvariantCulture), repeat);
}

if (args.Length >= 2 && args[0] == "--ide")
{
    var edits = args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
    return await IdeBenchmark.RunAsync(IdeBenchmark.ParseSizes(args[1]), edits);
}

if (args.Length >= 2 && args[0] == "--ide-probe")
{
    var edits = args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40;
    return await IdeBenchmark.ProbeAsync(int.Parse(args[1], CultureInfo.InvariantCulture), edits);
}

if (args.Length >= 2 && args[0] == "--profile")
{
    // Time spent inside each analyzer's callbacks, as the analyzer driver measures it (what ReportAnalyzer shows).
    var files = int.Parse(args[1], CultureInfo.InvariantCulture);
    var bench = new CompilationBenchmarks { Files = files, Corpus = CorpusKind.AwsHeavy };
    bench.Setup();
    bench.CompileWithSharedRespAnalyzers();
    foreach (var (analyzer, time) in bench.AnalyzerExecutionTimes())
    {
        Console.WriteLine($"{analyzer,-40} {time.TotalMilliseconds,8:F0} ms");
    }

    return 0;
}

if (args.Length >= 2 && args[0] == "--smoke")
{
    // Process CPU time (all threads) as well as wall time: CPU time is far less disturbed by other load on the machine.
    var files = int.Parse(args[1], CultureInfo.InvariantCulture);
    var repeat = args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
    var process = Process.GetCurrentProcess();
    // SHAREDRESP_BENCH_CORPUS=AwsHeavy (or NoAws) runs one corpus only (quicker while iterating).
    var only = Environment.GetEnvironmentVariable("SHAREDRESP_BENCH_CORPUS");
    foreach (var corpus in new[] { CorpusKind.AwsHeavy, CorpusKind.NoAws }.Where(k => string.IsNullOrEmpty(only) || k.ToString() == only))
    {
        var bench = new CompilationBenchmarks { Files = files, Corpus = corpus };
        bench.Setup();
        var cases = new (string Name, Func<int> Run)[] { ("CompileOnly", bench.CompileOnly), ("CompileWithEmptyAnalyzer", bench.CompileWithEmptyAnalyzer), ("CompileWithSharedRespAnalyzers", bench.CompileWithSharedRespAnalyzers) };
        var cpu = cases.Select(_ => new List<double>()).ToArray();
        var wall = cases.Select(_ => new List<double>()).ToArray();
        var allocated = cases.Select(_ => new List<double>()).ToArray();
        var diagnostics = new int[cases.Length];
        foreach (var c in cases)
        {
            c.Run(); // warm-up
        }

        // Round-robin, so drift on the machine hits every case alike.
        for (var i = 0; i < repeat; i++)
        {
            for (var k = 0; k < cases.Length; k++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                diagnostics[k] = cases[k].Run();
                wall[k].Add(watch.Elapsed.TotalMilliseconds);
                allocated[k].Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
                process.Refresh();
                cpu[k].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        var baseline = Median(cpu[0]);
        for (var k = 0; k < cases.Length; k++)
        {
            var median = Median(cpu[k]);
            var perFile = Median(allocated[k]) / files / 1024;
            Console.WriteLine($"{corpus,-9} {files,5} files  {cases[k].Name,-31} CPU {median,8:F0} ms ({(median / baseline - 1) * 100,6:+0.0;-0.0}%)  wall {Median(wall[k]),7:F0} ms  alloc {perFile,7:F1} KB/file  ({diagnostics[k]} diagnostics)");
        }
    }

    return 0;
}

static double Median(List<double> values)
{
    var sorted = values.OrderBy(v => v).ToList();
    return sorted[sorted.Count / 2];
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
var job = quick
    ? Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
    : Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8);
var config = DefaultConfig.Instance.AddJob(job.AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(CompilationBenchmarks).Assembly).Run(rest.Length == 0 ? new[] { "--filter", "*" } : rest, config);
return 0;

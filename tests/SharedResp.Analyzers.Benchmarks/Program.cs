using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using SharedResp.Analyzers.Benchmarks;

// dotnet run -c Release --project tests/SharedResp.Analyzers.Benchmarks -- [--quick | --smoke N] [BenchmarkDotNet arguments]
//   (default) one launch, 2 warm-ups, 8 iterations per case: the numbers in docs/performance.md
//   --quick   one launch, one warm-up, 3 iterations
//   --smoke N a plain stopwatch run of each case at N files, once (checks the corpus compiles; no statistics)
if (args.Length >= 2 && args[0] == "--smoke")
{
    var files = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    foreach (var corpus in new[] { CorpusKind.AwsHeavy, CorpusKind.NoAws })
    {
        var bench = new CompilationBenchmarks { Files = files, Corpus = corpus };
        bench.Setup();
        Console.WriteLine($"{corpus} corpus compiler diagnostics: {bench.Summary}");
        foreach (var (name, run) in new (string, Func<int>)[] { ("CompileOnly", bench.CompileOnly), ("CompileWithEmptyAnalyzer", bench.CompileWithEmptyAnalyzer), ("CompileWithSharedRespAnalyzers", bench.CompileWithSharedRespAnalyzers) })
        {
            run(); // warm-up
            var watch = Stopwatch.StartNew();
            var diagnostics = run();
            Console.WriteLine($"{corpus,-9} {files,5} files  {name,-31} {watch.ElapsedMilliseconds,6} ms  ({diagnostics} diagnostics)");
        }
    }

    return;
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
var job = quick
    ? Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
    : Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8);
var config = DefaultConfig.Instance.AddJob(job.AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(CompilationBenchmarks).Assembly).Run(rest.Length == 0 ? new[] { "--filter", "*" } : rest, config);

using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SharedResp.Analyzers.Benchmarks;

/// <summary>
/// <c>--build N [R]</c>: a real <c>dotnet build</c> of the two corpora, written to disk as projects outside the repo
/// (AwsHeavy with the AWS packages the benchmark itself uses, NoAws with none), each with the SharedResp analyzer
/// assembly of this benchmark's build output as an <c>&lt;Analyzer&gt;</c> and the SDK's default NetAnalyzers on.
/// Restores once, builds each project once as a warm-up, then R times interleaved, and reads from the output the Csc
/// task time (task performance summary) and the per-assembly and per-analyzer times that <c>ReportAnalyzer</c> prints.
/// </summary>
internal static partial class BuildBenchmark
{
    private static readonly string[] AwsPackages = { "AWSSDK.Core", "AWSSDK.S3", "Amazon.CDK.Lib" };
    private static readonly string[] NetAnalyzerAssemblies = { "Microsoft.CodeAnalysis.NetAnalyzers", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers" };

    public static int Run(int files, int repeat)
    {
        var root = Environment.GetEnvironmentVariable("SHAREDRESP_BENCH_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(Path.GetTempPath(), "sharedresp-bench");
        var extra = (Environment.GetEnvironmentVariable("SHAREDRESP_BENCH_BUILD_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var analyzer = SharedRespAnalyzerSet.AssemblyPath;
        var versions = PackageVersions();
        Console.WriteLine($"Analyzer: {analyzer}");
        Console.WriteLine($"Packages: {string.Join(", ", AwsPackages.Select(p => p + " " + versions[p]))}");
        if (SharedRespAnalyzerSet.Excluded.Count > 0)
        {
            Console.WriteLine("Note: SHAREDRESP_BENCH_EXCLUDE does not apply to a real build (every analyzer of the assembly runs).");
        }

        Directory.CreateDirectory(root);
        // Nothing above the corpora (the repo's central package management, its props) may leak into them.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
        // AwsHeavy twice: with the SharedResp analyzer and without it (the same sources, packages and NetAnalyzers), so
        // that what SharedResp adds to the whole build is measured as well as what ReportAnalyzer attributes to it.
        // The two AWS-heavy builds run back to back in every round (the machine's speed drifts between rounds), in
        // alternating order.
        var projects = new[]
        {
            WriteProject(root, CorpusKind.AwsHeavy, files, analyzer, versions),
            WriteProject(root, CorpusKind.AwsHeavy, files, analyzer: null, versions),
            WriteProject(root, CorpusKind.NoAws, files, analyzer, versions),
        };
        var logs = Path.Combine(root, "logs");
        Directory.CreateDirectory(logs);

        foreach (var p in projects)
        {
            var restore = Dotnet(Path.Combine(logs, $"{p.Kind}-{files}-restore.log"), "restore", p.Project, "-nodeReuse:false");
            if (restore.ExitCode != 0)
            {
                return Fail($"restore of {p.Project} failed (exit {restore.ExitCode})", restore.Lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(20));
            }
        }

        // -p:UseSharedCompilation=false: every build runs a fresh csc process, as on a CI agent, instead of a compiler
        // server whose warm state (JIT, loaded metadata) would depend on what else was built before and by whom. The
        // machine these figures come from sets UseSharedCompilation=false in the environment anyway; passing it makes the
        // measurement independent of that. SHAREDRESP_BENCH_BUILD_ARGS=-p:UseSharedCompilation=true measures the server.
        string[] BuildArgs(string project) => new[]
        {
            "build", project, "--no-restore", "--no-incremental", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary", "-nodeReuse:false",
            "-p:UseSharedCompilation=false",
        }.Concat(extra).ToArray();
        Console.WriteLine($"Command: dotnet {string.Join(' ', BuildArgs("<project>"))}");

        var results = projects.ToDictionary(p => p.Name, _ => new List<BuildResult>());
        var cpu = projects.ToDictionary(p => p.Name, _ => new List<double>());
        // Round 0 is a warm-up (starts the compiler server, fills the OS file cache), not counted.
        for (var round = 0; round <= repeat; round++)
        {
            foreach (var p in round % 2 == 0 ? projects : projects.Reverse())
            {
                var log = Path.Combine(logs, $"{p.Name}-{files}-{(round == 0 ? "warmup" : round.ToString(CultureInfo.InvariantCulture))}.log");
                var cpuBefore = ChildrenCpuSeconds();
                var run = Dotnet(log, BuildArgs(p.Project));
                var cpuSeconds = ChildrenCpuSeconds() - cpuBefore;
                if (run.ExitCode != 0)
                {
                    return Fail($"build of {p.Project} failed (exit {run.ExitCode}); log: {log}", run.Lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(20));
                }

                if (!TryParse(run.Lines, p.WithSharedResp, out var result, out var problem))
                {
                    return Fail($"could not read the build output of {p.Name} ({problem}); log: {log}", RelevantLines(run.Lines));
                }

                Console.WriteLine($"  {(round == 0 ? "warm-up" : "run " + round),-7} {p.Name,-14} Csc {result.CscMs,6:F0} ms  analyzers {result.TotalAnalyzerSeconds,6:F3} s  SharedResp {result.Assembly(SharedRespAnalyzerSet.AssemblyName),6:F3} s  NetAnalyzers {result.NetAnalyzers,6:F3} s  build CPU {cpuSeconds,6:F1} s  ({run.Elapsed.TotalSeconds:F0} s)");
                if (round > 0)
                {
                    results[p.Name].Add(result);
                    cpu[p.Name].Add(cpuSeconds);
                }
            }
        }

        Console.WriteLine();
        foreach (var p in projects.Where(p => p.WithSharedResp))
        {
            Report(p.Kind, files, results[p.Name]);
        }

        ReportAdded(files, projects[0].Name, projects[1].Name, results, cpu);
        return 0;
    }

    /// <summary>
    /// What SharedResp adds to the whole AWS-heavy build, pair by pair (round k with against round k without): the Csc
    /// task's wall time and the CPU time of the whole build process tree (getrusage of the waited-for children), which
    /// a shared 2-core machine disturbs far less than wall time.
    /// </summary>
    private static void ReportAdded(int files, string with, string without, Dictionary<string, List<BuildResult>> results, Dictionary<string, List<double>> cpu)
    {
        var pairs = Math.Min(results[with].Count, results[without].Count);
        var csc = Enumerable.Range(0, pairs).Select(i => (results[with][i].CscMs - results[without][i].CscMs) / results[without][i].CscMs * 100).ToList();
        var cpuAdded = Enumerable.Range(0, pairs).Select(i => (cpu[with][i] - cpu[without][i]) / cpu[without][i] * 100).ToList();
        Console.WriteLine($"AwsHeavy {files} files, with SharedResp against without it ({pairs} pairs, median):");
        Console.WriteLine($"  Csc task wall time        {Stats.Median(csc),+7:F1} %   (per pair: {string.Join(", ", csc.Select(v => v.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"  build CPU time            {Stats.Median(cpuAdded),+7:F1} %   (per pair: {string.Join(", ", cpuAdded.Select(v => v.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)))}; without: {Stats.Median(cpu[without]):F1} s, with: {Stats.Median(cpu[with]):F1} s)");
    }

    /// <summary>User plus system CPU seconds of every terminated, waited-for child process (and their waited-for descendants).</summary>
    private static double ChildrenCpuSeconds()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(RUsageChildren, out var usage) != 0)
        {
            return double.NaN;
        }

        return usage.UserSeconds + (usage.UserMicroseconds / 1e6) + usage.SystemSeconds + (usage.SystemMicroseconds / 1e6);
    }

    private const int RUsageChildren = -1;

    /// <summary>The head of <c>struct rusage</c> (x86-64/arm64 Linux: two <c>timeval</c>s, then 14 longs).</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential, Size = 144)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    private static void Report(CorpusKind kind, int files, List<BuildResult> runs)
    {
        var target = kind == CorpusKind.AwsHeavy ? 3.0 : 0.5;
        var csc = Stats.Median(runs.Select(r => r.CscMs).ToList());
        var total = Stats.Median(runs.Select(r => r.TotalAnalyzerSeconds).ToList());
        var sr = Stats.Median(runs.Select(r => r.Assembly(SharedRespAnalyzerSet.AssemblyName)).ToList());
        var net = Stats.Median(runs.Select(r => r.NetAnalyzers).ToList());
        var overCsc = runs.Select(r => r.Assembly(SharedRespAnalyzerSet.AssemblyName) * 1000 / r.CscMs * 100).ToList();
        var overNet = runs.Select(r => r.NetAnalyzers > 0 ? r.Assembly(SharedRespAnalyzerSet.AssemblyName) / r.NetAnalyzers : double.NaN).ToList();
        Console.WriteLine($"{kind} {files} files, {runs.Count} builds (medians):");
        Console.WriteLine($"  Csc task                 {csc,8:F0} ms   (runs: {string.Join(", ", runs.Select(r => r.CscMs.ToString("F0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"  all analyzers            {total * 1000,8:F0} ms");
        Console.WriteLine($"  SharedResp.Analyzers     {sr * 1000,8:F0} ms");
        Console.WriteLine($"  NetAnalyzers (2 assemblies) {net * 1000,5:F0} ms");
        Console.WriteLine($"  SharedResp / Csc         {Stats.Median(overCsc),8:F2} %   (per build: {string.Join(", ", overCsc.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))}; target <= {target} %)");
        Console.WriteLine($"  SharedResp / NetAnalyzers {Stats.Median(overNet),7:F2}     (per build: {string.Join(", ", overNet.Select(v => v.ToString("F2", CultureInfo.InvariantCulture)))}; target < 1)");
        var warnings = runs[^1].SharedRespDiagnostics;
        Console.WriteLine($"  SR diagnostics (last build): {warnings.Values.Sum()}" + (warnings.Count > 0 ? $" ({string.Join(", ", warnings.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}×{w.Value}"))})" : ""));
        var perAnalyzer = runs.SelectMany(r => r.Analyzers.Where(a => a.Assembly == SharedRespAnalyzerSet.AssemblyName))
            .GroupBy(a => a.Name)
            .Select(g => (Name: g.Key, Seconds: Stats.Median(g.Select(a => a.Seconds).ToList())))
            .OrderByDescending(a => a.Seconds)
            .Take(10)
            .ToList();
        if (perAnalyzer.Count > 0)
        {
            Console.WriteLine("  SharedResp analyzers, top 10 (median of the builds):");
            foreach (var (name, seconds) in perAnalyzer)
            {
                Console.WriteLine($"    {seconds * 1000,7:F0} ms  {(sr > 0 ? seconds / sr * 100 : 0),4:F0} %  {name}");
            }
        }

        var netTop = runs.SelectMany(r => r.Analyzers.Where(a => NetAnalyzerAssemblies.Contains(a.Assembly)))
            .GroupBy(a => a.Name)
            .Select(g => (Name: g.Key, Seconds: Stats.Median(g.Select(a => a.Seconds).ToList())))
            .OrderByDescending(a => a.Seconds)
            .Take(3)
            .ToList();
        if (netTop.Count > 0)
        {
            Console.WriteLine("  NetAnalyzers, top 3: " + string.Join("; ", netTop.Select(a => $"{a.Name.Split('.')[^1]} {a.Seconds * 1000:F0} ms")));
        }

        Console.WriteLine();
    }

    private static (string Name, CorpusKind Kind, string Project, bool WithSharedResp) WriteProject(string root, CorpusKind kind, int files, string? analyzer, IReadOnlyDictionary<string, string> versions)
    {
        var name = analyzer is null ? kind + "-without" : kind.ToString();
        var dir = Path.Combine(root, $"{name}{files}");
        Directory.CreateDirectory(dir);
        foreach (var old in Directory.EnumerateFiles(dir, "*.cs"))
        {
            File.Delete(old);
        }

        foreach (var (path, text) in CorpusGenerator.Generate(kind, files))
        {
            File.WriteAllText(Path.Combine(dir, path), text);
        }

        var packages = kind == CorpusKind.AwsHeavy
            ? string.Concat(AwsPackages.Select(p => $"    <PackageReference Include=\"{p}\" Version=\"{versions[p]}\" />\n"))
            : "";
        // As the in-process benchmark compiles it: nullable on, no implicit usings (the corpus has its own usings).
        var project = $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Generated by the SharedResp.Analyzers.Benchmarks build mode; overwritten on every run. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <LangVersion>latest</LangVersion>
                <AssemblyName>Corpus{kind}</AssemblyName>
              </PropertyGroup>
              <ItemGroup>
            {packages}{(analyzer is null ? "" : $"    <Analyzer Include=\"{analyzer}\" />\n")}  </ItemGroup>
            </Project>

            """;
        var file = Path.Combine(dir, $"Corpus{kind}.csproj");
        File.WriteAllText(file, project);
        return (name, kind, file, analyzer is not null);
    }

    /// <summary>The AWS package versions the benchmark itself was restored with (its deps.json).</summary>
    private static Dictionary<string, string> PackageVersions()
    {
        var deps = Path.Combine(AppContext.BaseDirectory, typeof(BuildBenchmark).Assembly.GetName().Name + ".deps.json");
        using var json = JsonDocument.Parse(File.ReadAllText(deps));
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var library in json.RootElement.GetProperty("libraries").EnumerateObject())
        {
            var slash = library.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && AwsPackages.Contains(library.Name[..slash]))
            {
                found[library.Name[..slash]] = library.Name[(slash + 1)..];
            }
        }

        var missing = AwsPackages.Where(p => !found.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{deps} does not list {string.Join(", ", missing)}");
        }

        return found;
    }

    private sealed record ProcessRun(int ExitCode, IReadOnlyList<string> Lines, TimeSpan Elapsed);

    private static ProcessRun Dotnet(string log, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var lines = new List<string>();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (lines) { lines.Add(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        watch.Stop();
        File.WriteAllLines(log, lines);
        return new ProcessRun(process.ExitCode, lines, watch.Elapsed);
    }

    private static int Fail(string message, IEnumerable<string> lines)
    {
        Console.Error.WriteLine("--build: " + message);
        foreach (var line in lines)
        {
            Console.Error.WriteLine("  | " + line);
        }

        return 1;
    }

    private static IEnumerable<string> RelevantLines(IReadOnlyList<string> lines) => lines
        .Select((l, i) => (l, i))
        .Where(x => x.l.Contains("Csc", StringComparison.Ordinal) && x.l.Contains(" ms ", StringComparison.Ordinal)
            || x.l.Contains("analyzer execution time", StringComparison.OrdinalIgnoreCase)
            || x.l.Contains(SharedRespAnalyzerSet.AssemblyName + ",", StringComparison.Ordinal)
            || x.l.Contains("NetAnalyzers, Version", StringComparison.Ordinal))
        .Select(x => $"{x.i + 1}: {x.l.Trim()}")
        .Take(40);

    internal sealed class BuildResult
    {
        public double CscMs { get; init; }

        public double TotalAnalyzerSeconds { get; init; }

        public Dictionary<string, double> Assemblies { get; } = new(StringComparer.Ordinal);

        public List<(string Assembly, string Name, double Seconds)> Analyzers { get; } = new();

        public Dictionary<string, int> SharedRespDiagnostics { get; } = new(StringComparer.Ordinal);

        public double NetAnalyzers => NetAnalyzerAssemblies.Sum(Assembly);

        public double Assembly(string name) => Assemblies.TryGetValue(name, out var s) ? s : 0;
    }

    [GeneratedRegex(@"^\s*(\d+)\s+ms\s+Csc\s+(\d+)\s+calls\s*$")]
    private static partial Regex CscSummaryLine();

    [GeneratedRegex(@"Total analyzer execution time:\s*([\d.,]+)\s*seconds")]
    private static partial Regex TotalAnalyzerLine();

    // "   0.895   61   SharedResp.Analyzers, Version=..." (assembly) or "   <0.001   <1      Namespace.Type (SR1001)" (analyzer).
    [GeneratedRegex(@"^\s*(<?)(\d+(?:[.,]\d+)?)\s+<?\d+\s+(\S.*?)\s*$")]
    private static partial Regex TimeRow();

    [GeneratedRegex(@"(\S+\(\d+,\d+(?:,\d+,\d+)?\)): warning (SR\d{4}):")]
    private static partial Regex SharedRespWarning();

    [GeneratedRegex(@"^\s*\d+>")]
    private static partial Regex NodePrefix();

    /// <summary>Reads one build's output; false (with what is missing) when it is not what ReportAnalyzer and PerformanceSummary print.</summary>
    internal static bool TryParse(IReadOnlyList<string> raw, bool expectSharedResp, out BuildResult result, out string problem)
    {
        var lines = raw.Select(l => NodePrefix().Replace(l, "")).ToList();
        var csc = lines.Select(l => CscSummaryLine().Match(l)).Where(m => m.Success).ToList();
        var totals = lines.Select((l, i) => (Match: TotalAnalyzerLine().Match(l), Index: i)).Where(x => x.Match.Success).ToList();
        result = new BuildResult();
        if (csc.Count != 1 || csc[0].Groups[2].Value != "1")
        {
            problem = $"expected one 'N ms  Csc  1 calls' line in the task performance summary, found {csc.Count}";
            return false;
        }

        if (totals.Count != 1)
        {
            problem = $"expected one 'Total analyzer execution time' line, found {totals.Count}";
            return false;
        }

        result = new BuildResult { CscMs = double.Parse(csc[0].Groups[1].Value, CultureInfo.InvariantCulture), TotalAnalyzerSeconds = Seconds(totals[0].Match.Groups[1].Value) };
        string? assembly = null;
        for (var i = totals[0].Index + 1; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("NOTE:", StringComparison.Ordinal) || line.StartsWith("Time (s)", StringComparison.Ordinal))
            {
                continue;
            }

            var row = TimeRow().Match(line);
            if (!row.Success)
            {
                break; // the end of the table (e.g. "Total generator execution time", or the task's next message)
            }

            var seconds = row.Groups[1].Value == "<" ? 0 : Seconds(row.Groups[2].Value);
            var name = row.Groups[3].Value;
            var comma = name.IndexOf(", Version=", StringComparison.Ordinal);
            if (comma > 0)
            {
                assembly = name[..comma];
                result.Assemblies[assembly] = result.Assemblies.GetValueOrDefault(assembly) + seconds;
            }
            else if (assembly is not null)
            {
                result.Analyzers.Add((assembly, name, seconds));
            }
        }

        if (expectSharedResp && !result.Assemblies.ContainsKey(SharedRespAnalyzerSet.AssemblyName))
        {
            problem = $"no '{SharedRespAnalyzerSet.AssemblyName}, Version=...' line under the analyzer execution time (assemblies found: {string.Join(", ", result.Assemblies.Keys)})";
            return false;
        }

        if (!NetAnalyzerAssemblies.Any(result.Assemblies.ContainsKey))
        {
            problem = $"no NetAnalyzers assembly line under the analyzer execution time (assemblies found: {string.Join(", ", result.Assemblies.Keys)})";
            return false;
        }

        // Each warning is printed where it is reported and again in the summary at the end: count distinct lines.
        foreach (var id in lines.Select(l => l.Trim()).Distinct(StringComparer.Ordinal).Select(l => SharedRespWarning().Match(l)).Where(m => m.Success).Select(m => m.Groups[2].Value))
        {
            result.SharedRespDiagnostics[id] = result.SharedRespDiagnostics.GetValueOrDefault(id) + 1;
        }

        problem = "";
        return true;
    }

    private static double Seconds(string text) => double.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);
}

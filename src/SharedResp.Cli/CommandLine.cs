using Microsoft.CodeAnalysis;

namespace SharedResp.Cli;

/// <summary>What one scan was asked to do.</summary>
/// <param name="Path">The .sln, .slnx or .csproj to scan.</param>
/// <param name="SarifPath">Where to write the SARIF log, or null.</param>
/// <param name="FailOn">The lowest severity that makes the exit code non-zero, or null to never fail on findings.</param>
/// <param name="Fix">Apply every available code fix and write the changed files.</param>
/// <param name="Restore">Run <c>dotnet restore</c> on the path before loading it.</param>
/// <param name="Mode">The analysis mode for every project (None, Default, Recommended, All), or null for each project's own <c>SharedRespAnalysisMode</c>.</param>
internal sealed record ScanOptions(string Path, string? SarifPath, DiagnosticSeverity? FailOn, bool Fix, bool Restore, string? Mode = null);

/// <summary>The result of parsing the arguments: options, a request for help, or an error message.</summary>
internal sealed record ParsedCommandLine(ScanOptions? Options, bool ShowHelp, string? Error)
{
    /// <summary>Set instead of <see cref="Options"/> for <c>sharedresp map</c>.</summary>
    public MapOptions? Map { get; init; }
}

/// <summary>
/// Parses <c>sharedresp [scan] PATH [options]</c>. The first word names the command; <c>scan</c> is the only one
/// and the default, so a later command (e.g. <c>map</c>) only adds a case to <see cref="Parse"/>.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        Usage: sharedresp [scan] <path> [options]
               sharedresp map <path> --html <file> --markdown <file> [--no-restore]

        Scans a .sln, .slnx or .csproj with the SharedResp.Analyzers rules (the customer's side of the
        AWS shared responsibility model), using each project's own .editorconfig / .globalconfig settings.

        Options:
          --sarif <file>                   Also write the findings as SARIF 2.1.0 to <file>.
          --fail-on <info|warning|error>   Exit with 1 when a finding has this severity or a higher one.
          --fix                            Apply every available code fix, write the changed files, then report what is left.
          --mode <None|Default|Recommended|All>
                                           The analysis mode (see the README), for every project. Without it, each
                                           project's own <SharedRespAnalysisMode> property applies (Default if unset).
          --no-restore                     Do not run 'dotnet restore' on <path> first.
          -h, --help                       Show this help.

        map: for each project, the AWS services its code uses and who secures each layer of each (AWS, or you:
        clean, or the findings against it). At least one of:
          --html <file>                    Write the map as one self-contained HTML page.
          --markdown <file>                Write the map as Markdown (for pull-request comments).

        Exit codes: 0 scanned; 1 findings at the --fail-on severity; 2 bad input or nothing to check;
                    3 a project failed to restore or load, or an analyzer failed (the rest was scanned); 4 the scan stopped on an error.
        """;

    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && args[0] == "map")
        {
            return ParseMap(args.Skip(1).ToList());
        }

        var rest = args.Count > 0 && args[0] == "scan" ? args.Skip(1).ToList() : args.ToList();
        string? path = null;
        string? sarif = null;
        DiagnosticSeverity? failOn = null;
        var fix = false;
        var restore = true;
        string? mode = null;
        for (var i = 0; i < rest.Count; i++)
        {
            var arg = rest[i];
            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    return new ParsedCommandLine(null, ShowHelp: true, null);
                case "--fix":
                    fix = true;
                    break;
                case "--no-restore":
                    restore = false;
                    break;
                case "--sarif":
                    if (++i == rest.Count)
                    {
                        return Fail("--sarif needs a file name.");
                    }

                    sarif = rest[i];
                    break;
                case "--fail-on":
                    if (++i == rest.Count || ParseSeverity(rest[i]) is not { } severity)
                    {
                        return Fail("--fail-on needs one of: info, warning, error.");
                    }

                    failOn = severity;
                    break;
                case "--mode":
                    if (++i == rest.Count || AnalysisModes.Parse(rest[i]) is not { } parsedMode)
                    {
                        return Fail($"--mode needs one of: {string.Join(", ", AnalysisModes.Names)}.");
                    }

                    mode = parsedMode;
                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        return Fail($"unknown option '{arg}'.");
                    }

                    if (path is not null)
                    {
                        return Fail($"one path only, got '{path}' and '{arg}'.");
                    }

                    path = arg;
                    break;
            }
        }

        return path is null
            ? Fail("no path given: name a .sln, .slnx or .csproj file.")
            : new ParsedCommandLine(new ScanOptions(path, sarif, failOn, fix, restore, mode), ShowHelp: false, null);
    }

    private static ParsedCommandLine ParseMap(List<string> rest)
    {
        string? path = null;
        string? html = null;
        string? markdown = null;
        var restore = true;
        for (var i = 0; i < rest.Count; i++)
        {
            var arg = rest[i];
            switch (arg)
            {
                case "-h" or "--help" or "-?":
                    return new ParsedCommandLine(null, ShowHelp: true, null);
                case "--no-restore":
                    restore = false;
                    break;
                case "--html" or "--markdown":
                    if (++i == rest.Count || rest[i].StartsWith('-'))
                    {
                        return Fail($"{arg} needs a file name.");
                    }

                    if (arg == "--html")
                    {
                        html = rest[i];
                    }
                    else
                    {
                        markdown = rest[i];
                    }

                    break;
                default:
                    if (arg.StartsWith('-'))
                    {
                        return Fail($"unknown option '{arg}' for map.");
                    }

                    if (path is not null)
                    {
                        return Fail($"one path only, got '{path}' and '{arg}'.");
                    }

                    path = arg;
                    break;
            }
        }

        if (path is null)
        {
            return Fail("no path given: name a .sln, .slnx or .csproj file.");
        }

        return html is null && markdown is null
            ? Fail("map needs --html <file>, --markdown <file> or both.")
            : new ParsedCommandLine(null, ShowHelp: false, null) { Map = new MapOptions(path, html, markdown, restore) };
    }

    private static DiagnosticSeverity? ParseSeverity(string value) => value.ToLowerInvariant() switch
    {
        "info" => DiagnosticSeverity.Info,
        "warning" => DiagnosticSeverity.Warning,
        "error" => DiagnosticSeverity.Error,
        _ => null,
    };

    private static ParsedCommandLine Fail(string message) => new(null, ShowHelp: false, message);
}

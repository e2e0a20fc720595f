using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SharedResp.Analyzers;
using SharedResp.Analyzers.Services;

namespace SharedResp.Cli;

/// <summary>What one <c>sharedresp map</c> was asked to do.</summary>
internal sealed record MapOptions(string Path, string? HtmlPath, string? MarkdownPath, bool Restore);

/// <summary>
/// <c>sharedresp map</c>: loads and analyzes like the scan (same bad-input handling and exit codes), then for each project
/// the AWS services its code uses (<see cref="ServiceUsage"/>, the detection SR9001 uses) and, per service and layer,
/// who secures it and the findings against it. Writes HTML and/or Markdown.
/// </summary>
internal static class MapCommand
{
    public static async Task<int> RunAsync(MapOptions options, TextWriter output, TextWriter errors, bool interactive, CancellationToken cancellationToken = default)
    {
        var progress = new ScanProgress(errors, interactive);
        var (loadExit, session) = await ScanCommand.LoadAndAnalyzeAsync(options.Path, options.Restore, mode: null, progress, errors, cancellationToken);
        if (session is null)
        {
            return loadExit;
        }

        using var loaded = session.Loaded;
        var (checkExit, checkedProjects, exceptions) = ScanCommand.Conclude(options.Path, session, progress, errors);
        if (checkedProjects is null)
        {
            return checkExit;
        }

        var report = await BuildAsync(Path.GetFileName(session.FullPath), Path.GetDirectoryName(session.FullPath)!, checkedProjects, cancellationToken);
        if (options.HtmlPath is not null)
        {
            Write(options.HtmlPath, HtmlMapWriter.Write(report));
            output.WriteLine($"Map (HTML) written to {options.HtmlPath}");
        }

        if (options.MarkdownPath is not null)
        {
            Write(options.MarkdownPath, MarkdownMapWriter.Write(report));
            output.WriteLine($"Map (Markdown) written to {options.MarkdownPath}");
        }

        foreach (var project in report.Projects)
        {
            output.WriteLine($"{project.Name}: {(project.Rows.IsEmpty ? "no AWS service used" : string.Join(", ", project.Rows.Select(r => r.Service.Name)))}");
        }

        return exceptions.Count > 0 || session.Failures.Count > 0 ? ExitCodes.ScanIncomplete : ExitCodes.Success;
    }

    /// <summary>The map of the checked projects (one per project name: a multi-targeted project is merged).</summary>
    internal static async Task<MapReport> BuildAsync(string title, string baseDirectory, IReadOnlyList<ProjectAnalysis> analyses, CancellationToken cancellationToken)
    {
        var catalog = ServiceCatalog.Default;
        var projects = ImmutableArray.CreateBuilder<ProjectMap>();
        foreach (var group in analyses.GroupBy(a => ScanCommand.ProjectName(a.Project)))
        {
            var firstUse = new Dictionary<string, string>(StringComparer.Ordinal);
            var findingsByService = new Dictionary<string, List<Finding>>(StringComparer.Ordinal);
            var seen = new HashSet<(string, string, int, int, string)>();
            foreach (var analysis in group)
            {
                var compilation = await analysis.Project.GetCompilationAsync(cancellationToken);
                if (compilation is null)
                {
                    continue;
                }

                var usage = ServiceUsage.Get(compilation);
                foreach (var use in usage.FindUses(cancellationToken))
                {
                    if (!firstUse.ContainsKey(use.Service.Key))
                    {
                        firstUse[use.Service.Key] = Position(baseDirectory, use.Location);
                    }
                }

                foreach (var diagnostic in analysis.Diagnostics.Where(d => d.Descriptor.Category != Descriptors.ResponsibilityMapCategory))
                {
                    var finding = Finding.From(group.Key, diagnostic);
                    if (!seen.Add((finding.RuleId, finding.FilePath, finding.Line, finding.Column, finding.Message)))
                    {
                        continue;
                    }

                    var service = await ServiceOfFindingAsync(compilation, usage, diagnostic, firstUse, cancellationToken);
                    if (service is null)
                    {
                        continue;
                    }

                    if (!findingsByService.TryGetValue(service.Key, out var list))
                    {
                        findingsByService[service.Key] = list = [];
                    }

                    list.Add(finding with { FilePath = Relative(baseDirectory, finding.FilePath) });
                }
            }

            var rows = catalog.Services
                .Where(s => firstUse.ContainsKey(s.Key) || findingsByService.ContainsKey(s.Key))
                .Select(s => MapReport.Row(s, firstUse.GetValueOrDefault(s.Key), findingsByService.GetValueOrDefault(s.Key) ?? []))
                .ToImmutableArray();
            projects.Add(new ProjectMap(group.Key, rows));
        }

        var services = catalog.Services.Where(s => projects.Any(p => p.Rows.Any(r => r.Service == s))).ToImmutableArray();
        return new MapReport(title, catalog.CommonAwsSecures, services, projects.ToImmutable());
    }

    /// <summary>
    /// The service a finding is about: the construct or client it sits on (the nearest enclosing creation or call of a
    /// service's type), else the first service the rule is tagged with that the project uses, else the rule's first service tag.
    /// </summary>
    private static async Task<AwsService?> ServiceOfFindingAsync(Compilation compilation, ServiceUsage usage, Diagnostic diagnostic, IReadOnlyDictionary<string, string> used, CancellationToken cancellationToken)
    {
        if (diagnostic.Location.SourceTree is { } tree && compilation.ContainsSyntaxTree(tree))
        {
            var root = await tree.GetRootAsync(cancellationToken);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (usage.ServiceAround(node, compilation.GetSemanticModel(tree), cancellationToken) is { } around)
            {
                return around;
            }
        }

        var tagged = diagnostic.Descriptor.CustomTags.Select(usage.Catalog.Find).OfType<AwsService>().ToList();
        return tagged.FirstOrDefault(s => used.ContainsKey(s.Key)) ?? tagged.FirstOrDefault();
    }

    private static string Position(string baseDirectory, Location location)
    {
        var span = location.GetMappedLineSpan();
        return $"{Relative(baseDirectory, span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    /// <summary>Paths relative to the solution's folder, with '/': the same on every machine, and no local folder names in a shared page.</summary>
    private static string Relative(string baseDirectory, string path)
    {
        var relative = Path.GetRelativePath(baseDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative).Replace('\\', '/');
    }

    private static void Write(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, content);
    }
}

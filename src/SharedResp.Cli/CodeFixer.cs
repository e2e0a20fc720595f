using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace SharedResp.Cli;

/// <summary>How many findings of one rule a code fix removed from one file.</summary>
internal sealed record AppliedFix(string FilePath, string RuleId, int Count);

/// <summary>
/// Applies the package's code fixes to one project as the IDE's Fix All does: one Fix All (project scope) per rule,
/// through the provider's own <see cref="FixAllProvider"/>, each rule on the result of the previous one.
/// </summary>
internal static class CodeFixer
{
    public static async Task<(Solution Solution, ImmutableArray<AppliedFix> Fixes)> FixAsync(Solution solution, ProjectId projectId, CancellationToken cancellationToken)
    {
        var before = await AnalyzeAsync(solution, projectId, cancellationToken);
        foreach (var ruleId in before.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal))
        {
            var project = solution.GetProject(projectId)!;
            var diagnostics = (await AnalyzeAsync(solution, projectId, cancellationToken)).Where(d => d.Id == ruleId).ToImmutableArray();
            if (RuleCatalog.FixerFor(ruleId) is not { } provider
                || provider.GetFixAllProvider() is not { } fixAll
                || await EquivalenceKeyAsync(project, provider, diagnostics, cancellationToken) is not { } key)
            {
                continue;
            }

            var context = new FixAllContext(project, provider, FixAllScope.Project, key, [ruleId], new KnownDiagnostics(diagnostics), cancellationToken);
            if (await fixAll.GetFixAsync(context) is { } action)
            {
                foreach (var operation in await action.GetOperationsAsync(cancellationToken))
                {
                    if (operation is ApplyChangesOperation apply)
                    {
                        solution = apply.ChangedSolution;
                    }
                }
            }
        }

        var after = await AnalyzeAsync(solution, projectId, cancellationToken);
        return (solution, Removed(before, after));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Solution solution, ProjectId projectId, CancellationToken cancellationToken) =>
        (await ProjectAnalyzer.AnalyzeAsync(solution.GetProject(projectId)!, cancellationToken)).Diagnostics;

    /// <summary>The key of the provider's action for the rule, taken from the first diagnostic it offers a fix for.</summary>
    private static async Task<string?> EquivalenceKeyAsync(Project project, CodeFixProvider provider, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (project.GetDocument(diagnostic.Location.SourceTree) is not { } document)
            {
                continue;
            }

            string? key = null;
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => key ??= action.EquivalenceKey, cancellationToken));
            if (key is not null)
            {
                return key;
            }
        }

        return null;
    }

    private static ImmutableArray<AppliedFix> Removed(ImmutableArray<Diagnostic> before, ImmutableArray<Diagnostic> after)
    {
        static Dictionary<(string, string), int> Count(ImmutableArray<Diagnostic> diagnostics) => diagnostics
            .GroupBy(d => (d.Location.SourceTree!.FilePath, d.Id))
            .ToDictionary(g => g.Key, g => g.Count());

        var remaining = Count(after);
        return Count(before)
            .Select(pair => new AppliedFix(pair.Key.Item1, pair.Key.Item2, pair.Value - remaining.GetValueOrDefault(pair.Key)))
            .Where(fix => fix.Count > 0)
            .OrderBy(fix => fix.FilePath, StringComparer.Ordinal)
            .ThenBy(fix => fix.RuleId, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    private sealed class KnownDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}

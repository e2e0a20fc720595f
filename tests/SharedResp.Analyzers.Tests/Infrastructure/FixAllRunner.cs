using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SharedResp.Analyzers.CodeFixes;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>Applies the package's Fix All (document scope) for one rule to a source text, as the IDE and dotnet format do.</summary>
public static class FixAllRunner
{
    public static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                "FixAllProject",
                "FixAllProject",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: AwsReferences.WithAws))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From(source));
        return solution.Projects.Single().Documents.Single();
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var result = await AnalyzerRunner.RunAsync(compilation);
        if (!result.Exceptions.IsEmpty)
        {
            throw new InvalidOperationException("Analyzer exception: " + result.Exceptions[0]);
        }

        return result.Diagnostics;
    }

    public static async Task<ImmutableArray<Diagnostic>> CompilerErrorsAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
    }

    /// <summary>Fix All in the document for <paramref name="diagnosticId"/>; returns the same document when there is nothing to fix.</summary>
    public static async Task<Document> FixAllAsync(Document document, string diagnosticId)
    {
        var diagnostics = (await AnalyzeAsync(document)).Where(d => d.Id == diagnosticId).ToImmutableArray();
        if (diagnostics.IsEmpty)
        {
            return document;
        }

        var provider = new SharedRespCodeFixProvider();
        var context = new FixAllContext(
            document,
            provider,
            FixAllScope.Document,
            SharedRespCodeFixProvider.EquivalenceKey(diagnosticId),
            new[] { diagnosticId },
            new FixedDiagnostics(diagnostics),
            CancellationToken.None);
        var action = await provider.GetFixAllProvider().GetFixAsync(context);
        if (action is null)
        {
            return document;
        }

        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None))
        {
            if (operation is ApplyChangesOperation apply)
            {
                return apply.ChangedSolution.GetDocument(document.Id)!;
            }
        }

        return document;
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(ImmutableArray<Diagnostic>.Empty);
    }
}

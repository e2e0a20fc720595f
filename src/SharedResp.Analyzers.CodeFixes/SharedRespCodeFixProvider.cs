using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace SharedResp.Analyzers.CodeFixes;

/// <summary>
/// Applies the secure edit that a SharedResp diagnostic carries in its properties (see <see cref="FixSpec"/>).
/// It decides nothing: a diagnostic without a fix in its properties gets no code action. One equivalence key per
/// rule, so Fix All (and <c>dotnet format analyzers</c>) applies every fix of a rule in one pass, whatever the
/// edit kind, and edits that touch the same object creation are applied one after the other, not merged.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SharedRespCodeFixProvider))]
[Shared]
public sealed class SharedRespCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        Descriptors.All.Select(static d => d.Id).ToImmutableArray();

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(
        static async (context, document, diagnostics) =>
        {
            var fixable = diagnostics.Where(static d => FixSpec.FromProperties(d.Properties).Kind != FixKind.None).ToImmutableArray();
            return fixable.IsEmpty ? document : await ApplyAsync(document, fixable, context.CancellationToken).ConfigureAwait(false);
        });

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var fix = FixSpec.FromProperties(diagnostic.Properties);
            if (fix.Kind == FixKind.None)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(fix),
                    ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                    EquivalenceKey(diagnostic.Id)),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    internal static string EquivalenceKey(string diagnosticId) => "SharedResp." + diagnosticId;

    internal static string Title(FixSpec fix) => fix.Kind switch
    {
        FixKind.ReplaceValue => "Use " + fix.Value,
        FixKind.AddProperties => "Set " + string.Join(", ", fix.PropertyNames) + " = " + fix.Value,
        FixKind.Remove => "Remove the insecure setting",
        FixKind.RemoveArguments => "Remove the hard-coded arguments",
        FixKind.ReplaceCall => "Use " + fix.MethodName,
        _ => string.Empty,
    };

    private static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var root = editor.OriginalRoot;

        // Innermost first, so an edit inside an object creation is recorded before an edit of the creation itself.
        foreach (var diagnostic in diagnostics.OrderByDescending(static d => d.Location.SourceSpan.Start).ThenBy(static d => d.Location.SourceSpan.Length))
        {
            if (diagnostic.Location.SourceTree != root.SyntaxTree)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var fix = FixSpec.FromProperties(diagnostic.Properties);
            switch (fix.Kind)
            {
                case FixKind.ReplaceValue:
                    SecureEdits.ReplaceValue(editor, node, fix);
                    break;
                case FixKind.AddProperties:
                    SecureEdits.AddProperties(editor, node, fix);
                    break;
                case FixKind.Remove:
                    SecureEdits.Remove(editor, node);
                    break;
                case FixKind.RemoveArguments:
                    SecureEdits.RemoveArguments(editor, node, fix);
                    break;
                case FixKind.ReplaceCall:
                    SecureEdits.ReplaceCall(editor, node, fix);
                    break;
            }
        }

        var changed = editor.GetChangedDocument();
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return changed;
    }
}

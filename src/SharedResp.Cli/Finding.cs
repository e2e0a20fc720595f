using Microsoft.CodeAnalysis;

namespace SharedResp.Cli;

/// <summary>One diagnostic of a SharedResp rule, with its file position (1-based line and column) resolved.</summary>
internal sealed record Finding(string Project, Diagnostic Diagnostic, string FilePath, int Line, int Column, int EndLine, int EndColumn)
{
    public string RuleId => Diagnostic.Id;

    public string Category => Diagnostic.Descriptor.Category;

    public DiagnosticSeverity Severity => Diagnostic.Severity;

    public string Message => Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    public static Finding From(string project, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return new Finding(
            project,
            diagnostic,
            span.Path,
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }
}

using Microsoft.CodeAnalysis;

namespace SharedResp.Cli;

/// <summary>The exit codes CI scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Scanned; nothing at or above the <c>--fail-on</c> severity.</summary>
    public const int Success = 0;

    /// <summary>Scanned; at least one finding at or above the <c>--fail-on</c> severity.</summary>
    public const int FindingsAtFailLevel = 1;

    /// <summary>Nothing was scanned: bad arguments, missing path, no C# project, or no project uses AWS.</summary>
    public const int BadInput = 2;

    /// <summary>At least one project failed to restore or load, or an analyzer failed; the rest was scanned and reported.</summary>
    public const int ScanIncomplete = 3;

    /// <summary>The scan stopped on an unexpected error (e.g. the fixed files could not be written); the message says which.</summary>
    public const int InternalError = 4;

    /// <summary>The exit code of a complete scan: <see cref="FindingsAtFailLevel"/> when a finding reaches <paramref name="failOn"/>.</summary>
    public static int ForFindings(IEnumerable<DiagnosticSeverity> severities, DiagnosticSeverity? failOn) =>
        failOn is { } level && severities.Any(s => s >= level) ? FindingsAtFailLevel : Success;
}

using Microsoft.CodeAnalysis.MSBuild;

namespace SharedResp.Cli;

/// <summary>
/// Progress of a scan on the error stream. On a terminal one status line is rewritten in place; when the stream is
/// redirected (CI logs, tests) every step is a plain line of its own.
/// </summary>
internal sealed class ScanProgress(TextWriter writer, bool interactive) : IProgress<ProjectLoadProgress>
{
    private bool _lineOpen;

    public void Report(ProjectLoadProgress value)
    {
        if (value.Operation == ProjectLoadOperation.Resolve)
        {
            var framework = value.TargetFramework is null ? string.Empty : $" ({value.TargetFramework})";
            Status($"loaded {Path.GetFileName(value.FilePath)}{framework}");
        }
    }

    public void Status(string message)
    {
        if (interactive)
        {
            writer.Write("\r\u001b[K" + message);
            _lineOpen = true;
        }
        else
        {
            writer.WriteLine(message);
        }
    }

    /// <summary>Ends the in-place status line, so that the report starts on a clean line.</summary>
    public void Done()
    {
        if (_lineOpen)
        {
            writer.Write("\r\u001b[K");
            _lineOpen = false;
        }
    }
}

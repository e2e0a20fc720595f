namespace SharedResp.Cli;

/// <summary>
/// The analysis modes (<c>--mode</c>, or the project's own <c>SharedRespAnalysisMode</c> property), applied exactly as
/// the package applies them: the package's own MSBuild targets and generated mode files, copied next to the tool
/// (<c>modes/</c>), are imported into every project the scan loads (<c>CustomAfterMicrosoftCommonTargets</c>). So the
/// project's property is read by MSBuild itself, unknown values fall back to Default, and the project's own
/// .editorconfig / .globalconfig settings still win over the mode.
/// </summary>
internal static class AnalysisModes
{
    public static readonly IReadOnlyList<string> Names = ["None", "Default", "Recommended", "All"];

    /// <summary>The mode's canonical name, or null when <paramref name="value"/> is not a mode (any case accepted).</summary>
    public static string? Parse(string value) =>
        Names.FirstOrDefault(name => string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The package's targets file, as shipped next to the tool.</summary>
    public static string TargetsPath => Path.Combine(AppContext.BaseDirectory, "modes", "SharedResp.Analyzers.targets");

    /// <summary>The global MSBuild properties the projects are loaded with: the mode targets, and the mode when given.</summary>
    public static Dictionary<string, string> LoadProperties(string? mode)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(TargetsPath))
        {
            properties["CustomAfterMicrosoftCommonTargets"] = TargetsPath;
        }

        if (mode is not null)
        {
            properties["SharedRespAnalysisMode"] = mode;
        }

        return properties;
    }
}

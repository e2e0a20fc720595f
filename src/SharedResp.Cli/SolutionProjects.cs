using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SharedResp.Cli;

/// <summary>
/// The project files a .sln, .slnx or .csproj names itself. MSBuildWorkspace also loads the projects these reference
/// (here: the analyzer projects the samples reference as analyzers); only the named ones are scanned.
/// </summary>
internal static partial class SolutionProjects
{
    public static IReadOnlyList<string> Read(string path)
    {
        var directory = Path.GetDirectoryName(path)!;
        IEnumerable<string> relative = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".sln" => SlnProject().Matches(File.ReadAllText(path)).Select(m => m.Groups["path"].Value),
            ".slnx" => XDocument.Load(path).Descendants("Project").Select(p => (string?)p.Attribute("Path") ?? string.Empty),
            _ => [path],
        };
        return relative
            .Where(p => p.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
            .Select(p => Path.GetFullPath(Path.Combine(directory, p.Replace('\\', Path.DirectorySeparatorChar))))
            .ToList();
    }

    /// <summary><c>Project("{type}") = "Name", "relative\path.csproj", "{guid}"</c>; solution folders have no project extension.</summary>
    [GeneratedRegex("""^Project\("[^"]*"\)\s*=\s*"[^"]*"\s*,\s*"(?<path>[^"]*)"\s*,""", RegexOptions.Multiline)]
    private static partial Regex SlnProject();
}

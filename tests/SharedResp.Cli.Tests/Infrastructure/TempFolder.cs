namespace SharedResp.Cli.Tests.Infrastructure;

/// <summary>A scratch folder outside the repository (so no Directory.Build.props applies), removed at the end.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sharedresp-cli-tests", Guid.NewGuid().ToString("N"));

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Copies a sample's project file and sources (not bin/obj) into <paramref name="name"/>; returns the copied project path.</summary>
    public string CopySample(string sample, string name)
    {
        var source = RepoFiles.Path("samples", sample);
        foreach (var file in Directory.EnumerateFiles(source).Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".csproj", StringComparison.Ordinal)))
        {
            var target = Path.GetFileName(file) == sample + ".csproj" ? name + ".csproj" : Path.GetFileName(file);
            Write(Path.Combine(name, target), File.ReadAllText(file));
        }

        return Path.Combine(Root, name, name + ".csproj");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the OS cleans the temp folder.
        }
    }
}

namespace SharedResp.Cli.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder holding SharedResp.Analyzers.sln) from the test's output folder.</summary>
public static class RepoFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SharedResp.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SharedResp.Analyzers.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Path(params string[] relativePath) => System.IO.Path.Combine(Root, System.IO.Path.Combine(relativePath));
}

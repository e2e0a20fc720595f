using SharedResp.Cli.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Cli.Tests;

/// <summary>Bad input ends in a clear message and a non-zero exit code, never a stack trace.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_missing_path_is_named()
    {
        var result = await CliRunner.RunAsync(Path.Combine(_temp.Root, "nope.sln"));
        AssertBadInput(result, "does not exist");
    }

    [Fact]
    public async Task A_folder_asks_for_the_file_in_it()
    {
        var result = await CliRunner.RunAsync(_temp.Root);
        AssertBadInput(result, "is a folder");
    }

    [Fact]
    public async Task A_file_that_is_no_solution_or_project_is_refused()
    {
        var result = await CliRunner.RunAsync(_temp.Write("notes.txt", "hello"));
        AssertBadInput(result, "is not a .sln, .slnx or .csproj file");
    }

    [Theory]
    [InlineData(new string[0], "no path given")]
    [InlineData(new[] { "a.sln", "--fail-on", "sometimes" }, "--fail-on needs one of: info, warning, error")]
    [InlineData(new[] { "a.sln", "--sarif" }, "--sarif needs a file name")]
    [InlineData(new[] { "a.sln", "--colour" }, "unknown option '--colour'")]
    [InlineData(new[] { "a.sln", "b.sln" }, "one path only")]
    public async Task Bad_arguments_print_the_problem_and_the_usage(string[] args, string message)
    {
        var result = await CliRunner.RunAsync(args);
        AssertBadInput(result, message);
        Assert.Contains("Usage: sharedresp", result.Errors);
    }

    [Fact]
    public async Task A_solution_without_csharp_projects_is_reported()
    {
        var result = await CliRunner.RunAsync(_temp.Write("Empty.slnx", "<Solution />"), "--no-restore");
        AssertBadInput(result, "no C# project in");
    }

    [Fact]
    public async Task A_project_without_aws_usage_has_nothing_to_check()
    {
        var project = _temp.Write(
            "Plain/Plain.csproj",
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        _temp.Write("Plain/Class1.cs", "public static class Class1 { }");
        var result = await CliRunner.RunAsync(project);
        AssertBadInput(result, "nothing to check");
    }

    [Fact]
    public async Task Projects_that_fail_to_restore_or_load_are_named_and_the_rest_is_scanned()
    {
        var good = _temp.CopySample("InsecureSdkApp", "Good");
        _temp.Write("Unreadable/Unreadable.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"> this is not a project");
        _temp.Write(
            "Unrestorable/Unrestorable.csproj",
            """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SharedResp.NoSuchPackage.ForTests" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """);
        var solution = _temp.Write(
            "Mixed.slnx",
            """
            <Solution>
              <Project Path="Good/Good.csproj" />
              <Project Path="Unreadable/Unreadable.csproj" />
              <Project Path="Unrestorable/Unrestorable.csproj" />
            </Solution>
            """);

        var result = await CliRunner.RunAsync(solution, "--sarif", Path.Combine(_temp.Root, "mixed.sarif"));

        Assert.True(result.ExitCode == ExitCodes.ScanIncomplete, result.ToString());
        Assert.Contains("could not load Unreadable/Unreadable.csproj", Relative(result.Errors));
        Assert.Contains("could not load Unrestorable/Unrestorable.csproj", Relative(result.Errors));
        Assert.Equal(
            Annotations.In(Path.GetDirectoryName(good)!),
            ConsoleFindings.Findings(result.Output));
        Assert.DoesNotContain("   at ", result.Errors);
    }

    private string Relative(string text) => text.Replace(_temp.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static void AssertBadInput(CliResult result, string message)
    {
        Assert.True(result.ExitCode == ExitCodes.BadInput, result.ToString());
        Assert.Contains(message, result.Errors);
        Assert.DoesNotContain("   at ", result.Errors);
        Assert.DoesNotContain("Exception", result.Errors);
    }
}

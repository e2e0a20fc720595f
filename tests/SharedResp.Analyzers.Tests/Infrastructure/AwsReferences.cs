using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// The metadata references every test snippet compiles against, loaded once per test run:
/// <list type="bullet">
/// <item>the .NET 10 reference assemblies (the AWSSDK 4.x net10.0 assets this project restores need System.Runtime 10;
/// older reference assemblies give CS1705);</item>
/// <item>every real AWS assembly restored from NuGet into the test output folder: <c>AWSSDK.*.dll</c>,
/// <c>Amazon.CDK.Lib.dll</c> (2.160.0), <c>Constructs.dll</c>, <c>Amazon.JSII.Runtime.dll</c> — adding a
/// <c>PackageReference</c> to the test project is all a new service needs;</item>
/// <item>the test-only shims under <c>Shims/&lt;AssemblyName&gt;/*.cs</c>, for AWS packages the registry here does not
/// serve: each folder is compiled once into an in-memory assembly of that name. A shim copies only the real public
/// type and member names (see Shims/README.md).</item>
/// </list>
/// </summary>
public static class AwsReferences
{
    private static readonly string[] AwsAssemblyPatterns = { "AWSSDK.*.dll", "Amazon.CDK.Lib.dll", "Constructs.dll", "Amazon.JSII.Runtime.dll" };

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        ImmutableArray.CreateRange<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All));

    private static readonly Lazy<ImmutableArray<MetadataReference>> Aws = new(LoadAws);

    private static readonly Lazy<ImmutableArray<MetadataReference>> Shims = new(CompileShims);

    /// <summary>.NET 10 reference assemblies only: a compilation with no AWS package.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly => Framework.Value;

    /// <summary>.NET 10 plus the real AWS SDK and CDK assemblies and the shims.</summary>
    public static ImmutableArray<MetadataReference> WithAws => Framework.Value.AddRange(Aws.Value).AddRange(Shims.Value);

    /// <summary>The real AWS assemblies alone (no framework, no shims).</summary>
    public static ImmutableArray<MetadataReference> AwsOnly => Aws.Value;

    private static ImmutableArray<MetadataReference> LoadAws()
    {
        // Fail loudly if the SDK is missing from the output folder.
        _ = typeof(Amazon.Runtime.AmazonWebServiceRequest);

        var directory = AppContext.BaseDirectory;
        var files = AwsAssemblyPatterns
            .SelectMany(pattern => Directory.EnumerateFiles(directory, pattern))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        return files.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> CompileShims()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Shims");
        if (!Directory.Exists(root))
        {
            return ImmutableArray<MetadataReference>.Empty;
        }

        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        var baseReferences = Framework.Value.AddRange(Aws.Value);
        foreach (var folder in Directory.EnumerateDirectories(root).OrderBy(f => f, StringComparer.Ordinal))
        {
            var assemblyName = Path.GetFileName(folder);
            var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f))
                .ToList();
            var compilation = CSharpCompilation.Create(
                assemblyName,
                trees,
                baseReferences.AddRange(references),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            if (!emitted.Success)
            {
                throw new InvalidOperationException($"Shim {assemblyName} does not compile:\n" +
                    string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            // Named like the package's file, as a build hands a shim's real package to the compiler.
            references.Add(MetadataReference.CreateFromImage(stream.ToArray(), filePath: Path.Combine(folder, assemblyName + ".dll")));
        }

        return references.ToImmutable();
    }
}

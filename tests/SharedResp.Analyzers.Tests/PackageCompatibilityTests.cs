using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Versioning;
using SharedResp.Analyzers.CodeFixes;
using Xunit;

namespace SharedResp.Analyzers.Tests;

/// <summary>
/// The shipped assemblies load in every host we promise (Roslyn 4.8 = .NET 8 SDK 8.0.100 / Visual Studio 17.8):
/// they target netstandard2.0 and reference no newer Roslyn; the analyzer assembly does not reference Workspaces
/// (the command-line compiler does not load it). The package layout and its dependency metadata are checked by
/// .ci/e2e.sh on the packed nupkg.
/// </summary>
public class PackageCompatibilityTests
{
    private static readonly Version OldestSupportedRoslyn = new(4, 8, 0, 0);

    public static TheoryData<string> ShippedAssemblies => new()
    {
        typeof(CatalogAnalyzer).Assembly.Location,
        typeof(SharedRespCodeFixProvider).Assembly.Location,
    };

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void TargetsNetStandard20_AndReferencesRoslyn48AtMost(string path)
    {
        var references = ReadReferences(path, out var targetFramework);
        Assert.Equal(".NETStandard,Version=v2.0", targetFramework);
        var roslyn = references.Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= OldestSupportedRoslyn, $"{Path.GetFileName(path)} references {r.Name} {r.Version}"));
    }

    [Fact]
    public void TheAnalyzerAssembly_DoesNotReferenceWorkspaces()
    {
        var references = ReadReferences(typeof(CatalogAnalyzer).Assembly.Location, out _);
        Assert.DoesNotContain(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal) ||
                                              r.Name.StartsWith("Microsoft.CodeAnalysis.CSharp.Workspaces", StringComparison.Ordinal));
    }

    private static List<(string Name, Version Version)> ReadReferences(string path, out string? targetFramework)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        targetFramework = null;
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind == HandleKind.MemberReference &&
                reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent &&
                reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == nameof(TargetFrameworkAttribute))
            {
                var blob = reader.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog
                targetFramework = blob.ReadSerializedString();
            }
        }

        return reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();
    }
}

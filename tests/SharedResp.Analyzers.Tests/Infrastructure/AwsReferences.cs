using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>
/// The metadata references every test snippet compiles against, loaded once per test run: the .NET 10 reference
/// assemblies (the AWSSDK 4.x net10.0 assets this project restores need System.Runtime 10; older reference
/// assemblies give CS1705) and the real AWS packages restored from NuGet: AWSSDK.Core and AWSSDK.S3 4.x,
/// Amazon.CDK.Lib 2.160.0 with Constructs and the JSII runtime.
/// </summary>
public static class AwsReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Aws = new(() => ImmutableArray.Create<MetadataReference>(
        FromAssemblyOf<Amazon.Runtime.AmazonWebServiceRequest>(),
        FromAssemblyOf<Amazon.S3.AmazonS3Client>(),
        FromAssemblyOf<Amazon.CDK.Stack>(),
        FromAssemblyOf<Constructs.Construct>(),
        FromAssemblyOf<Amazon.JSII.Runtime.Deputy.DeputyBase>()));

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        ImmutableArray.CreateRange<MetadataReference>(Basic.Reference.Assemblies.Net100.References.All));

    /// <summary>.NET 10 reference assemblies only: a compilation with no AWS package.</summary>
    public static ImmutableArray<MetadataReference> FrameworkOnly => Framework.Value;

    /// <summary>.NET 10 plus the AWS SDK and CDK assemblies.</summary>
    public static ImmutableArray<MetadataReference> WithAws => Framework.Value.AddRange(Aws.Value);

    /// <summary>The AWS assemblies alone.</summary>
    public static ImmutableArray<MetadataReference> AwsOnly => Aws.Value;

    private static MetadataReference FromAssemblyOf<T>() =>
        MetadataReference.CreateFromFile(typeof(T).Assembly.Location);
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.Engine;

/// <summary>
/// What a compilation knows about AWS (<see cref="AwsCompilationContext"/>), read from its references without binding
/// them, and the engine's name matching of AWS types (<see cref="AwsTypeTable.Is"/>), which must agree with the symbols.
/// </summary>
public class AwsCompilationContextTests
{
    [Fact]
    public void PackageFilesAreRecognisedByTheirNames()
    {
        var compilation = AnalyzerRunner.Compile("class C { }");
        var aws = AwsCompilationContext.Get(compilation);

        // Every reference has a file name, as in a build: the names are read without binding the references.
        Assert.All(compilation.References, reference => Assert.True(reference is PortableExecutableReference { FilePath.Length: > 0 }));
        Assert.True(aws.HasSdk);
        Assert.True(aws.HasCdk);
        Assert.True(aws.References("AWSSDK.S3"));
        Assert.True(aws.References("AWSSDK.IdentityManagement")); // a shim, named as its package's file
        Assert.False(aws.References("AWSSDK.NotReferenced"));
    }

    [Fact]
    public void NoAwsReferenceMeansNoAws()
    {
        var aws = AwsCompilationContext.Get(AnalyzerRunner.Compile("class C { }", AwsReferences.FrameworkOnly));

        Assert.False(aws.HasAws);
        Assert.False(aws.References("AWSSDK.Core"));
        Assert.Null(aws.GetType("Amazon.CDK.AWS.S3.Bucket"));
    }

    [Fact]
    public void AProjectReferenceCountsByItsAssemblyName()
    {
        var library = CSharpCompilation.Create("Amazon.CDK.Lib", new[] { CSharpSyntaxTree.ParseText("namespace Amazon.CDK { public class App { } }") }, AwsReferences.FrameworkOnly);
        var aws = AwsCompilationContext.Get(AnalyzerRunner.Compile("class C { }", AwsReferences.FrameworkOnly.Add(library.ToMetadataReference())));

        Assert.True(aws.HasCdk);
        Assert.False(aws.HasSdk);
        Assert.NotNull(aws.GetType("Amazon.CDK.App"));
    }

    [Fact]
    public void AReferenceWithoutAFileNameIsAskedOfTheCompiler()
    {
        var library = CSharpCompilation.Create("AWSSDK.Core", new[] { CSharpSyntaxTree.ParseText("namespace Amazon.Runtime { public class AWSCredentials { } }") }, AwsReferences.FrameworkOnly, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(library.Emit(stream).Success);
        var aws = AwsCompilationContext.Get(AnalyzerRunner.Compile("class C { }", AwsReferences.FrameworkOnly.Add(MetadataReference.CreateFromImage(stream.ToArray()))));

        Assert.True(aws.HasSdk);
        Assert.False(aws.HasCdk);
    }

    [Theory]
    [InlineData("Amazon.CDK.AWS.S3.Bucket")]
    [InlineData("Amazon.CDK.AWS.S3.CfnBucket+PublicAccessBlockConfigurationProperty")]
    [InlineData("Amazon.CDK.AWS.IAM.IGrantable")]
    [InlineData("Amazon.S3.Model.PutObjectRequest")]
    [InlineData("Amazon.Runtime.AmazonServiceClient")]
    [InlineData("Amazon.IdentityManagement.Model.PutRolePolicyRequest")]
    public void NameMatchingAgreesWithTheSymbols(string metadataName)
    {
        var aws = AwsCompilationContext.Get(AnalyzerRunner.Compile("class C { }"));
        var type = aws.GetType(metadataName);

        Assert.NotNull(type);
        Assert.True(AwsTypeTable.Is(type, metadataName));
        Assert.False(AwsTypeTable.Is(type, metadataName + "X"));
        Assert.False(AwsTypeTable.Is(type, "X" + metadataName));
        Assert.False(AwsTypeTable.Is(type, metadataName.Replace("Amazon.", "Amazon.X.", StringComparison.Ordinal)));
        Assert.False(AwsTypeTable.Is(type, metadataName.Substring(metadataName.IndexOf('.', StringComparison.Ordinal) + 1)));
    }

    [Fact]
    public void NameMatchingSeparatesNestedTypesAndArity()
    {
        var aws = AwsCompilationContext.Get(AnalyzerRunner.Compile("class C { }"));
        var nested = aws.GetType("Amazon.CDK.AWS.S3.CfnBucket+PublicAccessBlockConfigurationProperty");

        Assert.False(AwsTypeTable.Is(nested, "Amazon.CDK.AWS.S3.CfnBucket.PublicAccessBlockConfigurationProperty"));
        Assert.False(AwsTypeTable.Is(nested, "Amazon.CDK.AWS.S3.PublicAccessBlockConfigurationProperty"));
        Assert.False(AwsTypeTable.Is(aws.GetType("Amazon.CDK.AWS.S3.CfnBucket"), "Amazon.CDK.AWS.S3.CfnBucket+PublicAccessBlockConfigurationProperty"));
        Assert.False(AwsTypeTable.Is(null, "Amazon.CDK.AWS.S3.Bucket"));
    }

    [Fact]
    public void AUsersTypeWithAnAwsNameIsNotTheAwsType()
    {
        var compilation = AnalyzerRunner.Compile("namespace Amazon.CDK.AWS.S3 { public class Bucket { } }", AwsReferences.FrameworkOnly);
        var own = compilation.GetTypeByMetadataName("Amazon.CDK.AWS.S3.Bucket");

        Assert.NotNull(own);
        Assert.False(AwsTypeTable.Is(own, "Amazon.CDK.AWS.S3.Bucket"));
    }

    [Theory]
    [InlineData("Amazon.CDK.AWS.S3.Bucket", "Bucket")]
    [InlineData("Amazon.CDK.AWS.S3.CfnBucket+PublicAccessBlockConfigurationProperty", "PublicAccessBlockConfigurationProperty")]
    [InlineData("System.Collections.Generic.List`1", "List")]
    [InlineData("Bucket", "Bucket")]
    public void SimpleNameIsTheNameWrittenInCode(string metadataName, string expected) =>
        Assert.Equal(expected, AwsTypeTable.SimpleName(metadataName));
}

using System.Collections.Immutable;
using Xunit;

namespace SharedResp.Analyzers.Tests.CodeFixes;

/// <summary>
/// <see cref="FixSpec"/> and <see cref="FixValue"/> own their encoding in the diagnostic's properties both ways: every
/// kind round-trips, the encoded form stays what it has been (the analyzer writes it, the code fix assembly reads it),
/// and malformed properties read as no fix instead of a half-read one.
/// </summary>
public class FixSpecTests
{
    public static TheoryData<string, string> Values() => new()
    {
        { "true", "bool:true" },
        { "false", "bool:false" },
        { "\"Private\"", "string:Private" },
        { "\"\"", "string:" },
        { "\"a|b:c,d\"", "string:a|b:c,d" },
        { "S3CannedACL.Private", "member:Amazon.S3.S3CannedACL|Private" },
        { "Nested.Value", "member:Outer+Nested|Value" },
        { "Global.Value", "member:Global|Value" },
    };

    private static readonly Dictionary<string, FixValue> ValuesByEncoding = new()
    {
        ["bool:true"] = FixValue.True,
        ["bool:false"] = FixValue.False,
        ["string:Private"] = FixValue.String("Private"),
        ["string:"] = FixValue.String(string.Empty),
        ["string:a|b:c,d"] = FixValue.String("a|b:c,d"),
        ["member:Amazon.S3.S3CannedACL|Private"] = FixValue.Member("Amazon.S3.S3CannedACL", "Private"),
        ["member:Outer+Nested|Value"] = FixValue.Member("Outer+Nested", "Value"),
        ["member:Global|Value"] = FixValue.Member("Global", "Value"),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void FixValue_EncodesAndParsesBack_AndDisplays(string display, string encoded)
    {
        var value = ValuesByEncoding[encoded];
        Assert.Equal(encoded, value.Encoded);
        Assert.Equal(display, value.ToString());
        Assert.True(FixValue.TryParse(encoded, out var parsed));
        Assert.Equal(value, parsed);
        Assert.Equal(value.Kind, parsed.Kind);
        Assert.Equal(value.Text, parsed.Text);
        Assert.Equal(value.TypeMetadataName, parsed.TypeMetadataName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("bool:maybe")]
    [InlineData("member:NoBar")]
    [InlineData("member:|Member")]
    [InlineData("member:Type|")]
    [InlineData("enum:X|Y")]
    public void FixValue_TryParse_RejectsWhatNoFactoryWrites(string? encoded)
    {
        Assert.False(FixValue.TryParse(encoded, out _));
    }

    public static TheoryData<string> Specs() => new(SpecsByName.Keys);

    /// <summary>Every factory, with the exact properties it has always written.</summary>
    private static readonly Dictionary<string, (FixSpec Spec, Dictionary<string, string> Properties)> SpecsByName = new()
    {
        ["Replace bool"] = (FixSpec.Replace(FixValue.True), new() { ["SR.Fix"] = "ReplaceValue", ["SR.Value"] = "bool:true" }),
        ["Replace string"] = (FixSpec.Replace(FixValue.String("AWS_IAM")), new() { ["SR.Fix"] = "ReplaceValue", ["SR.Value"] = "string:AWS_IAM" }),
        ["Replace member"] = (FixSpec.Replace(FixValue.Member("Amazon.S3.S3CannedACL", "Private")), new() { ["SR.Fix"] = "ReplaceValue", ["SR.Value"] = "member:Amazon.S3.S3CannedACL|Private" }),
        ["AddProperties one"] = (FixSpec.AddProperties(FixValue.False, "PubliclyAccessible"), new() { ["SR.Fix"] = "AddProperties", ["SR.Value"] = "bool:false", ["SR.Properties"] = "PubliclyAccessible" }),
        ["AddProperties several"] = (FixSpec.AddProperties(FixValue.True, "A", "B", "C"), new() { ["SR.Fix"] = "AddProperties", ["SR.Value"] = "bool:true", ["SR.Properties"] = "A,B,C" }),
        ["AddProperties none"] = (FixSpec.AddProperties(FixValue.True), new() { ["SR.Fix"] = "AddProperties", ["SR.Value"] = "bool:true", ["SR.Properties"] = string.Empty }),
        ["AddPropsObject"] = (FixSpec.AddPropsObject("Amazon.CDK.AWS.S3.BucketProps", FixValue.Member("Amazon.CDK.AWS.S3.BucketEncryption", "S3_MANAGED"), "Encryption"), new() { ["SR.Fix"] = "AddProperties", ["SR.Value"] = "member:Amazon.CDK.AWS.S3.BucketEncryption|S3_MANAGED", ["SR.Properties"] = "Encryption", ["SR.PropsType"] = "Amazon.CDK.AWS.S3.BucketProps" }),
        ["Remove"] = (FixSpec.Remove(), new() { ["SR.Fix"] = "Remove" }),
        ["RemoveArguments"] = (FixSpec.RemoveArguments(1, 2), new() { ["SR.Fix"] = "RemoveArguments", ["SR.Properties"] = "1,2" }),
        ["RemoveArguments one"] = (FixSpec.RemoveArguments(0), new() { ["SR.Fix"] = "RemoveArguments", ["SR.Properties"] = "0" }),
        ["RemoveThisArgument"] = (FixSpec.RemoveThisArgument(), new() { ["SR.Fix"] = "RemoveArguments" }),
        ["CallInstead"] = (FixSpec.CallInstead("FromGeneratedSecret", 1), new() { ["SR.Fix"] = "ReplaceCall", ["SR.Value"] = "FromGeneratedSecret", ["SR.Properties"] = "1" }),
        ["None"] = (FixSpec.None, new()),
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void FixSpec_WritesTheKnownProperties_AndReadsThemBack(string name)
    {
        var (spec, expected) = SpecsByName[name];
        var properties = spec.ToProperties();
        Assert.Equal(expected.OrderBy(p => p.Key), properties.Select(p => KeyValuePair.Create(p.Key, p.Value!)).OrderBy(p => p.Key));

        var read = FixSpec.FromProperties(properties);
        Assert.Equal(spec.Kind, read.Kind);
        Assert.Equal(spec.Value, read.Value);
        Assert.Equal(spec.PropertyNames.ToArray(), read.PropertyNames.ToArray());
        Assert.Equal(spec.PropsType, read.PropsType);
        Assert.Equal(spec.ArgumentIndices.ToArray(), read.ArgumentIndices.ToArray());
        Assert.Equal(spec.MethodName, read.MethodName);
        Assert.Equal(spec.KeepArguments, read.KeepArguments);
        Assert.Equal(properties, read.ToProperties());
    }

    [Fact]
    public void FixSpec_FromProperties_IgnoresOtherProperties()
    {
        var properties = FixSpec.Replace(FixValue.True).ToProperties().Add("Other", "x");
        Assert.Equal(FixValue.True, FixSpec.FromProperties(properties).Value);
    }

    public static TheoryData<string[]> Malformed() => new()
    {
        Array.Empty<string>(),
        new[] { "SR.Fix", "Unknown" },
        new[] { "SR.Fix", "ReplaceValue" },
        new[] { "SR.Fix", "ReplaceValue", "SR.Value", "bool:maybe" },
        new[] { "SR.Fix", "AddProperties", "SR.Value", "bool:true" },
        new[] { "SR.Fix", "AddProperties", "SR.Properties", "A" },
        new[] { "SR.Fix", "RemoveArguments", "SR.Properties", "1,x" },
        new[] { "SR.Fix", "RemoveArguments", "SR.Properties", "-1" },
        new[] { "SR.Fix", "ReplaceCall", "SR.Properties", "1" },
        new[] { "SR.Fix", "ReplaceCall", "SR.Value", "M", "SR.Properties", "one" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void FixSpec_FromMalformedProperties_IsNoFix(string[] pairs)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        for (var i = 0; i < pairs.Length; i += 2)
        {
            properties = properties.Add(pairs[i], pairs[i + 1]);
        }

        Assert.Equal(FixKind.None, FixSpec.FromProperties(properties).Kind);
    }
}

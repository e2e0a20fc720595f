namespace SharedResp.Analyzers.Tests.Infrastructure;

/// <summary>The AWS SDK generation this test project compiles its snippets against (see tests/SdkMatrix).</summary>
public static class SdkGeneration
{
    public const int Major = 3;
}

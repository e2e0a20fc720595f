using System;

namespace SharedResp.Analyzers.Rules.Lambda;

/// <summary>
/// The AWS Lambda managed runtimes and the date each one reaches (or reached) end of support — Lambda's
/// "deprecation date", after which the runtime gets no more security patches. This is data, kept in this one file:
/// the analyzer never reads the clock, so a build never starts failing on a date. A runtime counts as unsupported
/// when its date is on or before <see cref="AsOf"/>, the date this table was last reviewed for the package release.
/// </summary>
/// <remarks>
/// Sources: the AWS Lambda runtime deprecation schedule ("Lambda runtimes", docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html)
/// and its machine-readable copy in aws-cloudformation/cfn-lint (src/cfnlint/data/AdditionalSpecs/LmbdRuntimeLifecycle.json @217397c).
/// CDK member names are those of <c>Amazon.CDK.AWS.Lambda.Runtime</c>; members a given Amazon.CDK.Lib does not have
/// are simply not found in that compilation.
/// </remarks>
internal static class LambdaRuntimeSupport
{
    /// <summary>When the table was last reviewed. Change it together with the rows, at a package release.</summary>
    public static readonly DateTime AsOf = new(2026, 11, 28);

    /// <summary>The Amazon.CDK.Lib version that the message names as bringing a supported runtime, per family (when 2.160.0 has none).</summary>
    public const string NewerCdkForNode = "2.277.0 (NODEJS_22_X, NODEJS_24_X)";

    public const string NewerCdkForDotnet = "2.277.0 (DOTNET_10)";

    /// <summary>Runtime id, CDK <c>Runtime</c> member name (null when the CDK has none), family, display name, end of support.</summary>
    public static readonly Entry[] Runtimes =
    {
        // Node.js
        new("nodejs", "NODEJS", "nodejs", "Node.js 0.10", new(2016, 10, 31)),
        new("nodejs4.3", "NODEJS_4_3", "nodejs", "Node.js 4.3", new(2020, 3, 5)),
        new("nodejs6.10", "NODEJS_6_10", "nodejs", "Node.js 6.10", new(2019, 8, 12)),
        new("nodejs8.10", "NODEJS_8_10", "nodejs", "Node.js 8.10", new(2020, 3, 6)),
        new("nodejs10.x", "NODEJS_10_X", "nodejs", "Node.js 10", new(2021, 7, 30)),
        new("nodejs12.x", "NODEJS_12_X", "nodejs", "Node.js 12", new(2023, 3, 31)),
        new("nodejs14.x", "NODEJS_14_X", "nodejs", "Node.js 14", new(2023, 12, 4)),
        new("nodejs16.x", "NODEJS_16_X", "nodejs", "Node.js 16", new(2024, 6, 12)),
        new("nodejs18.x", "NODEJS_18_X", "nodejs", "Node.js 18", new(2025, 9, 1)),
        new("nodejs20.x", "NODEJS_20_X", "nodejs", "Node.js 20", new(2026, 4, 30)),
        new("nodejs22.x", "NODEJS_22_X", "nodejs", "Node.js 22", new(2027, 4, 30)),
        new("nodejs24.x", "NODEJS_24_X", "nodejs", "Node.js 24", new(2028, 4, 30)),

        // Python
        new("python2.7", "PYTHON_2_7", "python", "Python 2.7", new(2021, 7, 15)),
        new("python3.6", "PYTHON_3_6", "python", "Python 3.6", new(2022, 7, 18)),
        new("python3.7", "PYTHON_3_7", "python", "Python 3.7", new(2023, 12, 4)),
        new("python3.8", "PYTHON_3_8", "python", "Python 3.8", new(2024, 10, 14)),
        new("python3.9", "PYTHON_3_9", "python", "Python 3.9", new(2025, 12, 15)),
        new("python3.10", "PYTHON_3_10", "python", "Python 3.10", new(2026, 10, 31)),
        new("python3.11", "PYTHON_3_11", "python", "Python 3.11", new(2027, 6, 30)),
        new("python3.12", "PYTHON_3_12", "python", "Python 3.12", new(2028, 10, 31)),
        new("python3.13", "PYTHON_3_13", "python", "Python 3.13", new(2029, 6, 30)),

        // .NET
        new("dotnetcore1.0", "DOTNET_CORE_1", "dotnet", ".NET Core 1.0", new(2019, 7, 30)),
        new("dotnetcore2.0", "DOTNET_CORE_2", "dotnet", ".NET Core 2.0", new(2019, 5, 30)),
        new("dotnetcore2.1", "DOTNET_CORE_2_1", "dotnet", ".NET Core 2.1", new(2022, 1, 5)),
        new("dotnetcore3.1", "DOTNET_CORE_3_1", "dotnet", ".NET Core 3.1", new(2023, 4, 3)),
        new("dotnet5.0", null, "dotnet", ".NET 5", new(2022, 5, 10)),
        new("dotnet6", "DOTNET_6", "dotnet", ".NET 6", new(2024, 12, 20)),
        new("dotnet7", null, "dotnet", ".NET 7", new(2024, 5, 14)),
        new("dotnet8", "DOTNET_8", "dotnet", ".NET 8", new(2026, 11, 10)),
        new("dotnet10", "DOTNET_10", "dotnet", ".NET 10", new(2028, 11, 14)),

        // Java
        new("java8", "JAVA_8", "java", "Java 8 (Amazon Linux 1)", new(2024, 1, 8)),
        new("java8.al2", "JAVA_8_CORRETTO", "java", "Java 8 (Amazon Linux 2)", new(2027, 6, 30)),
        new("java11", "JAVA_11", "java", "Java 11", new(2027, 6, 30)),
        new("java17", "JAVA_17", "java", "Java 17", new(2027, 6, 30)),
        new("java21", "JAVA_21", "java", "Java 21", new(2029, 6, 30)),

        // Ruby
        new("ruby2.5", "RUBY_2_5", "ruby", "Ruby 2.5", new(2021, 7, 30)),
        new("ruby2.7", "RUBY_2_7", "ruby", "Ruby 2.7", new(2023, 12, 7)),
        new("ruby3.2", "RUBY_3_2", "ruby", "Ruby 3.2", new(2026, 3, 31)),
        new("ruby3.3", "RUBY_3_3", "ruby", "Ruby 3.3", new(2027, 3, 31)),
        new("ruby3.4", "RUBY_3_4", "ruby", "Ruby 3.4", new(2028, 3, 31)),

        // Go 1.x and the OS-only runtimes (the successor of go1.x is provided.al2023).
        new("go1.x", "GO_1_X", "go", "Go 1.x", new(2024, 1, 8)),
        new("provided", "PROVIDED", "provided", "OS-only runtime on Amazon Linux 1", new(2024, 1, 8)),
        new("provided.al2", "PROVIDED_AL2", "provided", "OS-only runtime on Amazon Linux 2", new(2026, 7, 31)),
        new("provided.al2023", "PROVIDED_AL2023", "provided", "OS-only runtime on Amazon Linux 2023", new(2029, 6, 30)),
    };

    public static Entry? ByName(string runtimeName)
    {
        foreach (var entry in Runtimes)
        {
            if (string.Equals(entry.Name, runtimeName, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public static Entry? ByMember(string memberName)
    {
        foreach (var entry in Runtimes)
        {
            if (string.Equals(entry.Member, memberName, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    internal sealed class Entry
    {
        public Entry(string name, string? member, string family, string display, DateTime endOfSupport)
        {
            Name = name;
            Member = member;
            Family = family;
            Display = display;
            EndOfSupport = endOfSupport;
        }

        /// <summary>The runtime identifier Lambda and CloudFormation use (<c>nodejs18.x</c>).</summary>
        public string Name { get; }

        public string? Member { get; }

        public string Family { get; }

        public string Display { get; }

        public DateTime EndOfSupport { get; }

        public bool IsSupported => EndOfSupport > AsOf;

        public string EndOfSupportText => EndOfSupport.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}

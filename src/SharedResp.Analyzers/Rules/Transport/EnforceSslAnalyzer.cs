using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers.Rules.Transport;

/// <summary>
/// SR3003 — a CDK <c>Bucket</c>, <c>Queue</c> or <c>Topic</c> whose resource policy does not deny plain-HTTP
/// requests: <c>EnforceSSL = false</c>, or unset (the default is false for all three in Amazon.CDK.Lib 2.160.0).
/// </summary>
public sealed class EnforceSslAnalyzer : SharedRespRule
{
    private static readonly (string Construct, string Props)[] Constructs =
    {
        ("Amazon.CDK.AWS.S3.Bucket", "Amazon.CDK.AWS.S3.BucketProps"),
        ("Amazon.CDK.AWS.SQS.Queue", "Amazon.CDK.AWS.SQS.QueueProps"),
        ("Amazon.CDK.AWS.SNS.Topic", "Amazon.CDK.AWS.SNS.TopicProps"),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3003_EnforceSsl);

    internal override void Declare(RuleEngine rules)
    {
        foreach (var (construct, props) in Constructs)
        {
            var name = construct.Substring(construct.LastIndexOf('.') + 1);
            rules.Require(
                Descriptors.SR3003_EnforceSsl,
                construct,
                props,
                "EnforceSSL",
                FixValue.True,
                static value => value.IsFalse,
                missingIsInsecure: true,
                isExempt: null,
                missing => new object?[]
                {
                    missing ? name + " without EnforceSSL (default false)" : name + " with EnforceSSL = false",
                    "set EnforceSSL = true",
                });
        }
    }
}

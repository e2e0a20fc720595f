using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Transport.EnforceSslAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Transport;

/// <summary>SR3003 — CDK Bucket, Queue or Topic without EnforceSSL = true.</summary>
public class EnforceSslAnalyzerTests
{
    [Fact]
    public async Task MissingOrFalse_OnBucketQueueAndTopic_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    [|new Bucket(this, "NoProps")|];
                    new Bucket(this, "Missing", [|new BucketProps { Versioned = true }|]);
                    new Bucket(this, "False", new BucketProps { EnforceSSL = [|false|] });
                    [|new Queue(this, "QueueNoProps")|];
                    new Queue(this, "QueueMissing", [|new QueueProps { QueueName = "q" }|]);
                    new Queue(this, "QueueFalse", new QueueProps { EnforceSSL = [|false|] });
                    [|new Topic(this, "TopicNoProps")|];
                    new Topic(this, "TopicMissing", [|new TopicProps { TopicName = "t" }|]);
                    new Topic(this, "TopicFalse", new TopicProps { EnforceSSL = [|false|] });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task PropsWrittenAsNullOrDefault_AreNoProps_AndPropsGivenAnyOtherWay_AreRead()
    {
        // The syntax pre-filters (no props argument; the initializer assigns EnforceSSL) must keep every form the
        // symbols then decide: null, default, a cast null, a named argument, a null-forgiving null; props from a field, a
        // method or with a value the analyzer cannot know are not reported.
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            class MyStack : Stack
            {
                private readonly BucketProps _shared = new BucketProps { EnforceSSL = true };

                public MyStack(Construct scope, string id, bool strict) : base(scope, id)
                {
                    [|new Bucket(this, "Null", null)|];
                    [|new Bucket(this, "Default", default)|];
                    [|new Bucket(this, "Cast", (BucketProps)null!)|];
                    [|new Bucket(this, "Named", props: null)|];
                    [|new Bucket(scope: this, id: "NamedOnly")|];
                    new Bucket(this, "Field", _shared);
                    new Bucket(this, "Made", Make());
                    new Bucket(this, "Unknown", new BucketProps { EnforceSSL = strict });
                    new Bucket(this, "Ternary", new BucketProps { EnforceSSL = strict ? true : false });
                    [|new Queue(this, "QueueNull", null)|];
                }

                private static BucketProps Make() => new() { EnforceSSL = true };
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Message_NamesTheConstructAndTheDefault()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    {|#0:new Queue(this, "Q")|};
                    new Queue(this, "R", new QueueProps { EnforceSSL = {|#1:false|} });
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("Queue without EnforceSSL (default false)", "set EnforceSSL = true"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments("Queue with EnforceSSL = false", "set EnforceSSL = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task PropsBuiltAcrossStatements_AreRead()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    var secure = new BucketProps();
                    secure.EnforceSSL = true;
                    new Bucket(this, "Secure", secure);

                    var later = new BucketProps { EnforceSSL = true };
                    later.EnforceSSL = [|false|];
                    new Bucket(this, "TurnedOffLater", later);

                    var missing = [|new BucketProps()|];
                    missing.Versioned = true;
                    new Bucket(this, "Missing", missing);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task SecureUnknownAndOutOfView_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            class MyStack : Stack
            {
                const bool Enforce = true;

                public MyStack(Construct scope, string id, bool fromConfig, IBucketProps fromCaller) : base(scope, id)
                {
                    new Bucket(this, "Secure", new BucketProps { EnforceSSL = true });
                    new Queue(this, "Constant", new QueueProps { EnforceSSL = Enforce });
                    new Topic(this, "Secure2", new TopicProps { EnforceSSL = true, TopicName = "t" });
                    new Bucket(this, "Unknown", new BucketProps { EnforceSSL = fromConfig });
                    new Bucket(this, "FromCaller", fromCaller);
                    new Bucket(this, "Built", Build());

                    var shared = new QueueProps();
                    Harden(shared);
                    new Queue(this, "ConfiguredOutOfView", shared);

                    // Props never handed to a Bucket (a test fixture, say): no report.
                    var unused = new BucketProps();
                }

                static BucketProps Build() => new BucketProps { EnforceSSL = true };

                static void Harden(QueueProps props) => props.EnforceSSL = true;
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsEnforceSsl_InEveryShape()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    [|new Bucket(this, "NoProps")|];
                    new Queue(this, "Missing", [|new QueueProps
                    {
                        QueueName = "q", // keep this comment
                    }|]);
                    new Topic(this, "False", new TopicProps { EnforceSSL = [|false|] });
                    var props = [|new BucketProps()|];
                    props.Versioned = true;
                    new Bucket(this, "Local", props);
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.S3;
                using Amazon.CDK.AWS.SNS;
                using Amazon.CDK.AWS.SQS;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Bucket(this, "NoProps", new BucketProps { EnforceSSL = true });
                        new Queue(this, "Missing", new QueueProps
                        {
                            QueueName = "q", // keep this comment
                            EnforceSSL = true,
                        });
                        new Topic(this, "False", new TopicProps { EnforceSSL = true });
                        var props = new BucketProps { EnforceSSL = true };
                        props.Versioned = true;
                        new Bucket(this, "Local", props);
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_ReplacesAPropsArgumentWrittenAsNull_AndNamesItAmongNamedArguments()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    [|new Bucket(this, "Null", null)|];
                    [|new Bucket(this, "Default", default)|];
                    [|new Bucket(this, "Named", props: null)|];
                    [|new Bucket(scope: this, id: "NamedOnly")|];
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.S3;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Bucket(this, "Null", new BucketProps { EnforceSSL = true });
                        new Bucket(this, "Default", new BucketProps { EnforceSSL = true });
                        new Bucket(this, "Named", props: new BucketProps { EnforceSSL = true });
                        new Bucket(scope: this, id: "NamedOnly", props: new BucketProps { EnforceSSL = true });
                    }
                }
                """)
            .ValidateAsync();
    }
}

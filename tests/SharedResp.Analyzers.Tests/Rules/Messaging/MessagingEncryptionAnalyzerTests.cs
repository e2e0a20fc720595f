using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Messaging.MessagingEncryptionAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Messaging;

/// <summary>SR1004 — queue, topic or stream not encrypted.</summary>
public class MessagingEncryptionAnalyzerTests
{
    [Fact]
    public async Task Cdk_UnencryptedQueueStreamTopic_AreReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Kinesis;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Queue(this, "Q", new QueueProps { Encryption = {|#0:QueueEncryption.UNENCRYPTED|} });
                    new Stream(this, "S", new StreamProps { Encryption = [|StreamEncryption.UNENCRYPTED|] });
                    {|#1:new Topic(this, "NoProps")|};
                    new Topic(this, "NoKey", [|new TopicProps { TopicName = "t" }|]);
                    new CfnQueue(this, "Cfn", new CfnQueueProps { SqsManagedSseEnabled = [|false|] });
                    var cfn = new CfnQueue(this, "CfnLater");
                    cfn.SqsManagedSseEnabled = [|false|];
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("QueueEncryption.UNENCRYPTED", "the queue's messages", "use QueueEncryption.SQS_MANAGED, or QueueEncryption.KMS with your own key"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments("Topic without MasterKey (default: none)", "the topic's messages", "give MasterKey a KMS key (the topic's publishers need kms:GenerateDataKey and kms:Decrypt on it)"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_EncryptedDefaultsKeysAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.KMS;
            using Amazon.CDK.AWS.Kinesis;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IKey key, QueueEncryption fromConfig, ITopicProps fromCaller) : base(scope, id)
                {
                    new Queue(this, "Default");
                    new Queue(this, "Managed", new QueueProps { Encryption = QueueEncryption.SQS_MANAGED });
                    new Queue(this, "Kms", new QueueProps { Encryption = QueueEncryption.KMS, EncryptionMasterKey = key });
                    new Queue(this, "Unknown", new QueueProps { Encryption = fromConfig });
                    new Stream(this, "DefaultStream");
                    new Stream(this, "ManagedStream", new StreamProps { Encryption = StreamEncryption.MANAGED });
                    new Topic(this, "Keyed", new TopicProps { MasterKey = key });
                    new Topic(this, "FromCaller", fromCaller);
                    var props = new TopicProps();
                    props.MasterKey = key;
                    new Topic(this, "AcrossStatements", props);
                    new CfnQueue(this, "CfnDefault");
                    new CfnQueue(this, "CfnKms", new CfnQueueProps { KmsMasterKeyId = "alias/aws/sqs", SqsManagedSseEnabled = false });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_SqsManagedSseDisabled_InEveryDictionaryForm_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.SQS;
            using Amazon.SQS.Model;
            using System.Collections.Generic;

            class C
            {
                void M(CreateQueueRequest existing)
                {
                    _ = new CreateQueueRequest
                    {
                        QueueName = "q",
                        Attributes = new Dictionary<string, string> { { QueueAttributeName.SqsManagedSseEnabled, {|#0:"false"|} } },
                    };
                    _ = new CreateQueueRequest { Attributes = new Dictionary<string, string> { ["SqsManagedSseEnabled"] = [|"false"|] } };
                    _ = new SetQueueAttributesRequest { Attributes = { [QueueAttributeName.SqsManagedSseEnabled.Value] = [|"False"|] } };
                    var attributes = new Dictionary<string, string>();
                    attributes.Add("SqsManagedSseEnabled", [|"false"|]);
                    _ = new SetQueueAttributesRequest { QueueUrl = "u", Attributes = attributes };
                    existing.Attributes["SqsManagedSseEnabled"] = [|"false"|];
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("SQS attribute SqsManagedSseEnabled = \"false\" without KmsMasterKeyId", "the queue's messages", "set it to \"true\" (SSE-SQS), or give a KmsMasterKeyId"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Sdk_KmsKeyTrueUnknownAndOtherDictionaries_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.SQS;
            using Amazon.SQS.Model;
            using System.Collections.Generic;

            class C
            {
                void M(string fromConfig, Dictionary<string, string> other)
                {
                    _ = new CreateQueueRequest { Attributes = new Dictionary<string, string> { ["SqsManagedSseEnabled"] = "true" } };
                    _ = new CreateQueueRequest
                    {
                        Attributes = new Dictionary<string, string>
                        {
                            [QueueAttributeName.KmsMasterKeyId] = "alias/orders",
                            [QueueAttributeName.SqsManagedSseEnabled] = "false",
                        },
                    };
                    _ = new CreateQueueRequest { Attributes = new Dictionary<string, string> { ["SqsManagedSseEnabled"] = fromConfig } };
                    _ = new CreateQueueRequest { Attributes = new Dictionary<string, string> { ["DelaySeconds"] = "false" } };
                    other["SqsManagedSseEnabled"] = "false";
                    var tags = new Dictionary<string, string> { ["SqsManagedSseEnabled"] = "false" };
                    _ = new CreateQueueRequest { Tags = tags };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_EncryptsQueuesAndStreams()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Kinesis;
            using Amazon.CDK.AWS.SQS;
            using Amazon.SQS.Model;
            using Constructs;
            using System.Collections.Generic;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Queue(this, "Q", new QueueProps { Encryption = [|QueueEncryption.UNENCRYPTED|] });
                    new Stream(this, "S", new StreamProps { Encryption = [|StreamEncryption.UNENCRYPTED|] });
                    new CfnQueue(this, "Cfn", new CfnQueueProps { SqsManagedSseEnabled = [|false|] });
                    _ = new CreateQueueRequest { Attributes = new Dictionary<string, string> { ["SqsManagedSseEnabled"] = [|"false"|] } };
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.Kinesis;
                using Amazon.CDK.AWS.SQS;
                using Amazon.SQS.Model;
                using Constructs;
                using System.Collections.Generic;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Queue(this, "Q", new QueueProps { Encryption = QueueEncryption.SQS_MANAGED });
                        new Stream(this, "S", new StreamProps { Encryption = StreamEncryption.MANAGED });
                        new CfnQueue(this, "Cfn", new CfnQueueProps { SqsManagedSseEnabled = true });
                        _ = new CreateQueueRequest { Attributes = new Dictionary<string, string> { ["SqsManagedSseEnabled"] = "true" } };
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_L1_CfnTopicWithoutKey_AndCfnStreamWithoutEncryption_AreReported_WithoutFix()
    {
        var source = """
            using Amazon.CDK;
            using Amazon.CDK.AWS.Kinesis;
            using Amazon.CDK.AWS.SNS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, string keyFromConfig) : base(scope, id)
                {
                    new CfnTopic(this, "A", [|new CfnTopicProps { TopicName = "orders" }|]);
                    [|new CfnTopic(this, "B")|];
                    new CfnStream(this, "C", [|new CfnStreamProps { ShardCount = 1 }|]);
                    [|new CfnStream(this, "D")|];

                    new CfnTopic(this, "E", new CfnTopicProps { KmsMasterKeyId = "alias/aws/sns" });
                    new CfnTopic(this, "F", new CfnTopicProps { KmsMasterKeyId = keyFromConfig });
                    var later = new CfnTopic(this, "G");
                    later.KmsMasterKeyId = "alias/aws/sns";
                    new CfnStream(this, "H", new CfnStreamProps
                    {
                        ShardCount = 1,
                        StreamEncryption = new CfnStream.StreamEncryptionProperty { EncryptionType = "KMS", KeyId = "alias/aws/kinesis" },
                    });
                }
            }
            """;
        await VerifyCS.Code(source).FixesTo(source).ValidateAsync();
    }
}

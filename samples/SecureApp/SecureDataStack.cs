using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.EFS;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Kinesis;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SQS;
using Constructs;
using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;
using KinesisStream = Amazon.CDK.AWS.Kinesis.Stream;

namespace SecureApp;

/// <summary>The secure equivalents of InsecureCdkApp's InsecureDataStack: no SR diagnostic.</summary>
public class SecureDataStack : Stack
{
    public SecureDataStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");
        var dataKey = new Key(this, "DataKey", new KeyProps { EnableKeyRotation = true });

        _ = new DatabaseInstance(this, "Orders", new DatabaseInstanceProps
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
            StorageEncrypted = true,
        });
        _ = new DatabaseCluster(this, "Analytics", new DatabaseClusterProps
        {
            Engine = DatabaseClusterEngine.AURORA_MYSQL,
            Writer = ClusterInstance.Provisioned("writer"),
            Vpc = vpc,
            StorageEncryptionKey = dataKey, // a key given: encrypted
        });
        _ = new CfnDBInstance(this, "Legacy", new CfnDBInstanceProps { Engine = "mysql", DbInstanceClass = "db.t3.micro", AllocatedStorage = "20", StorageEncrypted = true });

        _ = new Volume(this, "Scratch", new VolumeProps { AvailabilityZone = "eu-west-1a", Size = Size.Gibibytes(100), Encrypted = true });
        _ = new LaunchTemplate(this, "Workers", new LaunchTemplateProps
        {
            RequireImdsv2 = true,
            BlockDevices = new[]
            {
                new BlockDevice { DeviceName = "/dev/xvda", Volume = BlockDeviceVolume.Ebs(30, new EbsDeviceOptions { Encrypted = true }) },
            },
        });

        _ = new FileSystem(this, "Shared", new FileSystemProps { Vpc = vpc }); // encrypted by default in CDK v2
        _ = new CfnFileSystem(this, "LegacyFs", new CfnFileSystemProps { Encrypted = true });

        // Asymmetric and HMAC keys cannot rotate: nothing to report.
        _ = new Key(this, "SigningKey", new KeyProps { KeySpec = KeySpec.ECC_NIST_P256, KeyUsage = KeyUsage.SIGN_VERIFY });
        _ = new CfnKey(this, "LegacyKey", new CfnKeyProps { Description = "legacy", EnableKeyRotation = true });

        // Props built across statements count as a whole.
        var queueProps = new QueueProps { QueueName = "jobs" };
        queueProps.EnforceSSL = true;
        _ = new Queue(this, "Jobs", queueProps);
        _ = new Topic(this, "Events", new TopicProps { EnforceSSL = true, MasterKey = dataKey });

        _ = new Queue(this, "Audit", new QueueProps { Encryption = QueueEncryption.SQS_MANAGED, EnforceSSL = true });
        _ = new KinesisStream(this, "Clicks", new StreamProps { Encryption = StreamEncryption.MANAGED });
        _ = new CfnQueue(this, "LegacyQueue", new CfnQueueProps { SqsManagedSseEnabled = true });
    }
}

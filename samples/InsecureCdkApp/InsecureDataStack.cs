using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.EFS;
using Amazon.CDK.AWS.KMS;
using Amazon.CDK.AWS.Kinesis;
using Amazon.CDK.AWS.RDS;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SQS;
using Constructs;
using FileSystem = Amazon.CDK.AWS.EFS.FileSystem;
using KinesisStream = Amazon.CDK.AWS.Kinesis.Stream;

namespace InsecureCdkApp;

/// <summary>
/// Data protection (encryption at rest and in transit) left off in the CDK. Each flagged line says which rule fires.
/// `dotnet format analyzers --diagnostics SR1001 SR1002 SR1003 SR1004 SR1005 SR1006 SR3003` fixes all of them but the topic without a key and
/// the block device without options.
/// </summary>
public class InsecureDataStack : Stack
{
    public InsecureDataStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");

        // RDS: storage encryption missing (the CDK default is unencrypted) or turned off.
        _ = new DatabaseInstance(this, "Orders", new DatabaseInstanceProps // SR1002
        {
            Engine = DatabaseInstanceEngine.POSTGRES,
            Vpc = vpc,
        });
        _ = new DatabaseCluster(this, "Analytics", new DatabaseClusterProps
        {
            Engine = DatabaseClusterEngine.AURORA_MYSQL,
            Writer = ClusterInstance.Provisioned("writer"),
            Vpc = vpc,
            StorageEncrypted = false, // SR1002
        });
        _ = new CfnDBInstance(this, "Legacy", new CfnDBInstanceProps { Engine = "mysql", DbInstanceClass = "db.t3.micro", AllocatedStorage = "20" }); // SR1002

        // EFS: encryption turned off (L2), or left unset on the L1 construct (CloudFormation default: unencrypted).
        _ = new FileSystem(this, "Shared", new FileSystemProps { Vpc = vpc, Encrypted = false }); // SR1005
        _ = new CfnFileSystem(this, "LegacyFs", new CfnFileSystemProps { PerformanceMode = "generalPurpose" }); // SR1005

        // KMS: symmetric keys without automatic rotation.
        _ = new Key(this, "DataKey"); // SR1006
        _ = new Key(this, "AppKey", new KeyProps { Alias = "alias/app", EnableKeyRotation = false }); // SR1006
        _ = new CfnKey(this, "LegacyKey", new CfnKeyProps { Description = "legacy" }); // SR1006

        // EBS: a volume and a launch template root device left unencrypted (the CDK default is false).
        _ = new Volume(this, "Scratch", new VolumeProps { AvailabilityZone = "eu-west-1a", Size = Size.Gibibytes(100) }); // SR1003
        _ = new LaunchTemplate(this, "Workers", new LaunchTemplateProps // SR3007
        {
            BlockDevices = new[]
            {
                new BlockDevice { DeviceName = "/dev/xvda", Volume = BlockDeviceVolume.Ebs(30, new EbsDeviceOptions { Encrypted = false }) }, // SR1003
                new BlockDevice { DeviceName = "/dev/xvdb", Volume = BlockDeviceVolume.Ebs(200) }, // SR1003 (no automatic fix)
            },
        });

        // S3: a bucket asked to be unencrypted (S3 applies SSE-S3 anyway; SR1001 is Info by default, raised in .editorconfig).
#pragma warning disable CS0618 // BucketEncryption.UNENCRYPTED is deprecated
        _ = new Bucket(this, "Exports", new BucketProps { Encryption = BucketEncryption.UNENCRYPTED, EnforceSSL = true }); // SR1001
#pragma warning restore CS0618

        // Resource policies that accept plain HTTP.
        _ = new Queue(this, "Jobs", new QueueProps { QueueName = "jobs" }); // SR3003
        _ = new Topic(this, "Events", new TopicProps { EnforceSSL = false, MasterKey = new Key(this, "TopicKey", new KeyProps { EnableKeyRotation = true }) }); // SR3003

        // Messages left unencrypted at rest.
        _ = new Queue(this, "Audit", new QueueProps { Encryption = QueueEncryption.UNENCRYPTED, EnforceSSL = true }); // SR1004
        _ = new Topic(this, "Alerts", new TopicProps { EnforceSSL = true }); // SR1004 (no automatic fix)
        _ = new KinesisStream(this, "Clicks", new StreamProps { Encryption = StreamEncryption.UNENCRYPTED }); // SR1004
        _ = new CfnQueue(this, "LegacyQueue", new CfnQueueProps { SqsManagedSseEnabled = false }); // SR1004
    }
}

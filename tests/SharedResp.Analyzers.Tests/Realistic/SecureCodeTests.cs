using SharedResp.Analyzers.Tests.Infrastructure;
using Xunit;

namespace SharedResp.Analyzers.Tests.Realistic;

/// <summary>
/// Whole files written the way a careful team writes them, run through every SharedResp analyzer at once: not one
/// diagnostic. Guards against false positives that only show when rules meet (a secure sample of one rule group
/// tripping another) — the costliest failure an analyzer package can have.
/// </summary>
public class SecureCodeTests
{
    [Fact]
    public async Task ASecureCdkStack_ReportsNothing()
    {
        await AssertNoFindingsAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.KMS;
            using Amazon.CDK.AWS.Lambda;
            using Amazon.CDK.AWS.RDS;
            using Amazon.CDK.AWS.S3;
            using Amazon.CDK.AWS.SNS;
            using Amazon.CDK.AWS.SQS;
            using Constructs;

            public sealed class OrdersStack : Stack
            {
                public OrdersStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                    var key = new Key(this, "DataKey", new KeyProps { EnableKeyRotation = true, Description = "orders data" });

                    var bucketProps = new BucketProps
                    {
                        BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
                        Encryption = BucketEncryption.KMS,
                        EncryptionKey = key,
                        Versioned = true,
                        RemovalPolicy = RemovalPolicy.RETAIN,
                    };
                    bucketProps.EnforceSSL = true;
                    var documents = new Bucket(this, "Documents", bucketProps);

                    var queue = new Queue(this, "Jobs", new QueueProps { Encryption = QueueEncryption.KMS, EncryptionMasterKey = key, EnforceSSL = true });
                    var topic = new Topic(this, "Events", new TopicProps { MasterKey = key, EnforceSSL = true });

                    var vpc = new Vpc(this, "Vpc", new VpcProps { MaxAzs = 2 });
                    var database = new DatabaseInstance(this, "Db", new DatabaseInstanceProps
                    {
                        Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16 }),
                        Vpc = vpc,
                        VpcSubnets = new SubnetSelection { SubnetType = SubnetType.PRIVATE_ISOLATED },
                        StorageEncrypted = true,
                        Credentials = Credentials.FromGeneratedSecret("orders"),
                        DeletionProtection = true,
                    });

                    var handler = new Function(this, "Handler", new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12,
                        Handler = "index.handler",
                        Code = Code.FromAsset("lambda"),
                        Environment = new System.Collections.Generic.Dictionary<string, string> { ["QUEUE_URL"] = queue.QueueUrl },
                    });
                    documents.GrantRead(handler);
                    queue.GrantSendMessages(handler);
                    topic.GrantPublish(handler);
                    database.GrantConnect(handler);

                    handler.AddToRolePolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Sid = "ReadOrderParameters",
                        Actions = new[] { "ssm:GetParameter" },
                        Resources = new[] { $"arn:aws:ssm:{Region}:{Account}:parameter/orders/*" },
                    }));

                    var sg = new SecurityGroup(this, "Web", new SecurityGroupProps { Vpc = vpc, AllowAllOutbound = false });
                    sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443), "HTTPS from anywhere");
                    sg.AddIngressRule(Peer.Ipv4("10.0.0.0/8"), Port.Tcp(22), "SSH from the corporate network");

                    new CfnOutput(this, "BucketName", new CfnOutputProps { Value = documents.BucketName });
                }
            }
            """);
    }

    [Fact]
    public async Task SecureSdkCode_ReportsNothing()
    {
        await AssertNoFindingsAsync("""
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Amazon;
            using Amazon.S3;
            using Amazon.S3.Model;
            using Amazon.S3.Transfer;

            public sealed class DocumentStore
            {
                private readonly IAmazonS3 _s3;

                // Credentials come from the default chain (environment, profile, instance or task role).
                public DocumentStore() : this(new AmazonS3Client(RegionEndpoint.EUWest1)) { }

                public DocumentStore(IAmazonS3 s3) => _s3 = s3;

                public async Task SaveAsync(string bucket, string key, Stream body)
                {
                    await _s3.PutObjectAsync(new PutObjectRequest
                    {
                        BucketName = bucket,
                        Key = key,
                        InputStream = body,
                        CannedACL = S3CannedACL.BucketOwnerFullControl,
                        ServerSideEncryptionMethod = ServerSideEncryptionMethod.AWSKMS,
                    });
                }

                public Task LockDownAsync(string bucket) => _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest
                {
                    BucketName = bucket,
                    PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration
                    {
                        BlockPublicAcls = true,
                        IgnorePublicAcls = true,
                        BlockPublicPolicy = true,
                        RestrictPublicBuckets = true,
                    },
                });

                public async Task UploadFolderAsync(string bucket, string folder)
                {
                    using var transfer = new TransferUtility(_s3);
                    await transfer.UploadDirectoryAsync(new TransferUtilityUploadDirectoryRequest { BucketName = bucket, Directory = folder, CannedACL = S3CannedACL.Private });
                }

                public static AmazonS3Config LocalStack() => new() { ServiceURL = "http://localhost:4566", ForcePathStyle = true };
            }
            """);
    }

    private static async Task AssertNoFindingsAsync(string source)
    {
        var compilation = AnalyzerRunner.Compile(source);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The snippet does not compile: " + string.Join("\n", errors));
        var result = await AnalyzerRunner.RunAsync(compilation);
        Assert.Empty(result.Exceptions);
        Assert.True(result.Diagnostics.IsEmpty, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task SecureIamAndNetworkingCdk_ReportsNothing()
    {
        await AssertNoFindingsAsync("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.IAM;
            using Amazon.CDK.AWS.S3;
            using Constructs;

            public sealed class AccessStack : Stack
            {
                public AccessStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                {
                    var bucket = new Bucket(this, "Reports", new BucketProps { EnforceSSL = true, BlockPublicAccess = BlockPublicAccess.BLOCK_ALL });

                    var role = new Role(this, "Reader", new RoleProps
                    {
                        AssumedBy = new ServicePrincipal("ec2.amazonaws.com"),
                        Description = "Reads reports",
                    });
                    role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Actions = new[] { "s3:GetObject", "s3:ListBucket" },
                        Resources = new[] { bucket.BucketArn, bucket.ArnForObjects("reports/*") },
                    }));
                    role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Actions = new[] { "ec2:DescribeInstances", "sts:GetCallerIdentity" },
                        Resources = new[] { "*" },
                    }));

                    var deny = new PolicyStatement(new PolicyStatementProps { Effect = Effect.DENY, NotActions = new[] { "s3:GetObject" }, Resources = new[] { bucket.ArnForObjects("*") } });
                    deny.AddAnyPrincipal();
                    bucket.AddToResourcePolicy(deny);

                    bucket.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                    {
                        Principals = new IPrincipal[] { new ServicePrincipal("cloudfront.amazonaws.com") },
                        Actions = new[] { "s3:GetObject" },
                        Resources = new[] { bucket.ArnForObjects("*") },
                        Conditions = new System.Collections.Generic.Dictionary<string, object>
                        {
                            ["StringEquals"] = new System.Collections.Generic.Dictionary<string, object> { ["AWS:SourceArn"] = "arn:aws:cloudfront::123456789012:distribution/E1" },
                        },
                    }));

                    var group = new Group(this, "Analysts");
                    group.AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("ReadOnlyAccess"));

                    var vpc = new Vpc(this, "Vpc");
                    var sg = new SecurityGroup(this, "Db", new SecurityGroupProps { Vpc = vpc });
                    sg.AddIngressRule(Peer.Ipv4(vpc.VpcCidrBlock), Port.Tcp(5432), "Postgres from the VPC");
                    sg.Connections.AllowFrom(Peer.Ipv4("10.20.0.0/16"), Port.Tcp(22), "SSH from the bastion network");
                }
            }
            """);
    }

    [Fact]
    public async Task SecureSdkServices_ReportsNothing()
    {
        await AssertNoFindingsAsync("""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.EC2;
            using Amazon.EC2.Model;
            using Amazon.KeyManagementService;
            using Amazon.KeyManagementService.Model;
            using Amazon.Runtime;
            using Amazon.SQS;
            using Amazon.SQS.Model;

            public sealed class Provisioner
            {
                private readonly IAmazonSQS _sqs;
                private readonly IAmazonEC2 _ec2;
                private readonly IAmazonKeyManagementService _kms;

                public Provisioner(IAmazonSQS sqs, IAmazonEC2 ec2, IAmazonKeyManagementService kms) { _sqs = sqs; _ec2 = ec2; _kms = kms; }

                public static AWSCredentials FromEnvironment() => new BasicAWSCredentials(
                    Environment.GetEnvironmentVariable("AWS_ACCESS_KEY_ID")!, Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY")!);

                public async Task<string> CreateQueueAsync(string name, string keyId)
                {
                    var response = await _sqs.CreateQueueAsync(new CreateQueueRequest
                    {
                        QueueName = name,
                        Attributes = new Dictionary<string, string>
                        {
                            [QueueAttributeName.KmsMasterKeyId] = keyId,
                            [QueueAttributeName.VisibilityTimeout] = "60",
                        },
                    });
                    return response.QueueUrl;
                }

                public Task OpenHttpsAsync(string groupId) => _ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = groupId,
                    IpPermissions = new List<IpPermission>
                    {
                        new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } },
                        new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "10.0.0.0/8" } } },
                    },
                });

                public async Task<string> CreateKeyAsync()
                {
                    var key = await _kms.CreateKeyAsync(new CreateKeyRequest { Description = "orders", KeyUsage = KeyUsageType.ENCRYPT_DECRYPT });
                    await _kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = key.KeyMetadata.KeyId });
                    return key.KeyMetadata.KeyId;
                }

                public Task RequireImdsV2Async(string instanceId) => _ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest
                {
                    InstanceId = instanceId,
                    HttpTokens = HttpTokensState.Required,
                });
            }
            """);
    }
}

using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Ec2.EbsEncryptionAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Ec2;

/// <summary>SR1003 — EBS volume not encrypted.</summary>
public class EbsEncryptionAnalyzerTests
{
    [Fact]
    public async Task Cdk_Volume_MissingOrFalse_IsReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Volume(this, "Missing", {|#0:new VolumeProps { AvailabilityZone = "eu-west-1a", Size = Size.Gibibytes(10) }|});
                    new Volume(this, "False", new VolumeProps { AvailabilityZone = "eu-west-1a", Size = Size.Gibibytes(10), Encrypted = [|false|] });
                    new CfnVolume(this, "CfnMissing", [|new CfnVolumeProps { AvailabilityZone = "eu-west-1a", Size = 10 }|]);
                    new CfnVolume(this, "CfnFalse", new CfnVolumeProps { AvailabilityZone = "eu-west-1a", Encrypted = [|false|] });
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("Volume without Encrypted (default false)", "set Encrypted = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_BlockDevices_MissingOrFalse_AreReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    var devices = new[]
                    {
                        new BlockDevice { DeviceName = "/dev/xvda", Volume = {|#0:BlockDeviceVolume.Ebs(30)|} },
                        new BlockDevice { DeviceName = "/dev/xvdb", Volume = BlockDeviceVolume.Ebs(30, [|new EbsDeviceOptions { VolumeType = EbsDeviceVolumeType.GP3 }|]) },
                        new BlockDevice { DeviceName = "/dev/xvdc", Volume = BlockDeviceVolume.Ebs(30, new EbsDeviceOptions { Encrypted = [|false|] }) },
                    };
                    new LaunchTemplate(this, "Lt", new LaunchTemplateProps { BlockDevices = devices });
                    new CfnLaunchTemplate(this, "CfnLt", new CfnLaunchTemplateProps
                    {
                        LaunchTemplateData = new CfnLaunchTemplate.LaunchTemplateDataProperty
                        {
                            BlockDeviceMappings = new[]
                            {
                                new CfnLaunchTemplate.BlockDeviceMappingProperty { DeviceName = "/dev/xvda", Ebs = new CfnLaunchTemplate.EbsProperty { Encrypted = [|false|] } },
                            },
                        },
                    });
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("BlockDeviceVolume.Ebs without options (Encrypted defaults to false)", "pass new EbsDeviceOptions { Encrypted = true }"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Sdk_EncryptedFalse_IsReported_UnsetIsNot()
    {
        await VerifyCS.Code("""
            using Amazon.EC2;
            using Amazon.EC2.Model;

            class C
            {
                void M(bool fromConfig)
                {
                    _ = new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 10, Encrypted = [|false|] };
                    _ = new EbsBlockDevice { VolumeSize = 30, Encrypted = [|false|] };
                    _ = new LaunchTemplateEbsBlockDeviceRequest { Encrypted = [|false|] };
                    var request = new CreateVolumeRequest();
                    request.Encrypted = [|false|];

                    // Unset: the account's EBS encryption-by-default decides, which is not known here.
                    _ = new CreateVolumeRequest { AvailabilityZone = "eu-west-1a", Size = 10 };
                    _ = new CreateVolumeRequest { Encrypted = true };
                    _ = new CreateVolumeRequest { Encrypted = fromConfig };
                    _ = new EbsBlockDevice { VolumeSize = 30 };
                    // A response built in a unit test stores no data.
                    _ = new Volume { Encrypted = false };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Cdk_EncryptedKeyedSnapshotAndUnknown_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.KMS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IKey key, bool flag, IEbsDeviceOptions fromCaller) : base(scope, id)
                {
                    new Volume(this, "Encrypted", new VolumeProps { AvailabilityZone = "a", Size = Size.Gibibytes(1), Encrypted = true });
                    new Volume(this, "Keyed", new VolumeProps { AvailabilityZone = "a", Size = Size.Gibibytes(1), Encrypted = true, EncryptionKey = key });
                    new Volume(this, "Snapshot", new VolumeProps { AvailabilityZone = "a", SnapshotId = "snap-1" });
                    new Volume(this, "Unknown", new VolumeProps { AvailabilityZone = "a", Size = Size.Gibibytes(1), Encrypted = flag });
                    var props = new VolumeProps { AvailabilityZone = "a", Size = Size.Gibibytes(1) };
                    props.Encrypted = true;
                    new Volume(this, "AcrossStatements", props);
                    new CfnVolume(this, "CfnKeyed", new CfnVolumeProps { AvailabilityZone = "a", KmsKeyId = "k" });
                    new CfnVolume(this, "CfnSnapshot", new CfnVolumeProps { AvailabilityZone = "a", SnapshotId = "snap-1" });
                    _ = BlockDeviceVolume.Ebs(30, new EbsDeviceOptions { Encrypted = true });
                    _ = BlockDeviceVolume.Ebs(30, new EbsDeviceOptions { Encrypted = flag });
                    _ = BlockDeviceVolume.Ebs(30, fromCaller);
                    _ = BlockDeviceVolume.EbsFromSnapshot("snap-1");
                    _ = BlockDeviceVolume.Ephemeral(0);
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsEncryptedTrue()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.EC2.Model;
            using Constructs;
            using Volume = Amazon.CDK.AWS.EC2.Volume;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new Volume(this, "Missing", [|new VolumeProps { AvailabilityZone = "a", Size = Size.Gibibytes(1) }|]);
                    new CfnVolume(this, "CfnFalse", new CfnVolumeProps { AvailabilityZone = "a", Encrypted = [|false|] });
                    _ = BlockDeviceVolume.Ebs(30, [|new EbsDeviceOptions()|]);
                    var root = [|BlockDeviceVolume.Ebs(8)|]; // no automatic fix: stays
                    _ = new CreateVolumeRequest { Encrypted = [|false|] };
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.EC2;
                using Amazon.EC2.Model;
                using Constructs;
                using Volume = Amazon.CDK.AWS.EC2.Volume;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id) : base(scope, id)
                    {
                        new Volume(this, "Missing", new VolumeProps { AvailabilityZone = "a", Size = Size.Gibibytes(1), Encrypted = true });
                        new CfnVolume(this, "CfnFalse", new CfnVolumeProps { AvailabilityZone = "a", Encrypted = true });
                        _ = BlockDeviceVolume.Ebs(30, new EbsDeviceOptions { Encrypted = true });
                        var root = [|BlockDeviceVolume.Ebs(8)|]; // no automatic fix: stays
                        _ = new CreateVolumeRequest { Encrypted = true };
                    }
                }
                """)
            .ValidateAsync();
    }
}

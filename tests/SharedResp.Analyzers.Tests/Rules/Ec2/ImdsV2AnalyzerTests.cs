using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Ec2.ImdsV2Analyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Ec2;

/// <summary>SR3007 — EC2 instance metadata allows IMDSv1.</summary>
public class ImdsV2AnalyzerTests
{
    [Fact]
    public async Task Cdk_InstanceAndLaunchTemplate_MissingOrFalse_AreReported()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new Instance_(this, "A", {|#0:new InstanceProps
                    {
                        Vpc = vpc,
                        InstanceType = new InstanceType("t3.micro"),
                        MachineImage = MachineImage.LatestAmazonLinux2023(),
                    }|});
                    new Instance_(this, "B", new InstanceProps
                    {
                        Vpc = vpc,
                        InstanceType = new InstanceType("t3.micro"),
                        MachineImage = MachineImage.LatestAmazonLinux2023(),
                        RequireImdsv2 = [|false|],
                    });
                    new LaunchTemplate(this, "C", [|new LaunchTemplateProps { InstanceType = new InstanceType("t3.micro") }|]);
                    [|new LaunchTemplate(this, "D")|];
                }
            }
            """)
            .Expect(VerifyCS.Diagnostic().WithLocation(0).WithArguments("Instance leaves RequireImdsv2 unset (default false)", "set RequireImdsv2 = true"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_L1HttpTokensOptional_AndAutoScalingFalse_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.AutoScaling;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new CfnLaunchTemplate(this, "L1", new CfnLaunchTemplateProps
                    {
                        LaunchTemplateData = new CfnLaunchTemplate.LaunchTemplateDataProperty
                        {
                            MetadataOptions = new CfnLaunchTemplate.MetadataOptionsProperty { HttpTokens = [|"optional"|], HttpEndpoint = "enabled" },
                        },
                    });
                    _ = new CfnLaunchConfiguration.MetadataOptionsProperty { HttpTokens = [|"optional"|] };
                    new AutoScalingGroup(this, "Asg", new AutoScalingGroupProps
                    {
                        Vpc = vpc,
                        InstanceType = new InstanceType("t3.micro"),
                        MachineImage = MachineImage.LatestAmazonLinux2023(),
                        RequireImdsv2 = [|false|],
                    });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Sdk_HttpTokensOptional_IsReported()
    {
        await VerifyCS.Code("""
            using Amazon.EC2;
            using Amazon.EC2.Model;
            using System.Threading.Tasks;

            class C
            {
                async Task M(IAmazonEC2 ec2)
                {
                    await ec2.RunInstancesAsync(new RunInstancesRequest
                    {
                        ImageId = "ami-12345678",
                        MinCount = 1,
                        MaxCount = 1,
                        MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = [|HttpTokensState.Optional|] },
                    });
                    await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-1", HttpTokens = [|"optional"|] });
                    _ = new RequestLaunchTemplateData
                    {
                        MetadataOptions = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = [|LaunchTemplateHttpTokensState.Optional|] },
                    };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task RequiredUnknownAspectOrResponses_AreNotReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.AutoScaling;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, bool imdsv2, InstanceProps shared, string tokens) : base(scope, id)
                {
                    new Instance_(this, "A", new InstanceProps
                    {
                        Vpc = vpc,
                        InstanceType = new InstanceType("t3.micro"),
                        MachineImage = MachineImage.LatestAmazonLinux2023(),
                        RequireImdsv2 = true,
                    });
                    new Instance_(this, "B", new InstanceProps
                    {
                        Vpc = vpc,
                        InstanceType = new InstanceType("t3.micro"),
                        MachineImage = MachineImage.LatestAmazonLinux2023(),
                        RequireImdsv2 = imdsv2,
                    });
                    new Instance_(this, "C", shared);
                    new LaunchTemplate(this, "D", new LaunchTemplateProps { RequireImdsv2 = true });
                    // An ASG without the property: its launch template or the account default decides.
                    new AutoScalingGroup(this, "Asg", new AutoScalingGroupProps { Vpc = vpc, InstanceType = new InstanceType("t3.micro"), MachineImage = MachineImage.LatestAmazonLinux2023() });
                    _ = new CfnLaunchTemplate.MetadataOptionsProperty { HttpTokens = "required" };
                    _ = new CfnLaunchTemplate.MetadataOptionsProperty { HttpTokens = tokens };
                    _ = new Amazon.EC2.Model.InstanceMetadataOptionsRequest { HttpTokens = Amazon.EC2.HttpTokensState.Required };
                    // A response (a test double) does not configure anything.
                    _ = new Amazon.EC2.Model.InstanceMetadataOptionsResponse { HttpTokens = Amazon.EC2.HttpTokensState.Optional };
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task MissingRequireImdsv2_IsNotReported_WhenTheAspectIsUsed()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    Aspects.Of(this).Add(new InstanceRequireImdsv2Aspect());
                    new Instance_(this, "A", new InstanceProps
                    {
                        Vpc = vpc,
                        InstanceType = new InstanceType("t3.micro"),
                        MachineImage = MachineImage.LatestAmazonLinux2023(),
                    });
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task Fix_SetsRequired()
    {
        await VerifyCS.Code(
            """
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    new Instance_(this, "A", [|new InstanceProps
                    {
                        Vpc = vpc,
                        InstanceType = new InstanceType("t3.micro"),
                        MachineImage = MachineImage.LatestAmazonLinux2023(),
                    }|]);
                    [|new LaunchTemplate(this, "D")|];
                    _ = new CfnLaunchTemplate.MetadataOptionsProperty { HttpTokens = [|"optional"|] };
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.CDK;
                using Amazon.CDK.AWS.EC2;
                using Constructs;

                class MyStack : Stack
                {
                    public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                    {
                        new Instance_(this, "A", new InstanceProps
                        {
                            Vpc = vpc,
                            InstanceType = new InstanceType("t3.micro"),
                            MachineImage = MachineImage.LatestAmazonLinux2023(),
                            RequireImdsv2 = true,
                        });
                        new LaunchTemplate(this, "D", new LaunchTemplateProps { RequireImdsv2 = true });
                        _ = new CfnLaunchTemplate.MetadataOptionsProperty { HttpTokens = "required" };
                    }
                }
                """)
            .ValidateAsync();
    }

    [Fact]
    public async Task Fix_Sdk_UsesRequired()
    {
        await VerifyCS.Code(
            """
            using Amazon.EC2.Model;

            class C
            {
                void M()
                {
                    _ = new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-1", HttpTokens = [|Amazon.EC2.HttpTokensState.Optional|] };
                    _ = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = [|"optional"|] };
                }
            }
            """)
            .FixesTo(
                """
                using Amazon.EC2;
                using Amazon.EC2.Model;

                class C
                {
                    void M()
                    {
                        _ = new ModifyInstanceMetadataOptionsRequest { InstanceId = "i-1", HttpTokens = HttpTokensState.Required };
                        _ = new LaunchTemplateInstanceMetadataOptionsRequest { HttpTokens = LaunchTemplateHttpTokensState.Required };
                    }
                }
                """)
            .ValidateAsync();
    }
}

using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Constructs;

namespace SecureApp;

/// <summary>EC2 instances and templates that require IMDSv2 (the secure side of SR3007).</summary>
public class SecureComputeStack : Stack
{
    public SecureComputeStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");

        _ = new Instance_(this, "Web", new InstanceProps
        {
            Vpc = vpc,
            InstanceType = new InstanceType("t3.micro"),
            MachineImage = MachineImage.LatestAmazonLinux2023(),
            RequireImdsv2 = true,
        });

        _ = new LaunchTemplate(this, "Template", new LaunchTemplateProps { RequireImdsv2 = true });

        _ = new CfnLaunchTemplate(this, "L1Template", new CfnLaunchTemplateProps
        {
            LaunchTemplateData = new CfnLaunchTemplate.LaunchTemplateDataProperty
            {
                MetadataOptions = new CfnLaunchTemplate.MetadataOptionsProperty { HttpTokens = "required" },
            },
        });
    }
}

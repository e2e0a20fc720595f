using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Constructs;

namespace InsecureCdkApp;

/// <summary>EC2 instance metadata reachable with IMDSv1 (SR3007). Each flagged line says which rule fires.</summary>
public class InsecureComputeStack : Stack
{
    public InsecureComputeStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");

        _ = new Instance_(this, "Web", new InstanceProps // SR3007
        {
            Vpc = vpc,
            InstanceType = new InstanceType("t3.micro"),
            MachineImage = MachineImage.LatestAmazonLinux2023(),
        });

        _ = new LaunchTemplate(this, "Template"); // SR3007

        _ = new CfnLaunchTemplate(this, "L1Template", new CfnLaunchTemplateProps
        {
            LaunchTemplateData = new CfnLaunchTemplate.LaunchTemplateDataProperty
            {
                MetadataOptions = new CfnLaunchTemplate.MetadataOptionsProperty { HttpTokens = "optional" }, // SR3007
            },
        });
    }
}

using Amazon.EC2;
using Amazon.EC2.Model;

namespace SecureApp;

/// <summary>EC2 instances that require IMDSv2 (the secure side of SR3007).</summary>
public static class SecureInstances
{
    public static async Task RunAsync(IAmazonEC2 ec2, string instanceId)
    {
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0123456789abcdef0",
            MinCount = 1,
            MaxCount = 1,
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Required },
        });

        await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest { InstanceId = instanceId, HttpTokens = HttpTokensState.Required });
    }
}

using Amazon.EC2;
using Amazon.EC2.Model;

namespace InsecureSdkApp;

/// <summary>EC2 instance metadata reachable with IMDSv1 (SR3007). Each flagged line says which rule fires.</summary>
public static class InsecureInstances
{
    public static async Task RunAsync(IAmazonEC2 ec2, string instanceId)
    {
        await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-0123456789abcdef0",
            MinCount = 1,
            MaxCount = 1,
            MetadataOptions = new InstanceMetadataOptionsRequest { HttpTokens = HttpTokensState.Optional }, // SR3007
        });

        await ec2.ModifyInstanceMetadataOptionsAsync(new ModifyInstanceMetadataOptionsRequest
        {
            InstanceId = instanceId,
            HttpTokens = HttpTokensState.Optional, // SR3007
        });
    }
}

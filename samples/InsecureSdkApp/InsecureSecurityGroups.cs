using Amazon.EC2;
using Amazon.EC2.Model;

namespace InsecureSdkApp;

/// <summary>SSH open to the internet through the SDK (SR3005). Each flagged line says which rule fires.</summary>
public static class InsecureSecurityGroups
{
    public static async Task RunAsync(IAmazonEC2 ec2, string groupId)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new IpPermission
                {
                    IpProtocol = "tcp",
                    FromPort = 22,
                    ToPort = 22,
                    Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } }, // SR3005 (no automatic fix)
                },
            },
        });
    }
}

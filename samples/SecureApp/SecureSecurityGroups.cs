using Amazon.EC2;
using Amazon.EC2.Model;

namespace SecureApp;

/// <summary>HTTPS open to the world, SSH from a private range only (the secure side of SR3005).</summary>
public static class SecureSecurityGroups
{
    public static async Task RunAsync(IAmazonEC2 ec2, string groupId)
    {
        await ec2.AuthorizeSecurityGroupIngressAsync(new AuthorizeSecurityGroupIngressRequest
        {
            GroupId = groupId,
            IpPermissions = new List<IpPermission>
            {
                new IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "0.0.0.0/0" } } },
                new IpPermission { IpProtocol = "tcp", FromPort = 22, ToPort = 22, Ipv4Ranges = new List<IpRange> { new IpRange { CidrIp = "10.0.0.0/8" } } },
            },
        });
    }
}

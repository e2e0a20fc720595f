using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Constructs;

namespace InsecureCdkApp;

/// <summary>Administration and data ports open to the internet (SR3005). Each flagged line says which rule fires.</summary>
public class InsecureNetworkStack : Stack
{
    public InsecureNetworkStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");
        var sg = new SecurityGroup(this, "Bastion", new SecurityGroupProps { Vpc = vpc });

        sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(22), "ssh from anywhere"); // SR3005 (no automatic fix)
        sg.AddIngressRule(Peer.AnyIpv6(), Port.AllTraffic()); // SR3005 (no automatic fix)

        _ = new CfnSecurityGroupIngress(this, "Rdp", new CfnSecurityGroupIngressProps
        {
            GroupId = sg.SecurityGroupId,
            IpProtocol = "tcp",
            FromPort = 3389,
            ToPort = 3389,
            CidrIp = "0.0.0.0/0", // SR3005 (no automatic fix)
        });
    }
}

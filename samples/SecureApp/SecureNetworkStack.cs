using Amazon.CDK;
using Amazon.CDK.AWS.EC2;
using Constructs;

namespace SecureApp;

/// <summary>Only web ports open to the world; administration from a private range (the secure side of SR3005).</summary>
public class SecureNetworkStack : Stack
{
    public SecureNetworkStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var vpc = new Vpc(this, "Vpc");
        var web = new SecurityGroup(this, "Web", new SecurityGroupProps { Vpc = vpc });
        web.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443), "https");
        web.AddIngressRule(Peer.Ipv4("10.0.0.0/8"), Port.Tcp(22), "ssh from the corporate network");

        var db = new SecurityGroup(this, "Db", new SecurityGroupProps { Vpc = vpc });
        db.AddIngressRule(web, Port.Tcp(5432), "from the web tier");
    }
}

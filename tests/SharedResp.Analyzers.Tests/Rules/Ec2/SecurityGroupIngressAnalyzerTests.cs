using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = SharedResp.Analyzers.Tests.Infrastructure.Verify<SharedResp.Analyzers.Rules.Ec2.SecurityGroupIngressAnalyzer>;

namespace SharedResp.Analyzers.Tests.Rules.Ec2;

/// <summary>SR3005 — security group open to the internet on a sensitive port.</summary>
public class SecurityGroupIngressAnalyzerTests
{
    [Fact]
    public async Task Cdk_AddIngressRule_WorldOnSensitivePort_IsReported()
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
                    var sg = new SecurityGroup(this, "Sg", new SecurityGroupProps { Vpc = vpc });
                    {|#0:sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(22))|};
                    [|sg.AddIngressRule(Peer.AnyIpv6(), Port.RDP, "rdp")|];
                    [|sg.AddIngressRule(Peer.Ipv4("0.0.0.0/0"), Port.TcpRange(3300, 3400))|];
                    [|sg.AddIngressRule(Peer.Ipv6("::/0"), Port.AllTcp())|];
                    {|#1:sg.AddIngressRule(Peer.AnyIpv4(), Port.AllTraffic())|};
                    ISecurityGroup imported = SecurityGroup.FromSecurityGroupId(this, "Imported", "sg-1");
                    [|imported.AddIngressRule(Peer.AnyIpv4(), Port.POSTGRES)|];
                    var anywhere = Peer.AnyIpv4();
                    var redis = Port.Tcp(6379);
                    [|sg.AddIngressRule(anywhere, redis)|];
                }
            }
            """)
            .Expect(
                VerifyCS.Diagnostic().WithLocation(0).WithArguments("AddIngressRule", "TCP port 22 (SSH)", "0.0.0.0/0", "allow only known address ranges or security groups, or reach the host through Session Manager, a VPN or a load balancer"),
                VerifyCS.Diagnostic().WithLocation(1).WithArguments("AddIngressRule", "all ports and protocols", "0.0.0.0/0", "allow only known address ranges or security groups, or reach the host through Session Manager, a VPN or a load balancer"))
            .ValidateAsync();
    }

    [Fact]
    public async Task Cdk_Connections_AreReported()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Amazon.CDK.AWS.RDS;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, Instance_ host, DatabaseInstance db) : base(scope, id)
                {
                    [|host.Connections.AllowFromAnyIpv4(Port.Tcp(3389))|];
                    [|host.Connections.AllowFrom(Peer.AnyIpv4(), Port.Tcp(6379))|];
                    [|db.Connections.AllowDefaultPortFromAnyIpv4()|];
                    [|db.Connections.AllowDefaultPortFrom(Peer.AnyIpv6())|];
                }
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task L1AndSdk_WorldCidrOnSensitivePort_IsReportedAtTheCidr()
    {
        await VerifyCS.Code("""
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;
            using Sdk = Amazon.EC2.Model;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id) : base(scope, id)
                {
                    new CfnSecurityGroup(this, "Sg", new CfnSecurityGroupProps
                    {
                        GroupDescription = "db",
                        SecurityGroupIngress = new object[]
                        {
                            new CfnSecurityGroup.IngressProperty { IpProtocol = "tcp", FromPort = 5432, ToPort = 5432, CidrIp = [|"0.0.0.0/0"|] },
                            new CfnSecurityGroup.IngressProperty { IpProtocol = "-1", CidrIpv6 = [|"::/0"|] },
                        },
                    });
                    new CfnSecurityGroupIngress(this, "In", new CfnSecurityGroupIngressProps { GroupId = "sg-1", IpProtocol = "tcp", FromPort = 27017, ToPort = 27017, CidrIp = [|"0.0.0.0/0"|] });
                }

                static Sdk.AuthorizeSecurityGroupIngressRequest Request() => new Sdk.AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = "sg-1",
                    IpPermissions = new List<Sdk.IpPermission>
                    {
                        new Sdk.IpPermission
                        {
                            IpProtocol = "tcp",
                            FromPort = 22,
                            ToPort = 22,
                            Ipv4Ranges = new List<Sdk.IpRange> { new Sdk.IpRange { CidrIp = [|"0.0.0.0/0"|], Description = "ssh" } },
                        },
                        new Sdk.IpPermission { IpProtocol = "-1", Ipv6Ranges = new List<Sdk.Ipv6Range> { new Sdk.Ipv6Range { CidrIpv6 = [|"::/0"|] } } },
                    },
                };
            }
            """).ValidateAsync();
    }

    [Fact]
    public async Task WebPortsPrivateRangesEgressAndUnknowns_AreNotReported()
    {
        await VerifyCS.Code("""
            using System.Collections.Generic;
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;
            using Sdk = Amazon.EC2.Model;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc, IPeer peer, Port port, int sshPort, Instance_ host) : base(scope, id)
                {
                    var sg = new SecurityGroup(this, "Sg", new SecurityGroupProps { Vpc = vpc });
                    // Web tiers: 80 and 443 open to the world are normal.
                    sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(443));
                    sg.AddIngressRule(Peer.AnyIpv6(), Port.HTTP);
                    host.Connections.AllowFromAnyIpv4(Port.HTTPS);
                    // Private ranges and other security groups.
                    sg.AddIngressRule(Peer.Ipv4("10.0.0.0/8"), Port.Tcp(22));
                    sg.AddIngressRule(Peer.Ipv4("203.0.113.7/32"), Port.Tcp(3389));
                    sg.AddIngressRule(sg, Port.AllTraffic());
                    sg.AddEgressRule(Peer.AnyIpv4(), Port.AllTraffic());
                    sg.AddIngressRule(Peer.AnyIpv4(), Port.IcmpPing());
                    // Values the analyzer cannot evaluate.
                    sg.AddIngressRule(peer, Port.Tcp(22));
                    sg.AddIngressRule(Peer.AnyIpv4(), port);
                    sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(sshPort));
                    var changing = Peer.AnyIpv4();
                    changing = Peer.Ipv4("10.0.0.0/8");
                    sg.AddIngressRule(changing, Port.Tcp(22));
                    // Load balancers: the default port is the listener's.
                    new CfnSecurityGroupIngress(this, "Web", new CfnSecurityGroupIngressProps { GroupId = "sg-1", IpProtocol = "tcp", FromPort = 443, ToPort = 443, CidrIp = "0.0.0.0/0" });
                    new CfnSecurityGroupIngress(this, "Vpn", new CfnSecurityGroupIngressProps { GroupId = "sg-1", IpProtocol = "tcp", FromPort = 22, ToPort = 22, CidrIp = "10.0.0.0/8" });
                }

                // Egress with the same IpPermission type is not ingress.
                static Sdk.AuthorizeSecurityGroupEgressRequest Egress() => new Sdk.AuthorizeSecurityGroupEgressRequest
                {
                    GroupId = "sg-1",
                    IpPermissions = new List<Sdk.IpPermission>
                    {
                        new Sdk.IpPermission { IpProtocol = "-1", Ipv4Ranges = new List<Sdk.IpRange> { new Sdk.IpRange { CidrIp = "0.0.0.0/0" } } },
                    },
                };

                static Sdk.AuthorizeSecurityGroupIngressRequest Https() => new Sdk.AuthorizeSecurityGroupIngressRequest
                {
                    GroupId = "sg-1",
                    IpPermissions = new List<Sdk.IpPermission>
                    {
                        new Sdk.IpPermission { IpProtocol = "tcp", FromPort = 443, ToPort = 443, Ipv4Ranges = new List<Sdk.IpRange> { new Sdk.IpRange { CidrIp = "0.0.0.0/0" } } },
                    },
                };
            }
            """).ValidateAsync();
    }

    [Fact]
    public void SensitivePortsOption_ParsesPortsAndRanges_AndRejectsInvalidValues()
    {
        var parsed = SensitivePorts.Parse("22, 8000-8100 ,3389");
        Assert.NotNull(parsed);
        Assert.Equal(new[] { (22, 22), (8000, 8100), (3389, 3389) }, parsed!.Select(p => (p.From, p.To)).ToArray());
        Assert.Null(SensitivePorts.Parse("ssh"));
        Assert.Null(SensitivePorts.Parse("70000"));
        Assert.Null(SensitivePorts.Parse("9000-8000"));
        Assert.Null(SensitivePorts.Parse(""));
    }

    [Fact]
    public async Task SensitivePortsOption_ReplacesTheDefaultSet()
    {
        await VerifyCS.Code("""
            using Amazon.CDK;
            using Amazon.CDK.AWS.EC2;
            using Constructs;

            class MyStack : Stack
            {
                public MyStack(Construct scope, string id, IVpc vpc) : base(scope, id)
                {
                    var sg = new SecurityGroup(this, "Sg", new SecurityGroupProps { Vpc = vpc });
                    [|sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(8080))|];
                    sg.AddIngressRule(Peer.AnyIpv4(), Port.Tcp(22));
                }
            }
            """)
            .WithOptions("dotnet_diagnostic.SR3005.sensitive_ports = 8080, 9000-9100")
            .ValidateAsync();
    }
}

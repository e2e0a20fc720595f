using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Ec2;

/// <summary>
/// SR3005 — security group ingress from <c>0.0.0.0/0</c> or <c>::/0</c> that reaches a sensitive port (SSH, RDP,
/// databases, caches, Docker, ...; configurable with <c>sharedresp.SR3005.sensitive_ports</c>) or all
/// ports/protocols. CDK <c>AddIngressRule</c>, <c>Connections.AllowFrom</c> / <c>AllowFromAnyIpv4</c> /
/// <c>AllowDefaultPortFromAnyIpv4</c> (data stores), L1 <c>CfnSecurityGroup</c> ingress and
/// <c>CfnSecurityGroupIngress</c>, SDK <c>IpPermission</c> ranges in an <c>AuthorizeSecurityGroupIngressRequest</c>.
/// Values the analyzer cannot evaluate (a peer or port from a variable) are never reported.
/// </summary>
public sealed class SecurityGroupIngressAnalyzer : SharedRespRule
{
    private const string Port = "Amazon.CDK.AWS.EC2.Port";
    private const string Peer = "Amazon.CDK.AWS.EC2.Peer";
    private const string Remedy = "allow only known address ranges or security groups, or reach the host through Session Manager, a VPN or a load balancer";

    /// <summary>The CDK <c>Port</c> static members and the TCP (or UDP) port they stand for.</summary>
    private static readonly (string Member, string Protocol, int Port)[] CdkPortMembers =
    {
        ("SSH", "tcp", 22), ("RDP", "tcp", 3389), ("MSSQL", "tcp", 1433), ("MYSQL_AURORA", "tcp", 3306), ("POSTGRES", "tcp", 5432),
        ("SMB", "tcp", 445), ("HTTP", "tcp", 80), ("HTTPS", "tcp", 443), ("LDAP", "tcp", 389), ("NFS", "tcp", 2049), ("SMTP", "tcp", 25),
        ("DNS_TCP", "tcp", 53), ("DNS_UDP", "udp", 53), ("IMAP", "tcp", 143), ("IMAPS", "tcp", 993), ("POP3", "tcp", 110), ("POP3S", "tcp", 995),
    };

    /// <summary>Namespaces of data stores whose <c>Connections.AllowDefaultPortFromAnyIpv4()</c> exposes a database or cache port.</summary>
    private static readonly string[] DataStoreNamespaces =
    {
        "Amazon.CDK.AWS.RDS", "Amazon.CDK.AWS.DocDB", "Amazon.CDK.AWS.Redshift", "Amazon.CDK.AWS.Neptune", "Amazon.CDK.AWS.ElastiCache",
        "Amazon.CDK.AWS.OpenSearchService", "Amazon.CDK.AWS.Elasticsearch", "Amazon.CDK.AWS.EFS", "Amazon.CDK.AWS.MSK", "Amazon.CDK.AWS.FSx",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3005_SecurityGroupOpenToInternet);

    internal override void Declare(RuleEngine rules)
    {
        var aws = rules.Aws;
        // CDK L2.
        rules.OnInvoked("Amazon.CDK.AWS.EC2.ISecurityGroup", "AddIngressRule", static (in InvocationContext c) => ReportRule(c, "AddIngressRule", peerOrdinal: 0, portOrdinal: 1));
        rules.OnInvoked("Amazon.CDK.AWS.EC2.Connections_", "AllowFrom", static (in InvocationContext c) => ReportRule(c, "Connections.AllowFrom", peerOrdinal: 0, portOrdinal: 1));
        rules.OnInvoked("Amazon.CDK.AWS.EC2.Connections_", "AllowFromAnyIpv4", static (in InvocationContext c) => ReportRule(c, "Connections.AllowFromAnyIpv4", peerOrdinal: -1, portOrdinal: 0));
        rules.OnInvoked("Amazon.CDK.AWS.EC2.Connections_", "AllowDefaultPortFromAnyIpv4", static (in InvocationContext c) => ReportDefaultPort(c, "0.0.0.0/0"));
        rules.OnInvoked("Amazon.CDK.AWS.EC2.Connections_", "AllowDefaultPortFrom", static (in InvocationContext c) =>
        {
            if (Argument(c.Invocation, 0) is { } peer && WorldSource(peer, c.Aws, c.Context) is { } source)
            {
                ReportDefaultPort(c, source);
            }
        });

        // CDK L1: CfnSecurityGroup.IngressProperty and CfnSecurityGroupIngress(Props).
        foreach (var type in new[] { "Amazon.CDK.AWS.EC2.CfnSecurityGroup+IngressProperty", "Amazon.CDK.AWS.EC2.CfnSecurityGroupIngressProps", "Amazon.CDK.AWS.EC2.CfnSecurityGroupIngress" })
        {
            var what = type.EndsWith("+IngressProperty", StringComparison.Ordinal) ? "CfnSecurityGroup ingress" : "CfnSecurityGroupIngress";
            foreach (var property in new[] { "CidrIp", "CidrIpv6" })
            {
                rules.OnPropertyAssigned(type, property, (in PropertyAssignmentContext c) =>
                {
                    if (IsWorld(c.Value.AsString) && c.ConfiguredObject() is { } rule)
                    {
                        ReportPermission(c, rule, what, c.Value.AsString!);
                    }
                });
            }
        }

        // SDK: IpRange / Ipv6Range of an IpPermission given to AuthorizeSecurityGroupIngressRequest.
        foreach (var (type, property) in new[] { ("Amazon.EC2.Model.IpRange", "CidrIp"), ("Amazon.EC2.Model.Ipv6Range", "CidrIpv6") })
        {
            rules.OnPropertyAssigned(type, property, (in PropertyAssignmentContext c) =>
            {
                if (IsWorld(c.Value.AsString) && c.Assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation range } &&
                    ContainingCreation(range) is { } permission && permission.Type?.Name == "IpPermission" && FlowsInto(permission, c.Context))
                {
                    ReportPermission(c, ObjectConfiguration.Read(permission, c.Context.CancellationToken), "IpPermission", c.Value.AsString!);
                }
            });
        }
    }

    // ------------------------------------------------------------------ CDK L2

    private static void ReportRule(in InvocationContext c, string what, int peerOrdinal, int portOrdinal)
    {
        string source;
        if (peerOrdinal < 0)
        {
            source = "0.0.0.0/0";
        }
        else if (Argument(c.Invocation, peerOrdinal) is { } peer && WorldSource(peer, c.Aws, c.Context) is { } world)
        {
            source = world;
        }
        else
        {
            return;
        }

        if (Argument(c.Invocation, portOrdinal) is not { } portArgument || CdkPort(portArgument, c.Aws, c.Context) is not { } range)
        {
            return;
        }

        if (Exposure(range, SensitivePortsFor(c.Context, c.Invocation.Syntax.SyntaxTree)) is { } exposed)
        {
            c.Report(Descriptors.SR3005_SecurityGroupOpenToInternet, FixSpec.None, what, exposed, source, Remedy);
        }
    }

    private static void ReportDefaultPort(in InvocationContext c, string source)
    {
        // Only for data stores, whose default port is a database, cache or file-system port.
        if (c.Invocation.Instance is IPropertyReferenceOperation { Property.Name: "Connections", Instance.Type: { } owner } &&
            IsDataStore(owner))
        {
            c.Report(Descriptors.SR3005_SecurityGroupOpenToInternet, FixSpec.None, c.Invocation.TargetMethod.Name, "the default port of " + owner.Name, source, Remedy);
        }
    }

    private static bool IsDataStore(ITypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return Array.IndexOf(DataStoreNamespaces, ns) >= 0;
    }

    /// <summary>"0.0.0.0/0" or "::/0" when the peer is <c>Peer.AnyIpv4()</c>, <c>Peer.AnyIpv6()</c>, <c>Peer.Ipv4("0.0.0.0/0")</c> or <c>Peer.Ipv6("::/0")</c>.</summary>
    private static string? WorldSource(IOperation peer, AwsCompilationContext aws, AwsAnalysisContext context)
    {
        if (Resolve(peer, context) is not IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation ||
            !SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, aws.GetType(Peer)))
        {
            return null;
        }

        switch (method.Name)
        {
            case "AnyIpv4":
                return "0.0.0.0/0";
            case "AnyIpv6":
                return "::/0";
            case "Ipv4" or "Ipv6" when invocation.Arguments.Length > 0:
                var cidr = ValueEvaluator.Evaluate(invocation.Arguments[0].Value, context.CancellationToken).AsString;
                return IsWorld(cidr) ? cidr : null;
            default:
                return null;
        }
    }

    /// <summary>The protocol and port range of a CDK <c>Port</c> expression, or null when it is not known (or not TCP/UDP).</summary>
    private static PortRange? CdkPort(IOperation port, AwsCompilationContext aws, AwsAnalysisContext context)
    {
        var portType = aws.GetType(Port);
        switch (Resolve(port, context))
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when SymbolEqualityComparer.Default.Equals(property.ContainingType?.OriginalDefinition, portType):
                foreach (var (member, protocol, number) in CdkPortMembers)
                {
                    if (member == property.Name)
                    {
                        return new PortRange(protocol, number, number);
                    }
                }

                return null;

            case IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation when SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, portType):
                int? First() => invocation.Arguments.Length > 0 ? Number(invocation.Arguments[0].Value, context) : null;
                int? Second() => invocation.Arguments.Length > 1 ? Number(invocation.Arguments[1].Value, context) : null;
                return method.Name switch
                {
                    "AllTraffic" => new PortRange("-1", 0, 65535),
                    "AllTcp" => new PortRange("tcp", 0, 65535),
                    "AllUdp" => new PortRange("udp", 0, 65535),
                    "Tcp" when First() is { } p => new PortRange("tcp", p, p),
                    "Udp" when First() is { } p => new PortRange("udp", p, p),
                    "TcpRange" when First() is { } from && Second() is { } to => new PortRange("tcp", from, to),
                    "UdpRange" when First() is { } from && Second() is { } to => new PortRange("udp", from, to),
                    _ => null,
                };

            default:
                return null;
        }
    }

    // ------------------------------------------------------------------ L1 and SDK

    private static void ReportPermission(in PropertyAssignmentContext c, ObjectConfiguration rule, string what, string source)
    {
        if (!rule.TryGetAssignment("IpProtocol", out var protocolAssignment) ||
            ValueEvaluator.Evaluate(protocolAssignment.Value, c.Context.CancellationToken).AsString is not { } protocolText)
        {
            return;
        }

        var protocol = NormalizeProtocol(protocolText);
        PortRange range;
        if (protocol == "-1")
        {
            range = new PortRange("-1", 0, 65535);
        }
        else if (protocol is "tcp" or "udp")
        {
            if (!rule.TryGetAssignment("FromPort", out var fromAssignment) || !rule.TryGetAssignment("ToPort", out var toAssignment) ||
                Number(fromAssignment.Value, c.Context) is not { } from || Number(toAssignment.Value, c.Context) is not { } to)
            {
                return;
            }

            range = from == -1 || to == -1 ? new PortRange(protocol, 0, 65535) : new PortRange(protocol, from, to);
        }
        else
        {
            return;
        }

        if (Exposure(range, SensitivePortsFor(c.Context, c.Assignment.Syntax.SyntaxTree)) is { } exposed)
        {
            c.Report(Descriptors.SR3005_SecurityGroupOpenToInternet, FixSpec.None, what, exposed, source, Remedy);
        }
    }

    private static string NormalizeProtocol(string protocol) => protocol.Trim().ToLowerInvariant() switch
    {
        "-1" or "all" => "-1",
        "tcp" or "6" => "tcp",
        "udp" or "17" => "udp",
        var other => other,
    };

    /// <summary>The object creation whose initializer (directly, or through a collection initializer) holds <paramref name="creation"/>.</summary>
    private static IObjectCreationOperation? ContainingCreation(IOperation creation)
    {
        var current = creation;
        for (var depth = 0; depth < 16 && current.Parent is { } parent; depth++, current = parent)
        {
            if (parent is IObjectCreationOperation owner && current is IObjectOrCollectionInitializerOperation)
            {
                // current is the initializer of owner: the element belongs to owner (a list), keep climbing to its holder.
                if (owner.Type is INamedTypeSymbol { IsGenericType: true })
                {
                    continue;
                }

                return owner;
            }
        }

        return null;
    }

    /// <summary>True when the permission is in a list given to <paramref name="ingressPermissions"/> (in its initializer or later), written in place or through a local.</summary>
    /// <summary>True when the IpPermission is put in the IpPermissions list of an AuthorizeSecurityGroupIngressRequest.</summary>
    private static bool FlowsInto(IObjectCreationOperation permission, AwsAnalysisContext context)
    {
        var candidates = new List<IOperation> { permission };
        candidates.AddRange(ObjectConfiguration.Read(permission, context.CancellationToken).Uses);
        foreach (var use in candidates)
        {
            // new List<IpPermission> { permission }: an Add call of the collection initializer.
            var current = use;
            while (current.Parent is IConversionOperation or IArgumentOperation)
            {
                current = current.Parent;
            }

            if (current.Parent is IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation list } } &&
                ObjectConfiguration.Read(list, context.CancellationToken).FlowsTo("Amazon.EC2.Model.AuthorizeSecurityGroupIngressRequest", "IpPermissions"))
            {
                return true;
            }
        }

        return false;
    }

    // ------------------------------------------------------------------ shared

    private static string? Exposure(PortRange range, (int From, int To, string? Service)[] sensitive)
    {
        if (range.Protocol == "-1")
        {
            return "all ports and protocols";
        }

        var hits = new List<string>();
        foreach (var (from, to, service) in sensitive)
        {
            if (from <= range.To && to >= range.From)
            {
                var ports = from == to ? from.ToString(CultureInfo.InvariantCulture) : from.ToString(CultureInfo.InvariantCulture) + "-" + to.ToString(CultureInfo.InvariantCulture);
                hits.Add(service is null ? ports : ports + " (" + service + ")");
            }
        }

        if (hits.Count == 0)
        {
            return null;
        }

        var what = range.From == range.To ? range.Protocol.ToUpperInvariant() + " port " + hits[0] : range.Protocol.ToUpperInvariant() + " ports " + range.From.ToString(CultureInfo.InvariantCulture) + "-" + range.To.ToString(CultureInfo.InvariantCulture);
        if (range.From != range.To)
        {
            what += hits.Count > 4 ? ", including " + string.Join(", ", hits.GetRange(0, 4)) + " and " + (hits.Count - 4).ToString(CultureInfo.InvariantCulture) + " more sensitive ports" : ", including " + string.Join(", ", hits);
        }

        return what;
    }

    /// <summary>
    /// The sensitive ports for the file: <see cref="Options.SR3005SensitivePorts"/> (<c>sharedresp.SR3005.sensitive_ports</c>,
    /// formerly <c>dotnet_diagnostic.SR3005.sensitive_ports</c>), or the default set when absent or invalid.
    /// </summary>
    private static (int From, int To, string? Service)[] SensitivePortsFor(AwsAnalysisContext context, SyntaxTree tree) =>
        Options.SR3005SensitivePorts.Get(context.Options, tree);

    /// <summary>The expression itself, or what a local written once holds (<c>var ssh = Port.Tcp(22);</c>).</summary>
    private static IOperation? Resolve(IOperation operation, AwsAnalysisContext context)
    {
        var value = ValueEvaluator.SkipConversions(operation);
        if (value is ILocalReferenceOperation { Local: { RefKind: RefKind.None } local } reference)
        {
            value = ValueEvaluator.SkipConversions(LocalWrites.FindSingleWrite(reference, local, context.CancellationToken));
        }

        return value;
    }

    private static bool IsWorld(string? cidr) => cidr is not null && (cidr.Trim() == "0.0.0.0/0" || cidr.Trim() == "::/0");

    private static IOperation? Argument(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static int? Number(IOperation operation, AwsAnalysisContext context)
    {
        var value = ValueEvaluator.Evaluate(operation, context.CancellationToken);
        if (value.Kind != AwsValueKind.Constant)
        {
            return null;
        }

        return value.Constant switch
        {
            int i => i,
            double d when d == Math.Floor(d) && d >= -1 && d <= 65535 => (int)d,
            long l when l >= -1 && l <= 65535 => (int)l,
            _ => null,
        };
    }

    private sealed class PortRange
    {
        public PortRange(string protocol, int from, int to)
        {
            Protocol = protocol;
            From = Math.Min(from, to);
            To = Math.Max(from, to);
        }

        public string Protocol { get; }

        public int From { get; }

        public int To { get; }
    }
}

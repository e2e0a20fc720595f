using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SharedResp.Analyzers.Rules.Transport;

/// <summary>
/// SR3004 — an AWS client or pre-signed URL that uses plain HTTP: <c>UseHttp = true</c> on any <c>ClientConfig</c>
/// (AmazonS3Config, AmazonSQSConfig, ...), a <c>ServiceURL</c> starting with <c>http://</c> to a host that is not
/// local (see <see cref="IsLocalHost"/>) or allowed by <c>sharedresp.SR3004.allowed_http_hosts</c>
/// (<see cref="Options.SR3004AllowedHttpHosts"/>), and <c>GetPreSignedUrlRequest.Protocol = Protocol.HTTP</c>.
/// </summary>
public sealed class PlainHttpAnalyzer : SharedRespRule
{
    private const string ClientConfig = "Amazon.Runtime.ClientConfig";
    private const string S3Protocol = "Amazon.S3.Protocol";
    private const string HttpScheme = "http://";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SR3004_PlainHttp);

    internal override void Declare(RuleEngine rules)
    {
        rules.OnPropertyAssigned(ClientConfig, "UseHttp", static (in PropertyAssignmentContext c) =>
        {
            // "This does not apply if an explicit ServiceURL is specified" (AWSSDK.Core): the URL's own scheme decides.
            if (c.Value.IsTrue && !(c.ConfiguredObject() is { } configured && HasServiceUrl(configured)))
            {
                c.Report(
                    Descriptors.SR3004_PlainHttp,
                    FixSpec.Replace(FixValue.False),
                    c.Assignment.Target is IPropertyReferenceOperation { Instance.Type: { } config } ? config.Name + ".UseHttp = true" : "UseHttp = true",
                    "set UseHttp = false (the default)");
            }
        });

        rules.OnPropertyAssigned(ClientConfig, "ServiceURL", static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.AsString is { } url && url.StartsWith(HttpScheme, StringComparison.OrdinalIgnoreCase) && !IsLocalHost(url) &&
                !IsAllowedHost(url, Options.SR3004AllowedHttpHosts.Get(c.Context.Options, c.Assignment.Syntax.SyntaxTree)))
            {
                var secure = "https://" + url.Substring(HttpScheme.Length);
                c.Report(
                    Descriptors.SR3004_PlainHttp,
                    ValueEvaluator.SkipConversions(c.ValueOperation) is ILiteralOperation ? FixSpec.Replace(FixValue.String(secure)) : FixSpec.None,
                    "ServiceURL \"" + url + "\"",
                    "use \"" + secure + "\"");
            }
        });

        rules.OnPropertyAssigned("Amazon.S3.Model.GetPreSignedUrlRequest", "Protocol", static (in PropertyAssignmentContext c) =>
        {
            if (c.Value.IsEnumMember(c.Aws.GetType(S3Protocol), "HTTP"))
            {
                c.Report(
                    Descriptors.SR3004_PlainHttp,
                    FixSpec.Replace(FixValue.Member(S3Protocol, "HTTPS")),
                    "GetPreSignedUrlRequest.Protocol = Protocol.HTTP",
                    "use Protocol.HTTPS (the default)");
            }
        });
    }

    /// <summary>
    /// True when the last of ServiceURL / RegionEndpoint assigned is ServiceURL (they reset each other), whatever its
    /// value: UseHttp is then ignored, and the ServiceURL is checked on its own.
    /// </summary>
    private static bool HasServiceUrl(ObjectConfiguration config)
    {
        var hasServiceUrl = false;
        foreach (var assignment in config.Assignments)
        {
            if (assignment.Property.Name == "ServiceURL")
            {
                hasServiceUrl = true;
            }
            else if (assignment.Property.Name == "RegionEndpoint")
            {
                hasServiceUrl = false;
            }
        }

        return hasServiceUrl;
    }

    /// <summary>
    /// True for endpoints whose traffic stays on this machine or its container network, where plain HTTP is the usual
    /// way to reach a local emulator (LocalStack, MinIO, DynamoDB Local): <c>localhost</c> and <c>*.localhost</c>,
    /// 127.0.0.0/8, <c>[::1]</c>, <c>0.0.0.0</c>, <c>host.docker.internal</c>, <c>localhost.localstack.cloud</c> (and its
    /// subdomains, which resolve to 127.0.0.1), and single-label host names such as a Docker Compose service
    /// (<c>http://localstack:4566</c>), which cannot be resolved on the public internet.
    /// </summary>
    internal static bool IsLocalHost(string url)
    {
        var host = HostOf(url);
        if (host is null)
        {
            return false;
        }

        if (host.StartsWith("[", StringComparison.Ordinal))
        {
            return host is "[::1]" or "[0:0:0:0:0:0:0:1]";
        }

        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) ||
            host == "host.docker.internal" || host == "0.0.0.0" ||
            host == "localhost.localstack.cloud" || host.EndsWith(".localhost.localstack.cloud", StringComparison.Ordinal))
        {
            return true;
        }

        var parts = host.Split('.');
        if (parts.Length == 4 && Array.TrueForAll(parts, p => byte.TryParse(p, out _)))
        {
            return parts[0] == "127";
        }

        // A single label (no dot, not a number): a name on this machine's or container network's resolver only.
        return parts.Length == 1 && !int.TryParse(host, out _);
    }

    /// <summary>
    /// True when the URL's host is one the project allows plain HTTP to: an exact host name (without case, trailing
    /// dot ignored), or <c>*.suffix</c> for every host under <c>suffix</c> (not <c>suffix</c> itself).
    /// </summary>
    internal static bool IsAllowedHost(string url, ImmutableArray<string> allowed)
    {
        if (allowed.IsDefaultOrEmpty || HostOf(url) is not { } host)
        {
            return false;
        }

        foreach (var entry in allowed)
        {
            var pattern = entry.TrimEnd('.').ToLowerInvariant();
            if (pattern.StartsWith("*.", StringComparison.Ordinal)
                    ? host.Length > pattern.Length - 1 && host.EndsWith(pattern.Substring(1), StringComparison.Ordinal)
                    : host == pattern)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The host of an <c>http://</c> URL, lower case, without port, user info or trailing dot; IPv6 in brackets. Null when empty.</summary>
    private static string? HostOf(string url)
    {
        var rest = url.Substring(HttpScheme.Length);
        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        var authority = end < 0 ? rest : rest.Substring(0, end);
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            return (close < 0 ? authority : authority.Substring(0, close + 1)).ToLowerInvariant();
        }

        var colon = authority.IndexOf(':');
        var host = (colon < 0 ? authority : authority.Substring(0, colon)).TrimEnd('.').ToLowerInvariant();
        return host.Length == 0 ? null : host;
    }
}

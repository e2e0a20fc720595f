using System;

namespace SharedResp.Analyzers;

/// <summary>
/// The ports SR3005 treats as administration or data service ports: the default set, and the parser of
/// <see cref="Options.SR3005SensitivePorts"/> (<c>sharedresp.SR3005.sensitive_ports</c>).
/// </summary>
internal static class SensitivePorts
{
    /// <summary>The default sensitive ports (administration and data services), with the service each one is.</summary>
    public static readonly (int Port, string Service)[] Defaults =
    {
        (21, "FTP"), (22, "SSH"), (23, "Telnet"), (445, "SMB"), (1433, "SQL Server"), (1521, "Oracle"), (2375, "Docker"),
        (2376, "Docker TLS"), (3306, "MySQL"), (3389, "RDP"), (5432, "PostgreSQL"), (5439, "Redshift"), (6379, "Redis"),
        (9200, "Elasticsearch"), (11211, "Memcached"), (27017, "MongoDB"),
    };

    /// <summary>The default set: administration and data service ports, each with its service.</summary>
    public static (int From, int To, string? Service)[] DefaultSet()
    {
        var defaults = new (int, int, string?)[Defaults.Length];
        for (var i = 0; i < defaults.Length; i++)
        {
            defaults[i] = (Defaults[i].Port, Defaults[i].Port, Defaults[i].Service);
        }

        return defaults;
    }

    /// <summary>Parses "22, 3389, 8000-8100"; null when any part is not a port or range in 0-65535 (the default set then applies).</summary>
    public static (int From, int To, string? Service)[]? Parse(string text) =>
        TryParse(text, out var ports) ? ports : null;

    /// <summary>The option parser: <see cref="OptionParsers.TryParsePortRanges"/>, single ports named by their service.</summary>
    public static bool TryParse(string text, out (int From, int To, string? Service)[] ports)
    {
        if (!OptionParsers.TryParsePortRanges(text, out var ranges))
        {
            ports = Array.Empty<(int, int, string?)>();
            return false;
        }

        ports = new (int, int, string?)[ranges.Length];
        for (var i = 0; i < ranges.Length; i++)
        {
            var (from, to) = ranges[i];
            ports[i] = (from, to, from == to ? ServiceOf(from) : null);
        }

        return true;
    }

    private static string? ServiceOf(int port)
    {
        foreach (var (number, service) in Defaults)
        {
            if (number == port)
            {
                return service;
            }
        }

        return null;
    }
}

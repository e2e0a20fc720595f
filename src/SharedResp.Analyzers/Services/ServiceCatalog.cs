using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace SharedResp.Analyzers.Services;

/// <summary>Who secures one responsibility layer of one service.</summary>
internal enum LayerOwner
{
    /// <summary>AWS secures the layer (a "You:" part of the text may still be the customer's).</summary>
    Aws,

    /// <summary>The customer secures the layer.</summary>
    Yours,

    /// <summary>The layer does not apply to the service (no data, no code of yours in it).</summary>
    NotApplicable,
}

/// <summary>One layer of one service: its owner and what it means for that service.</summary>
internal sealed class LayerSplit
{
    public LayerSplit(string category, LayerOwner owner, string text)
    {
        Category = category;
        Owner = owner;
        Text = text;
    }

    /// <summary>The layer's category identifier (<see cref="RuleCategory"/>).</summary>
    public string Category { get; }

    public LayerOwner Owner { get; }

    public string Text { get; }
}

/// <summary>One AWS service of the shared-responsibility table (<c>aws-services.txt</c>).</summary>
internal sealed class AwsService
{
    public AwsService(string key, string name, ImmutableArray<string> sdkPrefixes, ImmutableArray<string> cdkPrefixes, ImmutableArray<string> awsSecures, ImmutableArray<LayerSplit> layers, string split, ImmutableArray<string> sources)
    {
        Key = key;
        Name = name;
        SdkPrefixes = sdkPrefixes;
        CdkPrefixes = cdkPrefixes;
        AwsSecures = awsSecures;
        Layers = layers;
        Split = split;
        Sources = sources;
    }

    /// <summary>The tag the rules use for this service (<c>S3</c>, <c>IAM</c>, <c>EC2</c>, ...).</summary>
    public string Key { get; }

    /// <summary>The display name (<c>Amazon S3</c>).</summary>
    public string Name { get; }

    public ImmutableArray<string> SdkPrefixes { get; }

    public ImmutableArray<string> CdkPrefixes { get; }

    /// <summary>What AWS secures for this service beyond <see cref="ServiceCatalog.CommonAwsSecures"/>.</summary>
    public ImmutableArray<string> AwsSecures { get; }

    /// <summary>One entry per layer, in <see cref="ServiceCatalog.Layers"/> order.</summary>
    public ImmutableArray<LayerSplit> Layers { get; }

    /// <summary>One sentence: "AWS secures ..., and you secure ...".</summary>
    public string Split { get; }

    public ImmutableArray<string> Sources { get; }

    public LayerSplit Layer(string category)
    {
        foreach (var layer in Layers)
        {
            if (layer.Category == category)
            {
                return layer;
            }
        }

        throw new ArgumentException("Unknown layer " + category, nameof(category));
    }
}

/// <summary>
/// The shared-responsibility table, read once from the embedded <c>Services/aws-services.txt</c> (its header names
/// its sources and its format). The one place that says which SDK/CDK types belong to which service and who secures
/// which layer of it; SR9001 and <c>sharedresp map</c> both read it.
/// </summary>
internal sealed class ServiceCatalog
{
    public const string ResourceName = "SharedResp.Analyzers.Services.aws-services.txt";

    private static readonly Lazy<ServiceCatalog> Instance = new(() => Parse(ReadResource()));

    private ServiceCatalog(ImmutableArray<string> commonAwsSecures, ImmutableArray<AwsService> services)
    {
        CommonAwsSecures = commonAwsSecures;
        Services = services;
        var prefixes = new List<(string Prefix, bool IsTypePrefix, AwsService Service)>();
        var byKey = new Dictionary<string, AwsService>(StringComparer.Ordinal);
        foreach (var service in services)
        {
            byKey[service.Key] = service;
            foreach (var prefix in service.SdkPrefixes.AddRange(service.CdkPrefixes))
            {
                var isTypePrefix = prefix.EndsWith("*", StringComparison.Ordinal);
                prefixes.Add((isTypePrefix ? prefix.Substring(0, prefix.Length - 1) : prefix, isTypePrefix, service));
            }
        }

        // Longest first: the first match is the most specific.
        prefixes.Sort(static (a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        Prefixes = prefixes.ToImmutableArray();
        ByKey = byKey;
    }

    public static ServiceCatalog Default => Instance.Value;

    /// <summary>The responsibility layers, in the order of the seed's "who secures it" table.</summary>
    public static ImmutableArray<string> Layers => RuleCategory.Layers;

    /// <summary>What AWS secures under every service: facilities, hardware, host OS and hypervisor, global network.</summary>
    public ImmutableArray<string> CommonAwsSecures { get; }

    /// <summary>Every service, in file order.</summary>
    public ImmutableArray<AwsService> Services { get; }

    /// <summary>Every prefix, longest first (type prefixes without their trailing <c>*</c>).</summary>
    public ImmutableArray<(string Prefix, bool IsTypePrefix, AwsService Service)> Prefixes { get; }

    private Dictionary<string, AwsService> ByKey { get; }

    public AwsService? Find(string key) => ByKey.TryGetValue(key, out var service) ? service : null;

    /// <summary>
    /// The service a type belongs to, from its namespace (<paramref name="containingNamespace"/>, e.g. <c>Amazon.S3.Model</c>)
    /// and the name of its outermost containing type: the longest matching prefix wins.
    /// </summary>
    public AwsService? ServiceOf(string containingNamespace, string outermostTypeName)
    {
        foreach (var (prefix, isTypePrefix, service) in Prefixes)
        {
            if (isTypePrefix)
            {
                // "Amazon.CDK.AWS.EC2.SecurityGroup" matches Amazon.CDK.AWS.EC2.SecurityGroupProps.
                var dot = prefix.LastIndexOf('.');
                if (dot > 0 &&
                    string.CompareOrdinal(containingNamespace, prefix.Substring(0, dot)) == 0 &&
                    outermostTypeName.StartsWith(prefix.Substring(dot + 1), StringComparison.Ordinal))
                {
                    return service;
                }
            }
            else if (containingNamespace.StartsWith(prefix, StringComparison.Ordinal) &&
                     (containingNamespace.Length == prefix.Length || containingNamespace[prefix.Length] == '.'))
            {
                return service;
            }
        }

        return null;
    }

    internal static string ReadResource()
    {
        using var stream = typeof(ServiceCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Missing embedded resource " + ResourceName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Parses the table; a malformed file throws (the tests read it, so it never ships malformed).</summary>
    internal static ServiceCatalog Parse(string text)
    {
        var common = ImmutableArray.CreateBuilder<string>();
        var services = ImmutableArray.CreateBuilder<AwsService>();
        Builder? current = null;
        var inCommon = false;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                if (current is not null)
                {
                    services.Add(current.Build());
                }

                var key = line.Substring(1, line.Length - 2).Trim();
                inCommon = key == "common";
                current = inCommon ? null : new Builder(key);
                continue;
            }

            var space = line.IndexOf(' ');
            if (space < 0)
            {
                throw Malformed(lineNumber, "expected '<field> <value>'");
            }

            var field = line.Substring(0, space);
            var value = line.Substring(space + 1).Trim();
            if (inCommon)
            {
                if (field != "aws")
                {
                    throw Malformed(lineNumber, "[common] has only 'aws' lines");
                }

                common.Add(value);
                continue;
            }

            if (current is null)
            {
                throw Malformed(lineNumber, "a field before the first [Service]");
            }

            switch (field)
            {
                case "name":
                    current.Name = value;
                    break;
                case "sdk":
                    current.Sdk.Add(value);
                    break;
                case "cdk":
                    current.Cdk.Add(value);
                    break;
                case "aws":
                    current.Aws.Add(value);
                    break;
                case "split":
                    current.Split = value;
                    break;
                case "source":
                    current.Sources.Add(value);
                    break;
                default:
                    if (Layers.IndexOf(field) < 0)
                    {
                        throw Malformed(lineNumber, "unknown field '" + field + "'");
                    }

                    var ownerEnd = value.IndexOf(' ');
                    var owner = ownerEnd < 0 ? value : value.Substring(0, ownerEnd);
                    current.Layers[field] = new LayerSplit(
                        field,
                        owner switch
                        {
                            "aws" => LayerOwner.Aws,
                            "yours" => LayerOwner.Yours,
                            "n/a" => LayerOwner.NotApplicable,
                            _ => throw Malformed(lineNumber, "owner must be aws, yours or n/a"),
                        },
                        ownerEnd < 0 ? string.Empty : value.Substring(ownerEnd + 1).Trim());
                    break;
            }
        }

        if (current is not null)
        {
            services.Add(current.Build());
        }

        return new ServiceCatalog(common.ToImmutable(), services.ToImmutable());
    }

    private static FormatException Malformed(int line, string message) =>
        new("aws-services.txt line " + line + ": " + message);

    private sealed class Builder
    {
        public Builder(string key) => Key = key;

        public string Key { get; }

        public string? Name { get; set; }

        public string? Split { get; set; }

        public List<string> Sdk { get; } = new();

        public List<string> Cdk { get; } = new();

        public List<string> Aws { get; } = new();

        public List<string> Sources { get; } = new();

        public Dictionary<string, LayerSplit> Layers { get; } = new(StringComparer.Ordinal);

        public AwsService Build()
        {
            var layers = ImmutableArray.CreateBuilder<LayerSplit>(ServiceCatalog.Layers.Length);
            foreach (var category in ServiceCatalog.Layers)
            {
                if (!Layers.TryGetValue(category, out var layer))
                {
                    throw new FormatException("aws-services.txt [" + Key + "]: no " + category + " line");
                }

                layers.Add(layer);
            }

            if (Name is null || Split is null || Sources.Count == 0 || Sdk.Count + Cdk.Count == 0)
            {
                throw new FormatException("aws-services.txt [" + Key + "]: name, split, source and an sdk or cdk prefix are required");
            }

            return new AwsService(Key, Name, Sdk.ToImmutableArray(), Cdk.ToImmutableArray(), Aws.ToImmutableArray(), layers.MoveToImmutable(), Split, Sources.ToImmutableArray());
        }
    }
}

using System.Collections.Immutable;

namespace SharedResp.Analyzers;

/// <summary>
/// Diagnostic categories. One per "you secure it" layer of the AWS shared responsibility model.
/// The values are identifiers (no spaces) so that
/// <c>dotnet_analyzer_diagnostic.category-NetworkConfiguration.severity = error</c> works in .editorconfig.
/// </summary>
internal static class RuleCategory
{
    /// <summary>SR1xxx — encryption and classification of your data.</summary>
    public const string Data = "Data";

    /// <summary>SR2xxx — IAM users, roles and permissions.</summary>
    public const string AccessManagement = "AccessManagement";

    /// <summary>SR3xxx — security groups, bucket policies, public exposure.</summary>
    public const string NetworkConfiguration = "NetworkConfiguration";

    /// <summary>SR4xxx — guest OS and runtime patching.</summary>
    public const string GuestOsAndPatching = "GuestOSAndPatching";

    /// <summary>SR5xxx — your application code: secrets and dependencies.</summary>
    public const string ApplicationCode = "ApplicationCode";

    /// <summary>SR6xxx — audit trail and monitoring.</summary>
    public const string Monitoring = "Monitoring";

    /// <summary>SR0xxx — the package's own configuration (not a responsibility layer).</summary>
    public const string Configuration = "Configuration";

    /// <summary>The responsibility layers, in the order of the seed's "who secures it" table (not Configuration).</summary>
    public static ImmutableArray<string> Layers { get; } = ImmutableArray.Create(
        Data,
        AccessManagement,
        NetworkConfiguration,
        GuestOsAndPatching,
        ApplicationCode,
        Monitoring);

    /// <summary>The human-readable name of a layer, as the shared responsibility table names it.</summary>
    public static string LayerName(string category) => category switch
    {
        Data => "Data",
        AccessManagement => "Access management",
        NetworkConfiguration => "Network configuration",
        GuestOsAndPatching => "Guest OS and patching",
        ApplicationCode => "Application code",
        Monitoring => "Monitoring",
        _ => category,
    };
}

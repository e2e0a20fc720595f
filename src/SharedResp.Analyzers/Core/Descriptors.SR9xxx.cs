using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>The shared-responsibility map: SR9xxx, category ResponsibilityMap (opt-in notes, not findings). In ID order.</summary>
internal static partial class Descriptors
{
    /// <summary>The category of the map's notes: not a responsibility layer, so no layer-wide severity setting turns them on.</summary>
    public const string ResponsibilityMapCategory = "ResponsibilityMap";

    public static readonly DiagnosticDescriptor SR9001_ServiceResponsibilitySplit = Create(
        id: "SR9001",
        title: "AWS service in use: shared responsibility split",
        messageFormat: "{0} is used here; in the AWS shared responsibility model {1}",
        category: ResponsibilityMapCategory,
        severity: DiagnosticSeverity.Info,
        description: "An opt-in note at the first use of each AWS service in a project (an SDK client or request created, a client method called, a CDK construct created) that states what AWS secures for that service and what remains yours, from the table in src/SharedResp.Analyzers/Services/aws-services.txt. It is not a finding. Turn it on with dotnet_diagnostic.SR9001.severity = suggestion or SharedRespAnalysisMode=All; `sharedresp map` draws the same split for the whole solution with the findings against each layer.",
        tags: new[] { "SDK", "CDK", WellKnownDiagnosticTags.CompilationEnd },
        isEnabledByDefault: false);
}

using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>The package's own diagnostics: SR0xxx, category Configuration (its settings, not a responsibility layer). In ID order.</summary>
internal static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SR0001_InvalidOptionValue = Create(
        id: "SR0001",
        title: "SharedResp option value is not valid",
        messageFormat: "The .editorconfig option {0} has the value \"{1}\", which is not valid: expected {2}; the default is used instead: {3}",
        category: RuleCategory.Configuration,
        severity: DiagnosticSeverity.Warning,
        description: "A sharedresp.* option in .editorconfig or .globalconfig could not be read. The analyzers never fail on a bad value: the rule uses the option's default, which may report more or less than you configured. Fix the value as the message says.",
        tags: new[] { "Configuration" });
}

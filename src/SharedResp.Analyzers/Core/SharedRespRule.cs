using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SharedResp.Analyzers;

/// <summary>
/// Base of every SharedResp rule: its descriptors and what it watches, declared on the <see cref="RuleEngine"/> in
/// <see cref="Declare"/>. A rule registers nothing with Roslyn itself and is not an analyzer: the package's one
/// analyzer, <see cref="CatalogAnalyzer"/>, runs every rule on one engine (one pass over the syntax for the whole
/// catalog); a rule's tests run it alone through the same analyzer (<c>new CatalogAnalyzer(new[] { rule })</c>).
/// Rule classes keep their historical <c>*Analyzer</c> names (the tests, docs and benchmark use them).
/// </summary>
public abstract class SharedRespRule
{
    /// <summary>The descriptors the rule reports (one per rule, by the catalog's convention).</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Declares what the rule watches, once per compilation that references the AWS SDK or the CDK and has the rule on.</summary>
    internal abstract void Declare(RuleEngine rules);
}


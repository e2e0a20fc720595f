using System.Text.RegularExpressions;
using Xunit;

namespace SharedResp.Cli.Tests;

public sealed class RuleMappingsTests
{
    [Fact]
    public void Every_shipped_rule_has_at_least_one_cwe()
    {
        // SR9xxx are notes (the shared-responsibility map), not weaknesses: no CWE.
        var unmapped = RuleCatalog.Rules.Where(r => !r.Id.StartsWith("SR9", StringComparison.Ordinal) && RuleMappings.For(r.Id) is not { Cwe.IsEmpty: false }).Select(r => r.Id).ToList();
        Assert.True(unmapped.Count == 0, "Add these rules to src/SharedResp.Cli/RuleMappings.cs: " + string.Join(", ", unmapped));
    }

    [Fact]
    public void Mapped_ids_are_well_formed()
    {
        foreach (var id in RuleMappings.MappedIds)
        {
            Assert.Matches(new Regex(@"^SR[1-6]\d{3}$"), id);
            var mapping = RuleMappings.For(id)!;
            Assert.All(mapping.Cwe, cwe => Assert.Matches(new Regex(@"^CWE-\d+$"), cwe));
            Assert.All(mapping.SecurityHubControls, control => Assert.Matches(new Regex(@"^[A-Za-z0-9]+\.\d+$"), control));
        }
    }
}

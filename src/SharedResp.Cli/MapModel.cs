using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SharedResp.Analyzers;
using SharedResp.Analyzers.Services;

namespace SharedResp.Cli;

/// <summary>The state of one layer of one service in one project, as the map shows it (always as text, never colour alone).</summary>
internal enum CellState
{
    /// <summary>AWS secures this layer for this service.</summary>
    Aws,

    /// <summary>Yours, and the rules that check it found nothing.</summary>
    YoursClean,

    /// <summary>Yours, and no SharedResp rule checks this layer of this service: nothing is claimed.</summary>
    YoursNotChecked,

    /// <summary>Yours, with findings.</summary>
    YoursFindings,

    /// <summary>The layer does not apply to the service.</summary>
    NotApplicable,
}

/// <summary>One cell of the grid.</summary>
internal sealed record MapCell(string Category, CellState State, string Text, ImmutableArray<DiagnosticDescriptor> Rules, ImmutableArray<Finding> Findings)
{
    public string Label => State switch
    {
        CellState.Aws => "AWS",
        CellState.YoursClean => "Yours – clean",
        CellState.YoursNotChecked => "Yours – not checked",
        CellState.YoursFindings => Findings.Length == 1 ? "Yours – 1 finding" : $"Yours – {Findings.Length} findings",
        _ => "n/a",
    };

    public string CssClass => State switch
    {
        CellState.Aws => "aws",
        CellState.YoursClean => "clean",
        CellState.YoursNotChecked => "unchecked",
        CellState.YoursFindings => "findings",
        _ => "na",
    };
}

/// <summary>One service a project uses: where it is first used (null when only a finding names it) and its cells.</summary>
internal sealed record MapRow(AwsService Service, string? FirstUse, ImmutableArray<MapCell> Cells);

internal sealed record ProjectMap(string Name, ImmutableArray<MapRow> Rows);

/// <summary>The whole map: what AWS secures for every service shown, and one grid per project.</summary>
internal sealed record MapReport(string Title, ImmutableArray<string> CommonAwsSecures, ImmutableArray<AwsService> Services, ImmutableArray<ProjectMap> Projects)
{
    public static ImmutableArray<string> Layers => ServiceCatalog.Layers;

    /// <summary>A map whose projects use no service (tests of the writers).</summary>
    public static MapReport WithoutServices(string title, ImmutableArray<string> commonAwsSecures, ImmutableArray<ProjectMap> projects) =>
        new(title, commonAwsSecures, [], projects);

    public static string LayerName(string category) => RuleCategory.LayerName(category);

    /// <summary>Builds the cells of one service from the table and the findings mapped to it.</summary>
    public static MapRow Row(AwsService service, string? firstUse, IReadOnlyList<Finding> findings)
    {
        var cells = ImmutableArray.CreateBuilder<MapCell>(Layers.Length);
        foreach (var category in Layers)
        {
            var layer = service.Layer(category);
            var inLayer = findings.Where(f => f.Category == category).ToImmutableArray();
            var rules = RulesFor(service, category);
            var state = inLayer.Length > 0
                ? CellState.YoursFindings
                : layer.Owner switch
                {
                    LayerOwner.Aws => CellState.Aws,
                    LayerOwner.NotApplicable => CellState.NotApplicable,
                    _ => rules.IsEmpty ? CellState.YoursNotChecked : CellState.YoursClean,
                };
            cells.Add(new MapCell(category, state, layer.Text, rules, inLayer));
        }

        return new MapRow(service, firstUse, cells.MoveToImmutable());
    }

    /// <summary>The rules that check one layer of one service: the layer's category and the service's tag.</summary>
    public static ImmutableArray<DiagnosticDescriptor> RulesFor(AwsService service, string category) =>
        Descriptors.All.Where(d => d.Category == category && d.CustomTags.Contains(service.Key)).ToImmutableArray();
}

namespace Fnavdl.Core.Schema.Definition;

/// <summary>Every table of the data contract, in the lake's order (projets, its bridges, suivi, enveloppes, depots).</summary>
public static class TableCatalog
{
    public static IReadOnlyList<TableDefinition> All { get; } =
    [
        ProjetsDefinition.Table,
        BridgeDefinitions.Thematiques, BridgeDefinitions.Departements, BridgeDefinitions.Epci, BridgeDefinitions.CoPorteurs,
        SuiviDefinition.Table,
        EnveloppesDefinition.Table,
        DepotsDefinition.Table,
    ];

    /// <summary>The tables whose rows come from a region's file, one per report kind.</summary>
    public static IReadOnlyList<TableDefinition> Reports { get; } = [.. All.Where(t => t.Kind is not null)];

    public static TableDefinition For(ReportKind kind) => kind switch
    {
        ReportKind.Projets => ProjetsDefinition.Table,
        ReportKind.Suivi => SuiviDefinition.Table,
        ReportKind.Enveloppes => EnveloppesDefinition.Table,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TableDefinition? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}

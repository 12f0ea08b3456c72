using Fnavdl.Core.Storage;
using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The dimension tables of the gold area, for Power BI and DuckDB users who relate codes to names:
/// <c>regions</c> (<c>code_region</c>, <c>libelle_region</c>: the 18 regions of the reference) and
/// <c>thematiques</c> (<c>thematique</c>, <c>libelle_thematique</c>: the spec's theme vocabulary and <c>autre</c>).
/// Written beside the indicators on each computation; the same reference gives the same bytes.
/// </summary>
public static class GoldDimensions
{
    /// <summary>A dimension table: its name, its two columns, what it is (French, for the view scripts) and its rows.</summary>
    public sealed record Table(string Name, string KeyColumn, string LabelColumn, string About, IReadOnlyList<(string Code, string Label)> Rows);

    public static IReadOnlyList<Table> Tables { get; } =
    [
        new(GoldLayout.Regions, "code_region", "libelle_region",
            "Les 18 régions : code INSEE (texte, « 01 » à « 94 ») et nom.", IndicatorLabels.Regions),
        new(GoldLayout.Thematiques, "thematique", "libelle_thematique",
            "Les thématiques de la nomenclature FNAVDL, et « autre » : code et libellé.", IndicatorLabels.Themes),
    ];

    /// <summary>Writes (replaces) every dimension table.</summary>
    public static async Task WriteAsync(IFileArea gold, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        foreach (var table in Tables)
        {
            using var buffer = new MemoryStream();
            await WriteAsync(buffer, table, ct);
            buffer.Position = 0;
            await gold.WriteAsync(GoldLayout.DimensionFile(table.Name), buffer, ct);
        }
    }

    private static async Task WriteAsync(Stream output, Table table, CancellationToken ct)
    {
        var key = new DataField<string>(table.KeyColumn, false);
        var label = new DataField<string>(table.LabelColumn, false);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(key, label), output,
            new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, append: false, ct);
        using var rowGroup = writer.CreateRowGroup();
        await rowGroup.WriteAsync(key, [.. table.Rows.Select(r => r.Code)], null);
        await rowGroup.WriteAsync(label, [.. table.Rows.Select(r => r.Label)], null);
        rowGroup.CompleteValidate();
    }
}

using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Lake;

/// <summary>The lineage columns every fact table ends with (spec, "Derived fields").</summary>
internal static class LineageColumns
{
    public static IEnumerable<LakeColumn<TRow>> For<TRow>(Lineage lineage, Func<TRow, string?> sheet, Func<TRow, int> row) =>
    [
        Column.Text<TRow>("source_chemin", _ => lineage.SourcePath),
        Column.Text<TRow>("source_sha256", _ => lineage.FileSha256),
        Column.OptionalText("source_feuille", sheet),
        Column.Int32("source_ligne", row),
        Column.Text<TRow>("id_ingestion", _ => lineage.IngestionId),
        Column.TimestampUtc<TRow>("horodatage_depot", _ => lineage.UploadedAt),
    ];
}

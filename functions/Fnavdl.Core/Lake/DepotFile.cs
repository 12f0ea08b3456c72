using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;

namespace Fnavdl.Core.Lake;

/// <summary>
/// A unit's <c>depots</c> file: one row, the deposit's lineage (<see cref="DepotsDefinition"/>). Written by each unit
/// writer beside its tables' files, under the same name, so it is committed, superseded and deleted with them.
/// </summary>
internal static class DepotFile
{
    private readonly record struct DepotRow(string CodeRegion, Lineage Lineage);

    private static LakeTable<DepotRow> Table { get; } = new ColumnValues<DepotRow>
    {
        { C.CodeRegion.Name, r => r.CodeRegion },
        { C.IdIngestion.Name, r => r.Lineage.IngestionId },
        { C.HorodatageDepot.Name, r => r.Lineage.UploadedAt },
        { C.SourceSha256.Name, r => r.Lineage.FileSha256 },
        { C.SourceChemin.Name, r => r.Lineage.SourcePath },
    }.Bind(DepotsDefinition.Table);

    /// <summary>Writes the one-row file at <paramref name="path"/> (relative to the curated area) and closes it.</summary>
    public static async Task WriteAsync(string path, string codeRegion, Lineage lineage, Func<string, Stream> openOutput, CancellationToken ct)
    {
        await using var file = await TableFileWriter<DepotRow>.OpenAsync(path, Table, openOutput, 1, ct);
        await file.AddAsync(new DepotRow(codeRegion, lineage), ct);
        await file.CompleteAsync(ct);
    }
}

using System.Globalization;
using Azure.Data.Tables;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Indicators.Refresh;

namespace Fnavdl.Azure;

/// <summary>
/// The indicators in the table "indicateurs": PartitionKey = annee, RowKey =
/// "perimetre|code_region|appel|indicateur|dimension" (absent parts empty) encoded with
/// <see cref="StorageKey"/>; properties are the spec's columns plus <c>ordre</c>, the row's rank in
/// the engine's output, so queries return the gold file's order. A replacement upserts the year's rows
/// in batches of 100 (one partition, one transaction each) and then deletes the rows no longer
/// present: a reader during a replacement may see a mix of two computations for a few hundred ms,
/// never a missing year.
/// </summary>
public sealed class TableIndicatorIndex(TableClient table) : IIndicatorIndex
{
    private const int BatchSize = 100;
    private const string Ordre = "ordre";

    public TableClient Table { get; } = table ?? throw new ArgumentNullException(nameof(table));

    public static string RowKeyOf(IndicatorRow r) =>
        StorageKey.Encode(string.Join('|', r.Perimetre, r.CodeRegion ?? "", r.AppelAProjets ?? "", r.Indicateur, r.Dimension ?? ""));

    public async Task ReplaceYearAsync(int annee, IReadOnlyList<IndicatorRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var partition = Key(annee);
        var entities = rows.Select((r, i) => ToEntity(partition, r, i)).ToList();
        var keep = entities.Select(e => e.RowKey).ToHashSet(StringComparer.Ordinal);
        foreach (var batch in entities.Chunk(BatchSize))
            await Table.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);

        var stale = new List<TableEntity>();
        await foreach (var existing in Table.QueryAsync<TableEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken))
            if (!keep.Contains(existing.RowKey))
                stale.Add(existing);
        foreach (var batch in stale.Chunk(BatchSize))
            await Table.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, e.RowKey))), cancellationToken);
    }

    public async Task<IReadOnlyList<IndicatorRow>> QueryAsync(int annee, string? perimetre, string? codeRegion, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Key(annee)}");
        if (perimetre is not null) filter += " and " + TableClient.CreateQueryFilter($"perimetre eq {perimetre}");
        if (codeRegion is not null) filter += " and " + TableClient.CreateQueryFilter($"code_region eq {codeRegion}");
        var found = new List<(int Ordre, IndicatorRow Row)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            found.Add((e.GetInt32(Ordre) ?? int.MaxValue, FromEntity(e)));
        return [.. found.OrderBy(f => f.Ordre).Select(f => f.Row)];
    }

    private static TableEntity ToEntity(string partition, IndicatorRow r, int ordre) => new(partition, RowKeyOf(r))
    {
        ["annee"] = r.Annee,
        ["perimetre"] = r.Perimetre,
        ["code_region"] = r.CodeRegion,
        ["appel_a_projets"] = r.AppelAProjets,
        ["indicateur"] = r.Indicateur,
        ["dimension"] = r.Dimension,
        ["valeur"] = r.Valeur,
        ["numerateur"] = r.Numerateur,
        ["denominateur"] = r.Denominateur,
        ["unite"] = r.Unite,
        [Ordre] = ordre,
    };

    private static IndicatorRow FromEntity(TableEntity e) => new(
        e.GetInt32("annee") ?? 0,
        e.GetString("perimetre") ?? "",
        e.GetString("code_region"),
        e.GetString("appel_a_projets"),
        e.GetString("indicateur") ?? "",
        e.GetString("dimension"),
        e.GetDouble("valeur") ?? 0,
        e.GetDouble("numerateur"),
        e.GetDouble("denominateur"),
        e.GetString("unite") ?? "");

    private static string Key(int annee) => annee.ToString(CultureInfo.InvariantCulture);
}

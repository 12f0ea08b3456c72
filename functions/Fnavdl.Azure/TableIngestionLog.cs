using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Fnavdl.Core.Storage;

namespace Fnavdl.Azure;

/// <summary>
/// The ingestion log in a table: one entity per processed file version.
/// PartitionKey = code_region (encoded with <see cref="StorageKey"/>), so a region's history is one
/// partition. RowKey = "{ProcessedAt UTC ticks, 19 digits}_{IngestionId}", so two records processed
/// in the same tick still get distinct keys — except for an accepted version: its RowKey is
/// "accepte_{IngestionId}_{UploadedAt UTC ticks}", inserted once, so of the concurrent or repeated
/// deliveries of one upload that all reach the commit, one is logged accepted and the others unchanged.
/// </summary>
internal sealed class TableIngestionLog : IIngestionLog
{
    // A string property holds at most 64 KiB (32 K UTF-16 characters); keep failures well under.
    private const int MaxFailureMessageLength = 8_000;

    private readonly TableClient _table;

    public TableIngestionLog(TableClient table) => _table = table ?? throw new ArgumentNullException(nameof(table));

    public static string RowKeyOf(IngestionRecord record) => record.Outcome == IngestionOutcome.Accepted
        ? "accepte_" + StorageKey.Encode(record.IngestionId) + "_" + record.UploadedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)
        : record.ProcessedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "_" + StorageKey.Encode(record.IngestionId);

    /// <summary>
    /// An accepted version is inserted (409 when it is already there: false, nothing changed), so of
    /// two deliveries racing, one is the accepted one. Any other record is upserted: appending it
    /// again (a retried call whose first attempt did land) leaves one entity.
    /// </summary>
    public async Task<bool> AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Outcome != IngestionOutcome.Accepted)
        {
            await _table.UpsertEntityAsync(ToEntity(record), TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        try
        {
            await _table.AddEntityAsync(ToEntity(record), cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// One region (its partition) or all regions, sorted by processing time in memory: accepted
    /// records are keyed by ingestion, not time, and the log holds one row per uploaded file
    /// version — thousands a year, not millions.
    /// </summary>
    public async IAsyncEnumerable<IngestionRecord> ListAsync(string? codeRegion = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = codeRegion is null
            ? _table.QueryAsync<TableEntity>(cancellationToken: cancellationToken)
            : _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {StorageKey.Encode(codeRegion)}"), cancellationToken: cancellationToken);
        var all = new List<(string RowKey, IngestionRecord Record)>();
        await foreach (var entity in query)
            all.Add((entity.RowKey, FromEntity(entity)));
        foreach (var (_, record) in all.OrderBy(r => r.Record.ProcessedAt).ThenBy(r => r.RowKey, StringComparer.Ordinal))
            yield return record;
    }

    internal static TableEntity ToEntity(IngestionRecord r)
    {
        var failure = r.FailureMessage is { Length: > MaxFailureMessageLength } long_
            ? long_[..MaxFailureMessageLength] + "…"
            : r.FailureMessage;
        return new TableEntity(StorageKey.Encode(r.CodeRegion), RowKeyOf(r))
        {
            [nameof(r.IngestionId)] = r.IngestionId,
            [nameof(r.CodeRegion)] = r.CodeRegion,
            [nameof(r.SourcePath)] = r.SourcePath,
            [nameof(r.Sha256)] = r.Sha256,
            [nameof(r.SizeBytes)] = r.SizeBytes,
            [nameof(r.Kind)] = r.Kind,
            [nameof(r.Outcome)] = r.Outcome.ToString(),
            // Table DateTime keeps 100 ns ticks but no offset: store both instants as UTC.
            [nameof(r.UploadedAt)] = r.UploadedAt.ToUniversalTime(),
            [nameof(r.ProcessedAt)] = r.ProcessedAt.ToUniversalTime(),
            [nameof(r.Rows)] = r.Rows,
            [nameof(r.Errors)] = r.Errors,
            [nameof(r.Warnings)] = r.Warnings,
            [nameof(r.UnitsWritten)] = JsonSerializer.Serialize(r.UnitsWritten),
            [nameof(r.UnitsSuperseded)] = JsonSerializer.Serialize(r.UnitsSuperseded),
            [nameof(r.ReportPath)] = r.ReportPath,
            [nameof(r.RawPath)] = r.RawPath,
            [nameof(r.ValidationMs)] = r.ValidationMs,
            [nameof(r.TotalMs)] = r.TotalMs,
            [nameof(r.FailureMessage)] = failure,
        };
    }

    internal static IngestionRecord FromEntity(TableEntity e) => new()
    {
        IngestionId = Required(e, nameof(IngestionRecord.IngestionId)),
        CodeRegion = Required(e, nameof(IngestionRecord.CodeRegion)),
        SourcePath = Required(e, nameof(IngestionRecord.SourcePath)),
        Sha256 = Required(e, nameof(IngestionRecord.Sha256)),
        SizeBytes = e.GetInt64(nameof(IngestionRecord.SizeBytes)) ?? 0,
        Kind = e.GetString(nameof(IngestionRecord.Kind)),
        Outcome = Enum.Parse<IngestionOutcome>(Required(e, nameof(IngestionRecord.Outcome))),
        UploadedAt = e.GetDateTimeOffset(nameof(IngestionRecord.UploadedAt)) ?? throw Missing(e, nameof(IngestionRecord.UploadedAt)),
        ProcessedAt = e.GetDateTimeOffset(nameof(IngestionRecord.ProcessedAt)) ?? throw Missing(e, nameof(IngestionRecord.ProcessedAt)),
        Rows = e.GetInt32(nameof(IngestionRecord.Rows)) ?? 0,
        Errors = e.GetInt32(nameof(IngestionRecord.Errors)) ?? 0,
        Warnings = e.GetInt32(nameof(IngestionRecord.Warnings)) ?? 0,
        UnitsWritten = ReadList(e, nameof(IngestionRecord.UnitsWritten)),
        UnitsSuperseded = ReadList(e, nameof(IngestionRecord.UnitsSuperseded)),
        ReportPath = e.GetString(nameof(IngestionRecord.ReportPath)),
        RawPath = e.GetString(nameof(IngestionRecord.RawPath)),
        ValidationMs = e.GetDouble(nameof(IngestionRecord.ValidationMs)) ?? 0,
        TotalMs = e.GetDouble(nameof(IngestionRecord.TotalMs)) ?? 0,
        FailureMessage = e.GetString(nameof(IngestionRecord.FailureMessage)),
    };

    private static IReadOnlyList<string> ReadList(TableEntity e, string name) =>
        e.GetString(name) is { Length: > 0 } json ? JsonSerializer.Deserialize<string[]>(json) ?? [] : [];

    private static string Required(TableEntity e, string name) => e.GetString(name) ?? throw Missing(e, name);

    private static InvalidDataException Missing(TableEntity e, string name) =>
        new($"Ingestion log entity {e.PartitionKey}/{e.RowKey} has no '{name}'.");
}

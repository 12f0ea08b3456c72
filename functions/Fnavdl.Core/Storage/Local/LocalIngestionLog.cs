using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// The ingestion log as a JSON Lines file (one record per line, readable with DuckDB's
/// read_json or any text tool). An accepted version is logged once: a repeated delivery that
/// finds it already accepted adds nothing.
/// </summary>
public sealed class LocalIngestionLog(string path) : IIngestionLog
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public string FilePath { get; } = Path.GetFullPath(path);

    public async Task AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (record.Outcome == IngestionOutcome.Accepted)
            {
                await foreach (var existing in ReadAsync(cancellationToken))
                    if (existing.Outcome == IngestionOutcome.Accepted && existing.IngestionId == record.IngestionId) return;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, JsonSerializer.Serialize(record, Json) + "\n", cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async IAsyncEnumerable<IngestionRecord> ListAsync(string? codeRegion = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in ReadAsync(cancellationToken))
            if (codeRegion is null || record.CodeRegion == codeRegion) yield return record;
    }

    private async IAsyncEnumerable<IngestionRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath)) yield break;
        using var reader = new StreamReader(FilePath);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0) continue;
            yield return JsonSerializer.Deserialize<IngestionRecord>(line, Json)!;
        }
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// The ingestion log as a JSON Lines file (one record per line, readable with DuckDB's
/// read_json or any text tool). An accepted version is logged once: a repeated delivery that
/// finds it already accepted adds nothing (and is told so).
/// </summary>
internal sealed class LocalIngestionLog(string path) : IIngestionLog
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public string FilePath { get; } = Path.GetFullPath(path);

    public async Task<bool> AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            // The lock file makes check-then-append atomic across processes too (two CLIs on one store).
            await using var held = await LockFileAsync(cancellationToken);
            if (record.Outcome == IngestionOutcome.Accepted)
            {
                await foreach (var existing in ReadAsync(cancellationToken))
                    if (existing.Outcome == IngestionOutcome.Accepted && existing.IngestionId == record.IngestionId
                        && existing.UploadedAt == record.UploadedAt) return false;
            }
            await AppendLineAsync(JsonSerializer.Serialize(record, Json) + "\n", cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One line, or nothing: a write cut short (disk full) is cut off again, so the log stays one record per line.</summary>
    private async Task AppendLineAsync(string line, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read);
        var before = file.Length;
        try
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
            await file.FlushAsync(cancellationToken);
        }
        catch
        {
            try { file.SetLength(before); }
            catch (IOException) { /* the reader skips a torn last line */ }
            throw;
        }
    }

    private async Task<FileStream> LockFileAsync(CancellationToken cancellationToken)
    {
        var lockPath = FilePath + ".lock";
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            // Held by another process. An I/O error with no lock file (disk full, read-only) is not a wait.
            catch (IOException) when (File.Exists(lockPath))
            {
                await Task.Delay(10, cancellationToken);
            }
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
        string? torn = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0) continue;
            if (torn is not null) throw new InvalidDataException($"{FilePath}: unreadable record in the middle of the log: {torn}");
            IngestionRecord? record = null;
            try
            {
                record = JsonSerializer.Deserialize<IngestionRecord>(line, Json);
            }
            catch (JsonException)
            {
                // Only a last line may be torn (a crash that could not even cut it off): that record was never committed.
                torn = line;
            }
            if (record is not null) yield return record;
        }
    }
}

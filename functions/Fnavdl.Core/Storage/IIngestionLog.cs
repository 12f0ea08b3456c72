namespace Fnavdl.Core.Storage;

/// <summary>Append-only log of processed file versions (a JSON Lines file locally, Table Storage on Azure).</summary>
public interface IIngestionLog
{
    /// <summary>
    /// Appends the record. An accepted version is logged once: an <see cref="IngestionOutcome.Accepted"/>
    /// record whose version (ingestion id and upload time) is already logged as accepted is not
    /// appended, and the call returns false — so of two deliveries racing, exactly one is the accepted one.
    /// </summary>
    Task<bool> AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default);

    /// <summary>Records of a region, oldest first.</summary>
    IAsyncEnumerable<IngestionRecord> ListAsync(string? codeRegion = null, CancellationToken cancellationToken = default);
}

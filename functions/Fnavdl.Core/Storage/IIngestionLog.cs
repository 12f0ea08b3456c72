namespace Fnavdl.Core.Storage;

/// <summary>Append-only log of processed file versions (a JSON Lines file locally, Table Storage on Azure).</summary>
public interface IIngestionLog
{
    Task AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default);

    /// <summary>Records of a region, oldest first.</summary>
    IAsyncEnumerable<IngestionRecord> ListAsync(string? codeRegion = null, CancellationToken cancellationToken = default);
}

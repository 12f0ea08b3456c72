namespace Fnavdl.Core.Lake;

/// <summary>What the unit writers share.</summary>
internal static class UnitWriting
{
    /// <summary>Rows per row group: large enough for fast scans, small enough to bound memory.</summary>
    public const int DefaultRowGroupSize = 50_000;

    public static async ValueTask DisposeAllAsync(params IAsyncDisposable?[] writers)
    {
        foreach (var writer in writers)
            if (writer is not null) await writer.DisposeAsync();
    }
}

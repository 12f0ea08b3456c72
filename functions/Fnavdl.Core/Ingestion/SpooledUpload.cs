using System.Security.Cryptography;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// An upload copied once to a local temporary file while its SHA-256 is computed: readers need a
/// seekable stream (encoding detection, XLSX), and the hash names the version before anything is
/// parsed. Reading stops as soon as the size limit is passed: a 1 GiB upload costs one byte more
/// than the limit, not a full copy.
/// </summary>
internal sealed class SpooledUpload : IAsyncDisposable
{
    private SpooledUpload(FileStream file, string sha256, long size, long? knownSize, bool truncated)
    {
        File = file;
        Sha256 = sha256;
        Size = size;
        KnownSize = knownSize;
        Truncated = truncated;
    }

    public FileStream File { get; }

    /// <summary>SHA-256 of the content; of its first limit + 1 bytes for an upload over the limit (which is never archived).</summary>
    public string Sha256 { get; }

    /// <summary>Bytes read: the whole size, or limit + 1 for an upload over the limit.</summary>
    public long Size { get; }

    /// <summary>The upload's whole size when it is known (the stream says it, or it was read to the end).</summary>
    public long? KnownSize { get; }

    /// <summary>The upload was larger than the limit: reading stopped there and nothing of it is kept.</summary>
    public bool Truncated { get; }

    /// <param name="path">Where to spool (inside the ingestion's <see cref="WorkFolder"/>, which a killed run's successor sweeps).</param>
    public static async Task<SpooledUpload> CreateAsync(Stream source, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var file = PrivateWorkArea.CreatePrivateFile(path, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long size = 0;
            int read;
            // At most limit + 1 bytes: one byte past the limit proves the upload is over it.
            // maxBytes - size + 1 would overflow for a limit lifted to long.MaxValue: compare before adding.
            while (size <= maxBytes
                && (read = await source.ReadAsync(buffer.AsMemory(0, maxBytes - size < buffer.Length ? (int)(maxBytes - size) + 1 : buffer.Length), cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
                if (size <= maxBytes) await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            var truncated = size > maxBytes;
            if (truncated) file.SetLength(0);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            long? knownSize = !truncated ? size : source.CanSeek ? source.Length : null;
            return new SpooledUpload(file, Convert.ToHexStringLower(hash.GetHashAndReset()), size, knownSize, truncated);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => File.DisposeAsync();
}

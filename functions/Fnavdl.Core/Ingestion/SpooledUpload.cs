using System.Security.Cryptography;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// An upload copied once to a local temporary file while its SHA-256 is computed: readers need a
/// seekable stream (encoding detection, XLSX), and the hash names the version before anything is
/// parsed. Past the size limit the content is hashed but no longer kept.
/// </summary>
internal sealed class SpooledUpload : IAsyncDisposable
{
    private SpooledUpload(FileStream file, string sha256, long size, bool truncated)
    {
        File = file;
        Sha256 = sha256;
        Size = size;
        Truncated = truncated;
    }

    public FileStream File { get; }
    public string Sha256 { get; }
    public long Size { get; }
    /// <summary>The upload was larger than the limit: only its hash and size are known.</summary>
    public bool Truncated { get; }

    /// <param name="path">Where to spool (inside the ingestion's <see cref="WorkFolder"/>, which a killed run's successor sweeps).</param>
    public static async Task<SpooledUpload> CreateAsync(Stream source, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (size + read <= maxBytes) await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                size += read;
            }
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new SpooledUpload(file, Convert.ToHexStringLower(hash.GetHashAndReset()), size, size > maxBytes);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => File.DisposeAsync();
}

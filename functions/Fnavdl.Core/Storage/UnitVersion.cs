namespace Fnavdl.Core.Storage;

/// <summary>
/// Which upload currently owns a replacement unit. The newer upload (by upload time, then by
/// SHA-256 to break ties deterministically) wins, whatever the processing order.
/// </summary>
public sealed record UnitVersion(string UnitKey, string SourcePath, string Sha256, DateTimeOffset UploadedAt, string IngestionId)
{
    public bool IsNewerThan(UnitVersion other)
    {
        var byTime = UploadedAt.CompareTo(other.UploadedAt);
        return byTime != 0 ? byTime > 0 : string.CompareOrdinal(Sha256, other.Sha256) > 0;
    }
}

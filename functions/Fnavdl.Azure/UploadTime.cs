using System.Globalization;
using Azure.Storage.Blobs.Models;

namespace Fnavdl.Azure;

/// <summary>
/// When a blob's current content was uploaded: it decides which of two versions of a unit is the
/// newer. The version id (a 100 ns timestamp, when the account keeps versions, as ours does) is
/// the precise answer; otherwise the creation time, or the last write if the blob was overwritten
/// since — those two have one-second resolution.
/// </summary>
public static class UploadTime
{
    public static DateTimeOffset Of(BlobProperties properties)
    {
        if (properties.VersionId is { Length: > 0 } version
            && DateTimeOffset.TryParse(version, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var versioned))
            return versioned;
        return properties.LastModified > properties.CreatedOn ? properties.LastModified : properties.CreatedOn;
    }
}

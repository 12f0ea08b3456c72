using Fnavdl.Core.Ingestion;

namespace Fnavdl.Core.Reading;

/// <summary>The one French message for a file over <see cref="ReadLimits.MaxUploadBytes"/>, wherever it is refused.</summary>
public static class UploadSizeLimit
{
    /// <param name="size">The file's size, or null when reading stopped at the limit and the size is unknown.</param>
    /// <param name="limit">The limit in bytes.</param>
    public static string Message(long? size, long limit)
    {
        var limitText = $"la limite de {ByteSizeText.Format(limit)} ({limit} octets)";
        var what = size is { } known ? $"Le fichier fait {ByteSizeText.Format(known)}, au-delà de {limitText}" : $"Le fichier dépasse {limitText}";
        return $"{what} : découpez-le (par exemple par année ou par appel à projets), ou demandez à l'équipe nationale de relever la limite "
            + $"(réglage {IngestionLimitSettings.EnvironmentVariable(IngestionLimitSettings.MaxUploadBytes)}).";
    }
}

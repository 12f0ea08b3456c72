using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>The one message for a file over <see cref="ReadLimits.MaxUploadBytes"/>, wherever it is refused.</summary>
public static class UploadSizeLimit
{
    /// <param name="size">The file's size, or null when reading stopped at the limit and the size is unknown.</param>
    /// <param name="limit">The limit in bytes.</param>
    public static IssueMessage Message(long? size, long limit)
    {
        var setting = SettingNames.EnvironmentVariable(SettingNames.MaxUploadBytes);
        return size is { } known
            ? IssueCatalog.FichierTropVolumineux.TailleConnue.Format(
                ("Taille", ByteSizeText.Format(known)), ("Limite", ByteSizeText.Format(limit)), ("LimiteOctets", limit), ("Reglage", setting))
            : IssueCatalog.FichierTropVolumineux.TailleInconnue.Format(
                ("Limite", ByteSizeText.Format(limit)), ("LimiteOctets", limit), ("Reglage", setting));
    }
}

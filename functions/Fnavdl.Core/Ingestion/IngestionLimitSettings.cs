using System.Globalization;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Ingestion;

/// <summary>
/// The ingestion limits as settings, read the same way by the Function app (app settings
/// <c>Fnavdl__MaxUploadBytes</c>, <c>Fnavdl__MaxXlsxExpandedBytes</c>) and by the CLI (the same
/// names as environment variables), so a national team that lifts a limit for a large
/// consolidated file gets the same answer from both. Absent settings keep the core's defaults.
/// </summary>
public static class IngestionLimitSettings
{
    public const string Section = "Fnavdl";
    public const string MaxUploadBytes = "MaxUploadBytes";
    public const string MaxXlsxExpandedBytes = "MaxXlsxExpandedBytes";

    /// <summary>The environment variable of a setting, as Azure app settings spell nested keys.</summary>
    public static string EnvironmentVariable(string setting) => $"{Section}__{setting}";

    /// <param name="setting">Reads one setting of the <see cref="Section"/> by its name; null when absent.</param>
    /// <exception cref="FormatException">A setting is not a positive whole number of bytes (message in French).</exception>
    public static IngestionOptions From(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var defaults = ReadLimits.Default;
        return IngestionOptions.Default with
        {
            Limits = new ReadLimits
            {
                MaxUploadBytes = Bytes(setting, MaxUploadBytes, defaults.MaxUploadBytes),
                MaxXlsxExpandedBytes = Bytes(setting, MaxXlsxExpandedBytes, defaults.MaxXlsxExpandedBytes),
            },
        };
    }

    /// <summary>From the process environment (the CLI).</summary>
    public static IngestionOptions FromEnvironment() => From(name => Environment.GetEnvironmentVariable(EnvironmentVariable(name)));

    private static long Bytes(Func<string, string?> setting, string name, long fallback)
    {
        var text = setting(name);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0) return bytes;
        throw new FormatException(
            $"Le réglage {EnvironmentVariable(name)} vaut « {text} » : indiquez un nombre entier d'octets supérieur à zéro (par exemple 104857600 pour 100 Mio).");
    }
}

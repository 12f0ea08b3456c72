using System.Globalization;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Microsoft.Extensions.Configuration;

namespace Fnavdl.FrontDoor.Hosting;

/// <summary>
/// The one settings object every host is built from — the Functions app (app settings), and each command of the CLI
/// (<c>validate</c>, <c>ingest</c>, <c>serve</c>, <c>demo</c>…, from the same names as environment variables): the
/// <c>Fnavdl</c> section, <c>Fnavdl__MaxUploadBytes</c>, <c>Fnavdl__MaxXlsxExpandedBytes</c>,
/// <c>Fnavdl__RequestDeadlineSeconds</c>, <c>Fnavdl__FileDeadlineSeconds</c>, <c>Fnavdl__RegionGroups</c>. It yields
/// the reading layer's <see cref="ReadLimits"/> and the ingestion's <see cref="IngestionOptions"/>, so a national
/// team that lifts a limit for a large consolidated file gets the same answer from every host.
/// </summary>
public sealed record FnavdlSettings
{
    /// <summary>Largest accepted upload, in bytes (default: the reading layer's, 50 MiB).</summary>
    public long MaxUploadBytes { get; init; } = ReadLimits.Default.MaxUploadBytes;

    /// <summary>Largest uncompressed XLSX or ODS package, in bytes (default: the reading layer's, 500 MiB).</summary>
    public long MaxXlsxExpandedBytes { get; init; } = ReadLimits.Default.MaxXlsxExpandedBytes;

    /// <summary>
    /// How long one front-door request may take, reading its body and checking its file (default 2 min: a 50 MiB
    /// file at the cost model's bound of 2 s of CPU per MiB, and under the 230 s an Azure front end waits).
    /// </summary>
    public TimeSpan RequestDeadline { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one file's ingestion may take to its verdict (default 10 min, a third of the Functions' 30 min timeout).</summary>
    public TimeSpan FileDeadline { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary><c>93=group-object-id;84=…</c>: the Entra ID uploader group of each region (the Functions' front door).</summary>
    public string? RegionGroups { get; init; }

    public const string RegionGroupsKey = "RegionGroups";

    public static FnavdlSettings Default { get; } = new();

    /// <summary>The limits the readers and the validator obey; every other reading budget keeps its default.</summary>
    public ReadLimits ReadLimits => ReadLimits.Default with { MaxUploadBytes = MaxUploadBytes, MaxXlsxExpandedBytes = MaxXlsxExpandedBytes };

    /// <summary>What each ingestion is given: these limits and the per-file deadline.</summary>
    public IngestionOptions Ingestion => IngestionOptions.Default with { Limits = ReadLimits, FileDeadline = FileDeadline };

    /// <summary>Reads the <see cref="SettingNames.Section"/> section; absent settings keep their defaults.</summary>
    /// <exception cref="FormatException">A setting is not a positive whole number (message in French, naming the variable).</exception>
    public static FnavdlSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SettingNames.Section);
        return new FnavdlSettings
        {
            MaxUploadBytes = Positive(section, SettingNames.MaxUploadBytes, Default.MaxUploadBytes, "un nombre entier d'octets supérieur à zéro (par exemple 104857600 pour 100 Mio)"),
            MaxXlsxExpandedBytes = Positive(section, SettingNames.MaxXlsxExpandedBytes, Default.MaxXlsxExpandedBytes, "un nombre entier d'octets supérieur à zéro (par exemple 524288000 pour 500 Mio)"),
            RequestDeadline = Seconds(section, SettingNames.RequestDeadlineSeconds, Default.RequestDeadline),
            FileDeadline = Seconds(section, SettingNames.FileDeadlineSeconds, Default.FileDeadline),
            RegionGroups = section[RegionGroupsKey],
        };
    }

    /// <summary>From the process environment (the CLI): <c>Fnavdl__MaxUploadBytes</c> is the key <c>Fnavdl:MaxUploadBytes</c>.</summary>
    public static FnavdlSettings FromEnvironment() => From(new ConfigurationBuilder().AddEnvironmentVariables().Build());

    private static TimeSpan Seconds(IConfigurationSection section, string name, TimeSpan fallback) =>
        TimeSpan.FromSeconds(Positive(section, name, (long)fallback.TotalSeconds, "un nombre entier de secondes supérieur à zéro (par exemple 120)"));

    private static long Positive(IConfigurationSection section, string name, long fallback, string expected)
    {
        var text = section[name];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value;
        throw new FormatException($"Le réglage {SettingNames.EnvironmentVariable(name)} vaut « {text} » : indiquez {expected}.");
    }
}

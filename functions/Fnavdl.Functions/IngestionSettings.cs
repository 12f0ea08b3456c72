using Fnavdl.Core.Ingestion;
using Microsoft.Extensions.Configuration;

namespace Fnavdl.Functions;

/// <summary>
/// The ingestion limits from app settings (<c>Fnavdl__MaxUploadBytes</c>,
/// <c>Fnavdl__MaxXlsxExpandedBytes</c>), read by the same rules as the CLI's environment
/// (<see cref="IngestionLimitSettings"/>); absent settings keep the core's defaults.
/// </summary>
public static class IngestionSettings
{
    public const string Section = IngestionLimitSettings.Section;
    public const string MaxUploadBytes = IngestionLimitSettings.MaxUploadBytes;
    public const string MaxXlsxExpandedBytes = IngestionLimitSettings.MaxXlsxExpandedBytes;

    public static IngestionOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return IngestionLimitSettings.From(name => section[name]);
    }
}

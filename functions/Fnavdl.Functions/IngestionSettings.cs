using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reading;
using Microsoft.Extensions.Configuration;

namespace Fnavdl.Functions;

/// <summary>
/// The ingestion limits from app settings (<c>Fnavdl__MaxUploadBytes</c>,
/// <c>Fnavdl__MaxXlsxExpandedBytes</c>); absent settings keep the core's defaults.
/// </summary>
public static class IngestionSettings
{
    public const string Section = "Fnavdl";
    public const string MaxUploadBytes = "MaxUploadBytes";
    public const string MaxXlsxExpandedBytes = "MaxXlsxExpandedBytes";

    public static IngestionOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var defaults = ReadLimits.Default;
        return IngestionOptions.Default with
        {
            Limits = new ReadLimits
            {
                MaxUploadBytes = section.GetValue(MaxUploadBytes, defaults.MaxUploadBytes),
                MaxXlsxExpandedBytes = section.GetValue(MaxXlsxExpandedBytes, defaults.MaxXlsxExpandedBytes),
            },
        };
    }
}

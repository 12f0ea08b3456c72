namespace Fnavdl.Core.Reading;

/// <summary>Chooses the reader of an uploaded file by its extension.</summary>
public static class ReportReaders
{
    private static readonly CsvReportReader Csv = new();
    private static readonly XlsxReportReader Xlsx = new();
    private static readonly OdsReportReader Ods = new();
    private static readonly JsonReportReader Json = new();

    /// <summary>
    /// The reader for <paramref name="path"/>'s extension (case-insensitive): .csv and .txt → CSV,
    /// .xlsx → XLSX, .ods → OpenDocument, .json → JSON; null for anything else (the caller reports
    /// <c>format-non-supporte</c>). Readers are stateless and shared.
    /// </summary>
    public static IReportReader? ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" or ".txt" => Csv,
            ".xlsx" => Xlsx,
            ".ods" => Ods,
            ".json" => Json,
            _ => null,
        };
    }
}

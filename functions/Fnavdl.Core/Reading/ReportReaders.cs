using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Chooses the reader of an uploaded file by its extension: one reader for each format of the contract
/// (<see cref="FileFormats"/>, which the front door accepts and the refusal of another format names).
/// </summary>
internal static class ReportReaders
{
    private static readonly CsvReportReader Csv = new();
    private static readonly XlsxReportReader Xlsx = new();
    private static readonly XlsReportReader Xls = new();
    private static readonly XlsbReportReader Xlsb = new();
    private static readonly OdsReportReader Ods = new();
    private static readonly JsonReportReader Json = new();

    /// <summary>Each extension of the contract's formats (<see cref="FileFormats"/>) with its reader; readers are stateless and shared.</summary>
    private static readonly (string Extension, IReportReader Reader)[] Readers =
        [.. FileFormats.All.Select(f => (f.Extension, ReaderOf(f.Format)))];

    /// <summary>The reader of a format the contract names; a format without one fails the first read.</summary>
    private static IReportReader ReaderOf(string format) => format switch
    {
        "CSV" => Csv,
        // The macro-enabled workbook is an XLSX package: read by the same reader, its macros never run nor read.
        "XLSX" or "XLSM" => Xlsx,
        // Excel 97-2003 (BIFF8 in an OLE compound file) and Excel's binary workbook: the same rules as XLSX.
        "XLS" => Xls,
        "XLSB" => Xlsb,
        "ODS" => Ods,
        "JSON" => Json,
        _ => throw new InvalidOperationException($"No reader for the format {format} of {nameof(FileFormats)}."),
    };

    /// <summary>
    /// The reader for <paramref name="path"/>'s extension (case-insensitive): .csv and .txt → CSV,
    /// .xlsx and .xlsm → XLSX, .xls → Excel 97-2003, .xlsb → Excel binary, .ods → OpenDocument, .json → JSON; null for anything else (the caller
    /// reports <c>format-non-supporte</c>).
    /// </summary>
    public static IReportReader? ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        foreach (var (known, reader) in Readers)
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return reader;
        return null;
    }
}

namespace Fnavdl.Core.Reading;

/// <summary>
/// Chooses the reader of an uploaded file by its extension: the one list the front door (what it accepts,
/// its page's <c>accept=</c>), the refusal of another format and the pipeline read.
/// </summary>
public static class ReportReaders
{
    private static readonly CsvReportReader Csv = new();
    private static readonly XlsxReportReader Xlsx = new();
    private static readonly XlsReportReader Xls = new();

    /// <summary>The extensions read (lower case), each with the format's name for people and its reader; readers are stateless and shared.</summary>
    private static readonly (string Extension, string Format, IReportReader Reader)[] Readers =
    [
        (".csv", "CSV", Csv),
        (".txt", "CSV", Csv),
        (".xlsx", "XLSX", Xlsx),
        // Excel's macro-enabled workbook is the same OOXML package (only the workbook part's content type
        // differs, and a vbaProject.bin part is added): read as XLSX, its macros never run nor are read.
        (".xlsm", "XLSM", Xlsx),
        // Excel 97-2003 (BIFF8 in an OLE compound file) and Excel's binary workbook: the same rules as XLSX.
        (".xls", "XLS", Xls),
        (".xlsb", "XLSB", new XlsbReportReader()),
        (".ods", "ODS", new OdsReportReader()),
        (".json", "JSON", new JsonReportReader()),
    ];

    /// <summary>Every extension a file may have (lower case, with the dot): what the front door accepts.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. Readers.Select(r => r.Extension)];

    /// <summary>The formats read, as a French sentence names them: « CSV, XLSX, XLSM, XLS, XLSB, ODS ou JSON ».</summary>
    public static string FormatNames { get; } = Names([.. Readers.Select(r => r.Format).Distinct()]);

    /// <summary>
    /// The reader for <paramref name="path"/>'s extension (case-insensitive): .csv and .txt → CSV,
    /// .xlsx and .xlsm → XLSX, .xls → Excel 97-2003, .xlsb → Excel binary, .ods → OpenDocument, .json → JSON; null for anything else (the caller
    /// reports <c>format-non-supporte</c>).
    /// </summary>
    public static IReportReader? ForPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path);
        foreach (var (known, _, reader) in Readers)
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase)) return reader;
        return null;
    }

    private static string Names(string[] formats) => string.Join(", ", formats[..^1]) + " ou " + formats[^1];
}

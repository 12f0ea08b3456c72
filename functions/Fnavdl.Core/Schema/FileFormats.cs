namespace Fnavdl.Core.Schema;

/// <summary>
/// The files a region may deposit (report-format.md): each extension with its format's name for people. Reading
/// gives each its reader (<c>Reading.ReportReaders</c>); the refusal of another format, the front door's
/// <c>accept=</c>, the template's notice and the published schema name them from here.
/// </summary>
public static class FileFormats
{
    /// <summary>The extensions read (lower case, with the dot), each with its format's name.</summary>
    public static IReadOnlyList<(string Extension, string Format)> All { get; } =
    [
        (".csv", "CSV"),
        (".txt", "CSV"),
        (".xlsx", "XLSX"),
        // Excel's macro-enabled workbook is the same OOXML package (only the workbook part's content type
        // differs, and a vbaProject.bin part is added): read as XLSX, its macros never run nor are read.
        (".xlsm", "XLSM"),
        // Excel 97-2003 (BIFF8 in an OLE compound file) and Excel's binary workbook: read under the XLSX rules.
        (".xls", "XLS"),
        (".xlsb", "XLSB"),
        (".ods", "ODS"),
        (".json", "JSON"),
    ];

    /// <summary>Every extension a file may have (lower case, with the dot): what the front door accepts.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. All.Select(f => f.Extension)];

    /// <summary>The formats read, as a French sentence names them: « CSV, XLSX, XLSM, XLS, XLSB, ODS ou JSON ».</summary>
    public static string Names { get; } = NamesOf([.. All.Select(f => f.Format).Distinct()]);

    private static string NamesOf(string[] formats) => string.Join(", ", formats[..^1]) + " ou " + formats[^1];
}

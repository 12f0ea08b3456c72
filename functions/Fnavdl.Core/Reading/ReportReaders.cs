namespace Fnavdl.Core.Reading;

/// <summary>Chooses the reader of an uploaded file by its extension.</summary>
public static class ReportReaders
{
    private static readonly CsvReportReader Csv = new();

    /// <summary>The extensions read (lower case), each with its reader; readers are stateless and shared.</summary>
    private static readonly (string Extension, IReportReader Reader)[] Readers =
    [
        (".csv", Csv),
        (".txt", Csv),
        (".xlsx", new XlsxReportReader()),
        (".ods", new OdsReportReader()),
        (".json", new JsonReportReader()),
    ];

    /// <summary>Every extension a file may have (lower case, with the dot): what the front door accepts.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. Readers.Select(r => r.Extension)];

    /// <summary>
    /// The reader for <paramref name="path"/>'s extension (case-insensitive): .csv and .txt → CSV,
    /// .xlsx → XLSX, .ods → OpenDocument, .json → JSON; null for anything else (the caller reports
    /// <c>format-non-supporte</c>).
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

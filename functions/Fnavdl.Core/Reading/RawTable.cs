namespace Fnavdl.Core.Reading;

/// <summary>
/// One table of a source file: a CSV file, an XLSX sheet, or an array of a JSON document.
/// <see cref="Header"/> is known up front for JSON (object keys); for CSV and XLSX it is null and
/// the header row is found among the first rows by the schema stage (XLSX files often start with
/// title rows). <see cref="Rows"/> streams: enumerate it once.
/// </summary>
internal sealed record RawTable(string? SheetName, IReadOnlyList<string>? Header, IEnumerable<RawRow> Rows)
{
    /// <summary>The CSV delimiter, so that list cells are not split on it (null for XLSX/JSON).</summary>
    public char? Delimiter { get; init; }

    /// <summary>Problems the reader found in rows of the table (a key repeated in a JSON object…), reported as errors.</summary>
    public IReadOnlyList<ReadProblem> Problems { get; init; } = [];
}

using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Reading;

/// <summary>
/// One pass over a CSV file's characters, before any record is parsed, for the two faults that
/// would otherwise merge rows silently or exhaust the parser: a quote that never closes (every
/// later line would become part of one cell) and a record longer than
/// <see cref="ReadLimits.MaxRecordChars"/>. Both name the line a text editor shows.
/// </summary>
/// <remarks>
/// Quotes are counted as the parser (Sep) counts them: every <c>"</c> toggles, so an escaped
/// <c>""</c> toggles twice. A quoted value spanning more than <see cref="MaxLinesInQuotes"/> line
/// breaks is taken for a quote left open: a cell of the report format never holds that many.
/// </remarks>
internal static class CsvStructureScan
{
    public const int MaxLinesInQuotes = 100;

    /// <exception cref="UnreadableFileException">The first fault found, with its line.</exception>
    public static void Check(TextReader text, ReadLimits limits)
    {
        var buffer = new char[64 * 1024];
        var line = 1;
        var recordLine = 1;
        long recordChars = 0;
        var inQuotes = false;
        var quoteLine = 0;
        var linesInQuotes = 0;
        var afterCarriageReturn = false;
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var ch = buffer[i];
                var newLine = ch == '\r' || (ch == '\n' && !afterCarriageReturn);
                afterCarriageReturn = ch == '\r';
                if (ch == '"')
                {
                    inQuotes = !inQuotes;
                    if (inQuotes) { quoteLine = line; linesInQuotes = 0; }
                }
                if (newLine)
                {
                    line++;
                    if (inQuotes && ++linesInQuotes > MaxLinesInQuotes) throw UnclosedQuote(quoteLine);
                    if (!inQuotes) { recordLine = line; recordChars = 0; continue; }
                }
                if (++recordChars > limits.MaxRecordChars)
                {
                    if (inQuotes) throw UnclosedQuote(quoteLine);
                    throw new UnreadableFileException(IssueCatalog.EnregistrementTropLong.Ligne.Format(
                        ("Ligne", recordLine), ("MaxCaracteres", limits.MaxRecordChars)), row: recordLine);
                }
            }
        }
        if (inQuotes) throw UnclosedQuote(quoteLine);
    }

    private static UnreadableFileException UnclosedQuote(int line) =>
        new(IssueCatalog.GuillemetNonFerme.Ligne.Format(("Ligne", line)), row: line);
}

using System.Globalization;
using System.Text;

namespace Fnavdl.Cli;

/// <summary>
/// What text may reach a terminal as it is. A cell, a file name or a message quoting them is printed
/// with every character that moves the cursor, clears the screen, starts an escape sequence or hides
/// or reorders text written as a code, as the reports write values (<c>\u001b</c>; <c>\r</c>, <c>\n</c>,
/// <c>\t</c>): the controls (C0, DEL, C1 — ESC, CR, BEL, backspace, the
/// 8-bit CSI), the format characters (bidi overrides and isolates, marks, zero-width characters, BOM;
/// not the soft hyphen, which French text pasted from a word processor holds and which hides nothing),
/// the line and paragraph separators, and lone surrogates. Letters, accents, €, « », the no-break
/// spaces of French numbers and emoji print unchanged.
/// </summary>
public static class TerminalText
{
    private const char SoftHyphen = '\u00AD';
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// <paramref name="text"/> as one line of a terminal: nothing in it can break, overwrite or disguise
    /// the line (tabs and line breaks written as <c>\t</c>, <c>\n</c>, <c>\r</c> too).
    /// </summary>
    public static string Line(string? text) => Printable(text, keepLayout: false);

    /// <summary>
    /// <paramref name="text"/> as lines of a document (help, JSON, CSV, a table): its tabs, its line
    /// breaks and CR LF pairs are kept, and a byte order mark as its first character (the CSV export's,
    /// for Excel); every other character <see cref="Line"/> escapes is escaped, a lone CR included.
    /// </summary>
    public static string Document(string? text) => Document(text, startsDocument: true);

    /// <summary><see cref="Document(string?)"/> of a piece of a document: a BOM is kept only when the piece starts it.</summary>
    internal static string Document(string? text, bool startsDocument) => Printable(text, keepLayout: true, startsDocument);

    private static string Printable(string? text, bool keepLayout, bool startsDocument = false)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var first = FirstToEscape(text, keepLayout, startsDocument);
        if (first < 0) return text;

        var printable = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            if (status != System.Buffers.OperationStatus.Done)
            {
                Escape(printable, text[i]);
                i++;
                continue;
            }
            if (MustEscape(rune, text, i, keepLayout, startsDocument))
                for (var unit = 0; unit < length; unit++) Escape(printable, text[i + unit]);
            else
                printable.Append(text, i, length);
            i += length;
        }
        return printable.ToString();
    }

    private static int FirstToEscape(string text, bool keepLayout, bool startsDocument)
    {
        for (var i = 0; i < text.Length;)
        {
            var ch = text[i];
            // Printable ASCII and most of the rest of the BMP: the common case, decided without a Rune.
            if (ch is >= ' ' and < '\u007F') { i++; continue; }
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) != System.Buffers.OperationStatus.Done
                || MustEscape(rune, text, i, keepLayout, startsDocument))
                return i;
            i += length;
        }
        return -1;
    }

    private static bool MustEscape(Rune rune, string text, int at, bool keepLayout, bool startsDocument)
    {
        if (keepLayout)
        {
            if (rune.Value is '\n' or '\t' || (rune.Value == ByteOrderMark && at == 0 && startsDocument)) return false;
            if (rune.Value == '\r' && at + 1 < text.Length && text[at + 1] == '\n') return false;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => true,
            UnicodeCategory.Format => rune.Value != SoftHyphen,
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate => true,
            _ => false,
        };
    }

    // The notation of the values the reports quote (Ingestion.UploadPath.Printable): one line shows one form.
    private static void Escape(StringBuilder printable, char unit) => printable.Append(unit switch
    {
        '\n' => @"\n",
        '\r' => @"\r",
        '\t' => @"\t",
        _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)unit:x4}"),
    });
}

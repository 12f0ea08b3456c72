using System.Globalization;
using System.Text;
using System.Xml;
using Fnavdl.Core.Validation;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Streams the rows of one <c>table:table</c> element. Row numbers and column positions are
/// LibreOffice's: every row and cell element counts as many times as it is repeated, covered
/// (merged-away) cells included. Blank rows are counted, never yielded; repeats are never
/// expanded into memory beyond what a non-empty row really needs.
/// </summary>
internal sealed class OdsSheetReader(XmlReader xml, ReadLimits limits)
{
    /// <summary>Rows of a LibreOffice sheet (1,048,576): a non-empty row below that is a forged file.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Longest text a cell may hold (a spreadsheet cell's limit): text:s runs cannot blow a cell up.</summary>
    public const int MaxCellChars = 32_767;

    private long _rowsBefore;
    private int _tableDepth = -1;

    /// <summary>A run of identical rows: the first row's number, how many, their cells (shared, read-only).</summary>
    private readonly record struct RowRun(int FirstRow, int Count, RawValue[] Cells);

    public IEnumerable<RawRow> Rows()
    {
        while (NextRun() is { } run)
            for (var i = 0; i < run.Count; i++)
                yield return new RawRow(run.FirstRow + i, run.Cells);
    }

    /// <summary>The next non-blank run of rows of the table, or null at the table's end.</summary>
    private RowRun? NextRun() => OdsXml.Guard<RowRun?>(() =>
    {
        if (_tableDepth < 0)
        {
            // Positioned on <table:table>.
            _tableDepth = xml.Depth;
            if (xml.IsEmptyElement) return null;
            xml.Read();
        }
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == _tableDepth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }
            if (xml.NamespaceURI == OdsXml.TableNs)
            {
                switch (xml.LocalName)
                {
                    case "table-row":
                        if (ReadRow() is { } run) return run;
                        continue;
                    case "table-header-rows" or "table-row-group" or "table-rows":
                        xml.Read(); // their rows are the sheet's rows
                        continue;
                }
            }
            xml.Skip(); // columns' styles, shapes, named ranges, forms…
        }
        return null;
    });

    /// <summary>Reads one <c>table:table-row</c> (the reader ends after it); null when it is blank.</summary>
    private RowRun? ReadRow()
    {
        var repeat = Repeat(xml.GetAttribute("number-rows-repeated", OdsXml.TableNs));
        var firstRow = _rowsBefore + 1;
        _rowsBefore += repeat;
        var cells = new List<RawValue>();
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return null;
        }
        var rowDepth = xml.Depth;
        xml.Read();
        long column = 0;
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == rowDepth))
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }
            var isCell = xml.NamespaceURI == OdsXml.TableNs && xml.LocalName is "table-cell" or "covered-table-cell";
            if (!isCell)
            {
                xml.Skip();
                continue;
            }
            var columnRepeat = Repeat(xml.GetAttribute("number-columns-repeated", OdsXml.TableNs));
            // A covered cell is hidden by a merge: LibreOffice shows it empty, whatever it kept.
            var value = xml.LocalName == "table-cell" ? ReadCell(firstRow, column) : SkipCell();
            if (!value.IsEmpty)
            {
                if (column + columnRepeat > OdsReportReader.MaxColumns)
                    throw Beyond(firstRow, IssueCatalog.OdsTropVolumineux.ColonneAuDela.Format(("MaxColonnes", Grouped(OdsReportReader.MaxColumns))));
                while (cells.Count < column) cells.Add(RawValue.Empty);
                for (var i = 0; i < columnRepeat; i++) cells.Add(value);
            }
            column += columnRepeat;
        }
        xml.Read(); // past </table:table-row>

        if (cells.Count == 0) return null;
        if (firstRow + repeat - 1 > MaxRows)
            throw Beyond(firstRow, IssueCatalog.OdsTropVolumineux.LigneAuDela.Format(("MaxLignes", Grouped(MaxRows))));
        if (repeat > limits.MaxRepeatedRows)
        {
            throw Beyond(firstRow, IssueCatalog.OdsTropVolumineux.LigneRepetee.Format(
                ("Ligne", Grouped(firstRow)), ("Repetitions", Grouped(repeat)), ("MaxRepetitions", Grouped(limits.MaxRepeatedRows))));
        }
        return new RowRun((int)firstRow, (int)repeat, [.. cells]);
    }

    private static UnreadableFileException Beyond(long row, IssueMessage message) =>
        new(message, row: row <= int.MaxValue ? (int)row : null);

    /// <summary>A count as a French reader writes it ("1 048 576").</summary>
    private static string Grouped(long count) => NumberText.GroupThousands(count.ToString(CultureInfo.InvariantCulture));

    /// <summary>A repeat count as written; a missing or unreadable one is 1, as LibreOffice reads it.</summary>
    private static long Repeat(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    private RawValue SkipCell()
    {
        xml.Skip();
        return RawValue.Empty;
    }

    /// <summary>Reads a <c>table:table-cell</c> (the reader ends after it) into its typed value.</summary>
    private RawValue ReadCell(long row, long column)
    {
        var type = xml.GetAttribute("value-type", OdsXml.OfficeNs);
        // LibreOffice marks a formula error (#DIV/0!…) with calcext:value-type="error" and a
        // meaningless office:value="0": the text shown is what the region sees.
        var isError = xml.GetAttribute("value-type", OdsXml.CalcExtNs) == "error";
        RawValue? typed = isError ? null : type switch
        {
            "float" or "percentage" or "currency" => Number(xml.GetAttribute("value", OdsXml.OfficeNs)),
            "date" => Date(xml.GetAttribute("date-value", OdsXml.OfficeNs)),
            "time" => Time(xml.GetAttribute("time-value", OdsXml.OfficeNs)),
            "boolean" => Boolean(xml.GetAttribute("boolean-value", OdsXml.OfficeNs)),
            "string" when xml.GetAttribute("string-value", OdsXml.OfficeNs) is { } stringValue => RawValue.FromText(stringValue),
            _ => null,
        };
        if (typed is { } value)
        {
            xml.Skip();
            return value;
        }
        return RawValue.FromText(CellText(row, column));
    }

    /// <summary>The text of a cell's paragraphs (one line each), with ODF's space, tab and line-break elements.</summary>
    private string CellText(long row, long column)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var text = new StringBuilder();
        var cellDepth = xml.Depth;
        var paragraphs = 0;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.NamespaceURI == OdsXml.OfficeNs && xml.LocalName is "annotation" or "annotation-end":
                case XmlNodeType.Element when xml.NamespaceURI == OdsXml.DrawNs:
                    xml.Skip(); // comments and images are not the cell's value
                    continue;
                case XmlNodeType.Element when xml.NamespaceURI == OdsXml.TextNs && xml.LocalName is "p" or "h":
                    if (paragraphs++ > 0) text.Append('\n');
                    break;
                case XmlNodeType.Element when xml.NamespaceURI == OdsXml.TextNs && xml.LocalName == "s":
                    var spaces = Repeat(xml.GetAttribute("c", OdsXml.TextNs));
                    text.Append(' ', (int)Math.Min(spaces, MaxCellChars + 1L));
                    break;
                case XmlNodeType.Element when xml.NamespaceURI == OdsXml.TextNs && xml.LocalName == "tab":
                    text.Append('\t');
                    break;
                case XmlNodeType.Element when xml.NamespaceURI == OdsXml.TextNs && xml.LocalName == "line-break":
                    text.Append('\n');
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    // ODF white space: a raw line break or tab in a paragraph is a space (§6.1.2).
                    foreach (var c in xml.Value) text.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
                    break;
            }
            if (text.Length > MaxCellChars)
            {
                throw Beyond(row, column < OdsReportReader.MaxColumns && row <= MaxRows
                    ? IssueCatalog.OdsTropVolumineux.CelluleTropLongue.Format(
                        ("Cellule", CellReference.Of((int)column, (int)row)), ("MaxCaracteres", Grouped(MaxCellChars)))
                    : IssueCatalog.OdsTropVolumineux.CelluleDeLigneTropLongue.Format(("Ligne", Grouped(row)), ("MaxCaracteres", Grouped(MaxCellChars))));
            }
            xml.Read();
        }
        xml.Read(); // past </table:table-cell>
        return text.ToString();
    }

    private static RawValue? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? RawValue.FromNumber(number)
            : null;

    /// <summary><c>2021-03-15</c> or <c>2021-03-15T14:30:00[.fff]</c> (no time zone: the sheet's local time).</summary>
    private static RawValue? Date(string? value) =>
        DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? RawValue.FromDate(date) : null;

    /// <summary><c>PT14H30M00S</c>, shown as the XLSX reader shows a time.</summary>
    private static RawValue? Time(string? value)
    {
        if (value is null) return null;
        try
        {
            return RawValue.FromText(XmlConvert.ToTimeSpan(value).ToString("c", CultureInfo.InvariantCulture));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static RawValue? Boolean(string? value) => value switch
    {
        "true" => RawValue.FromBoolean(true),
        "false" => RawValue.FromBoolean(false),
        _ => null,
    };
}

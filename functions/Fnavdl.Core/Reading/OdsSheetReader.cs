using System.Globalization;
using System.Text;
using System.Xml;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Spreadsheets;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Streams the rows of one <c>table:table</c> element. Row numbers and column positions are
/// LibreOffice's: every row and cell element counts as many times as it is repeated, covered
/// (merged-away) cells included. Blank rows are counted, never yielded; repeats are never
/// expanded into memory beyond what a non-empty row really needs.
/// </summary>
internal sealed class OdsSheetReader(XmlReader xml, ReadBudget budget)
{
    /// <summary>Rows of a LibreOffice sheet (1,048,576): a non-empty row below that is a forged file.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Longest text a cell may hold (a spreadsheet cell's limit): text:s runs cannot blow a cell up.</summary>
    public const int MaxCellChars = 32_767;

    private long _rowsBefore;
    private int _tableDepth = -1;

    private readonly ReadLimits _limits = budget.Limits;

    // Reused from row to row and cell to cell: a sheet's rows allocate their cells, nothing else.
    private readonly RawRowBuilder _cells = new(budget);
    private bool _rowHasCells;
    private readonly StringBuilder _text = new();
    private readonly char[] _chunk = new char[1024];

    // Names as the reader's name table holds them: nodes are recognised by reference, not by comparing text.
    private readonly string _tableNs = xml.NameTable.Add(OdsXml.TableNs);
    private readonly string _officeNs = xml.NameTable.Add(OdsXml.OfficeNs);
    private readonly string _textNs = xml.NameTable.Add(OdsXml.TextNs);
    private readonly string _drawNs = xml.NameTable.Add(OdsXml.DrawNs);
    private readonly string _tableRow = xml.NameTable.Add("table-row");
    private readonly string _tableCell = xml.NameTable.Add("table-cell");
    private readonly string _coveredCell = xml.NameTable.Add("covered-table-cell");
    private readonly string _paragraph = xml.NameTable.Add("p");
    private readonly string _heading = xml.NameTable.Add("h");
    private readonly string _spaces = xml.NameTable.Add("s");
    private readonly string _tab = xml.NameTable.Add("tab");
    private readonly string _lineBreak = xml.NameTable.Add("line-break");
    private readonly string _annotation = xml.NameTable.Add("annotation");
    private readonly string _annotationEnd = xml.NameTable.Add("annotation-end");
    private readonly string _calcExtNs = xml.NameTable.Add(OdsXml.CalcExtNs);
    private readonly string _rowsRepeated = xml.NameTable.Add("number-rows-repeated");
    private readonly string _columnsRepeated = xml.NameTable.Add("number-columns-repeated");
    private readonly string _valueType = xml.NameTable.Add("value-type");
    private readonly string _value = xml.NameTable.Add("value");
    private readonly string _dateValue = xml.NameTable.Add("date-value");
    private readonly string _timeValue = xml.NameTable.Add("time-value");
    private readonly string _booleanValue = xml.NameTable.Add("boolean-value");
    private readonly string _stringValue = xml.NameTable.Add("string-value");
    private readonly string _count = xml.NameTable.Add("c");

    /// <summary>A run of identical rows: the first row (its cells shared, read-only) and how many.</summary>
    private readonly record struct RowRun(RawRow First, int Count, int NonEmptyCells);

    public IEnumerable<RawRow> Rows()
    {
        while (NextRun() is { } run)
        {
            yield return run.First;
            // Each repeat is a row handed on, charged as the first was: a repeat count is a size the file declares.
            for (var i = 1; i < run.Count; i++)
            {
                var rowNumber = run.First.RowNumber + i;
                budget.Cells(rowNumber, run.NonEmptyCells);
                yield return run.First with { RowNumber = rowNumber };
            }
        }
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
            if (ReferenceEquals(xml.NamespaceURI, _tableNs))
            {
                if (ReferenceEquals(xml.LocalName, _tableRow))
                {
                    if (ReadRow() is { } run) return run;
                    continue;
                }
                if (xml.LocalName is "table-header-rows" or "table-row-group" or "table-rows")
                {
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
        var repeat = Repeat(Attribute(_tableNs, _rowsRepeated));
        var firstRow = _rowsBefore + 1;
        _rowsBefore += repeat;
        var cells = _cells;
        cells.Begin();
        _rowHasCells = false;
        var nonEmpty = 0;
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
            var isCell = ReferenceEquals(xml.NamespaceURI, _tableNs)
                && (ReferenceEquals(xml.LocalName, _tableCell) || ReferenceEquals(xml.LocalName, _coveredCell));
            if (!isCell)
            {
                xml.Skip();
                continue;
            }
            var columnRepeat = Repeat(Attribute(_tableNs, _columnsRepeated));
            // A covered cell is hidden by a merge: LibreOffice shows it empty, whatever it kept.
            var value = ReferenceEquals(xml.LocalName, _tableCell) ? ReadCell(firstRow, column) : SkipCell();
            if (!value.IsEmpty)
            {
                if (column + columnRepeat > OdsReportReader.MaxColumns)
                    throw Beyond(firstRow, IssueCatalog.OdsTropVolumineux.ColonneAuDela.Format(("MaxColonnes", Grouped(OdsReportReader.MaxColumns))));
                // Empty cells before it are only counted; repeated values are cells the row holds (and is charged for).
                for (var i = 0; i < columnRepeat; i++) cells.Set((int)column + i, value);
                nonEmpty += (int)columnRepeat;
                _rowHasCells = true;
            }
            column += columnRepeat;
        }
        xml.Read(); // past </table:table-row>

        if (!_rowHasCells) return null;
        if (firstRow + repeat - 1 > MaxRows)
            throw Beyond(firstRow, IssueCatalog.OdsTropVolumineux.LigneAuDela.Format(("MaxLignes", Grouped(MaxRows))));
        if (repeat > _limits.MaxRepeatedRows)
        {
            throw Beyond(firstRow, IssueCatalog.OdsTropVolumineux.LigneRepetee.Format(
                ("Ligne", Grouped(firstRow)), ("Repetitions", Grouped(repeat)), ("MaxRepetitions", Grouped(_limits.MaxRepeatedRows))));
        }
        return new RowRun(cells.Build((int)firstRow), (int)repeat, nonEmpty);
    }

    private static UnreadableFileException Beyond(long row, IssueMessage message) =>
        new(message, row: row <= int.MaxValue ? (int)row : null);

    /// <summary>A count as a French reader writes it ("1 048 576").</summary>
    private static string Grouped(long count) => MessageNumbers.GroupThousands(count.ToString(CultureInfo.InvariantCulture));

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
        var type = Attribute(_officeNs, _valueType);
        // LibreOffice marks a formula error (#DIV/0!…) with calcext:value-type="error" and a
        // meaningless office:value="0": the text shown is what the region sees.
        var isError = Attribute(_calcExtNs, _valueType) == "error";
        RawValue? typed = isError ? null : type switch
        {
            "float" or "percentage" or "currency" => Number(Attribute(_officeNs, _value)),
            "date" => Date(Attribute(_officeNs, _dateValue)),
            "time" => Time(Attribute(_officeNs, _timeValue)),
            "boolean" => Boolean(Attribute(_officeNs, _booleanValue)),
            "string" when Attribute(_officeNs, _stringValue) is { } stringValue => RawValue.FromText(stringValue),
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
        var text = _text.Clear();
        var cellDepth = xml.Depth;
        var paragraphs = 0;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == cellDepth))
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when IsIn(_officeNs, _annotation) || IsIn(_officeNs, _annotationEnd):
                case XmlNodeType.Element when ReferenceEquals(xml.NamespaceURI, _drawNs):
                    xml.Skip(); // comments and images are not the cell's value
                    continue;
                case XmlNodeType.Element when IsIn(_textNs, _paragraph) || IsIn(_textNs, _heading):
                    if (paragraphs++ > 0) text.Append('\n');
                    break;
                case XmlNodeType.Element when IsIn(_textNs, _spaces):
                    // A count the file declares: the spaces are charged as inflated text, as if written out.
                    var spaces = (int)Math.Min(Repeat(Attribute(_textNs, _count)), MaxCellChars + 1L);
                    budget.Inflated(spaces, "content.xml");
                    text.Append(' ', spaces);
                    break;
                case XmlNodeType.Element when IsIn(_textNs, _tab):
                    text.Append('\t');
                    break;
                case XmlNodeType.Element when IsIn(_textNs, _lineBreak):
                    text.Append('\n');
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    AppendValue(text);
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

    /// <summary>
    /// <see cref="XmlReader.GetAttribute(string, string)"/> for names of the name table, by reference:
    /// the reader's own lookup hashes both strings on every call, a third of the time of a sheet.
    /// </summary>
    private string? Attribute(string ns, string localName)
    {
        if (!xml.MoveToFirstAttribute()) return null;
        string? value = null;
        do
        {
            if (ReferenceEquals(xml.LocalName, localName) && ReferenceEquals(xml.NamespaceURI, ns))
            {
                value = xml.Value;
                break;
            }
        }
        while (xml.MoveToNextAttribute());
        xml.MoveToElement();
        return value;
    }

    private bool IsIn(string ns, string localName) => ReferenceEquals(xml.LocalName, localName) && ReferenceEquals(xml.NamespaceURI, ns);

    /// <summary>Appends the current text node in chunks (no string per node).</summary>
    private void AppendValue(StringBuilder text)
    {
        if (!xml.CanReadValueChunk)
        {
            AppendSpaced(text, xml.Value);
            return;
        }
        int read;
        while ((read = xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            AppendSpaced(text, _chunk.AsSpan(0, read));
            if (text.Length > MaxCellChars) return;
        }
    }

    /// <summary>ODF white space: a raw line break or tab in a paragraph is a space (§6.1.2).</summary>
    private static void AppendSpaced(StringBuilder text, ReadOnlySpan<char> value)
    {
        while (value.IndexOfAny('\n', '\r', '\t') is var at and >= 0)
        {
            text.Append(value[..at]).Append(' ');
            value = value[(at + 1)..];
        }
        text.Append(value);
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

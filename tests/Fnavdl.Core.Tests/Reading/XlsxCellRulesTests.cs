using System.IO.Compression;
using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// How the XLSX reader reads what Excel and LibreOffice write beyond plain cells, from the package's
/// raw XML: the rules ExcelDataReader applied, which the streaming reader keeps.
/// </summary>
public sealed class XlsxCellRulesTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly XlsxReportReader Reader = new();

    // Styles: 0 General, 1 dd/mm/yyyy, 2 [h]:mm (a duration), 3 built-in 14 with applyNumberFormat="0", 4 built-in 22.
    private const string Styles = $"""
        <styleSheet xmlns="{Main}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>
        <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/><xf numFmtId="14" applyNumberFormat="0"/><xf numFmtId="22"/></cellXfs></styleSheet>
        """;

    private const string SharedStrings = $"""
        <sst xmlns="{Main}">
          <si><t>titre</t></si>
          <si><r><rPr><b/></rPr><t>gras</t></r><r><t xml:space="preserve"> puis normal</t></r><rPh sb="0" eb="1"><t>ルビ</t></rPh></si>
          <si><t>ligne 1_x000D_ ligne 2_x000a_</t></si>
        </sst>
        """;

    private static MemoryStream Workbook(string sheetData, string workbookPr = "", params (string Name, string SheetData)[] more)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheets = new StringBuilder($"""<sheet name="Projets" sheetId="1" r:id="rId1"/>""");
            var relationships = new StringBuilder("""<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>""");
            for (var i = 0; i < more.Length; i++)
            {
                sheets.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<sheet name="{more[i].Name}" sheetId="{i + 2}" r:id="rId{i + 2}"/>""");
                relationships.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i + 2}" Type="worksheet" Target="/xl/worksheets/sheet{i + 2}.xml"/>""");
                Part(zip, $"xl/worksheets/sheet{i + 2}.xml", $"""<worksheet xmlns="{Main}"><sheetData>{more[i].SheetData}</sheetData></worksheet>""");
            }
            Part(zip, "xl/workbook.xml", $"""
                <workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{workbookPr}<sheets>{sheets}</sheets></workbook>
                """);
            Part(zip, "xl/_rels/workbook.xml.rels", $"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relationships}</Relationships>
                """);
            Part(zip, "xl/sharedStrings.xml", SharedStrings);
            Part(zip, "xl/styles.xml", Styles);
            Part(zip, "xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData>{sheetData}</sheetData></worksheet>""");
        }
        stream.Position = 0;
        return stream;
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    private static List<RawRow> Rows(MemoryStream workbook) => Reader.Read(workbook, new ReadBudget(ReadLimits.Default)).First().Rows.ToList();

    [Fact]
    public void Shared_strings_join_their_rich_text_runs_leave_out_phonetic_guides_and_decode_escapes()
    {
        var row = Assert.Single(Rows(Workbook("""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>""")));

        Assert.Equal(["titre", "gras puis normal", "ligne 1\r ligne 2_x000a_"], row.Cells.Select(c => c.Text));
    }

    [Fact]
    public void Inline_and_formula_strings_are_text_an_error_cell_is_empty_and_a_bad_string_index_is_its_own_text()
    {
        var row = Assert.Single(Rows(Workbook("""
            <row r="1"><c r="A1" t="inlineStr"><is><t>en ligne</t></is></c><c r="B1" t="str"><f>A1</f><v>calcul_x0041_</v></c>
            <c r="C1" t="e"><v>#N/A</v></c><c r="D1" t="s"><v>99</v></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#REF!</v></c></row>
            """)));

        Assert.Equal("en ligne", row[0].Text);
        Assert.Equal("calculA", row[1].Text);
        Assert.True(row[2].IsEmpty);
        Assert.Equal("99", row[3].Text);
        Assert.True(row[4].Boolean);
        Assert.Equal(5, row.Cells.Length); // the trailing error cell has no value
    }

    [Fact]
    public void A_number_is_a_date_only_when_its_style_applies_a_date_format_and_a_duration_format_gives_text()
    {
        var row = Assert.Single(Rows(Workbook("""
            <row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1" s="3"><v>45366</v></c>
            <c r="D1" s="4"><v>45366.75</v></c><c r="E1" s="1"><v>30</v></c><c r="F1" s="9"><v>7</v></c><c r="G1" t="d"><v>2024-03-01</v></c></row>
            """)));

        Assert.Equal(new DateTime(2024, 3, 15), row[0].Date);
        Assert.Equal("1.12:00:00", row[1].Text);
        Assert.Equal(RawValueKind.Number, row[2].Kind);
        Assert.Equal(new DateTime(2024, 3, 15, 18, 0, 0), row[3].Date);
        Assert.Equal(new DateTime(1900, 1, 30), row[4].Date); // Excel's 1900 leap-year bug: serial 30 is 30 January
        Assert.Equal(7, row[5].Number);                        // an unknown style is General
        Assert.Equal(new DateTime(2024, 3, 1), row[6].Date);
    }

    [Fact]
    public void A_1904_workbook_counts_its_serial_days_from_1904()
    {
        var row = Assert.Single(Rows(Workbook("""<row r="1"><c r="A1" s="1"><v>0</v></c></row>""", """<workbookPr date1904="1"/>""")));

        Assert.Equal(new DateTime(1904, 1, 1), row[0].Date);
    }

    [Fact]
    public void Rows_and_cells_without_references_follow_the_previous_ones_and_a_row_written_twice_is_one_row()
    {
        var rows = Rows(Workbook("""
            <row r="2"><c r="B2"><v>1</v></c></row><row><c><v>2</v></c><c r="D3"><v>3</v></c><c><v>4</v></c></row>
            <row r="3"><c r="A3"><v>5</v></c></row>
            """));

        Assert.Equal([2, 3], rows.Select(r => r.RowNumber)); // row 1 is absent: blank, not yielded
        Assert.Equal([RawValueKind.Empty, RawValueKind.Number], rows[0].Cells.Select(c => c.Kind));
        Assert.Equal([5.0, 0, 0, 3, 4], rows[1].Cells.Select(c => c.Number));
    }

    [Fact]
    public void A_damaged_sheet_is_said_when_its_rows_are_read_and_a_damaged_sheet_never_read_does_not_matter()
    {
        var workbook = Workbook("""<row r="1"><c r="A1" t="s"><v>0</v></c></row>""", "", ("Notes", """<row r="1"><c r="A1"><v>1</v></row>"""));

        var tables = Reader.Read(workbook, new ReadBudget(ReadLimits.Default)).ToList();

        Assert.Equal("titre", Assert.Single(tables[0].Rows)[0].Text);
        var ex = Assert.Throws<UnreadableFileException>(() => tables[1].Rows.ToList());
        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
        Assert.Contains("une feuille est endommagée", ex.Message);
    }

    [Fact]
    public void A_cell_beyond_column_XFD_is_a_damaged_sheet()
    {
        var workbook = Workbook("""<row r="1"><c r="XFE1"><v>1</v></c></row>""");

        var ex = Assert.Throws<UnreadableFileException>(() => Rows(workbook));

        Assert.Contains("une feuille est endommagée", ex.Message);
    }

    [Fact]
    public void A_row_beyond_Excels_last_row_is_a_damaged_sheet_without_reading_the_blank_rows_before_it()
    {
        var workbook = Workbook("""<row r="1"><c r="A1"><v>1</v></c></row><row r="2000000000"><c r="A2000000000"><v>2</v></c></row>""");

        var ex = Assert.Throws<UnreadableFileException>(() => Rows(workbook));

        Assert.Contains("une feuille est endommagée", ex.Message);
    }

    [Fact]
    public void The_last_row_Excel_has_is_read()
    {
        var workbook = Workbook("""<row r="1048576"><c r="A1048576"><v>7</v></c></row>""");

        var row = Assert.Single(Rows(workbook));

        Assert.Equal(1_048_576, row.RowNumber);
        Assert.Equal(7, row[0].Number);
    }

    [Fact]
    public void A_shared_string_longer_than_a_cell_can_hold_is_cut_just_past_the_limit()
    {
        var limits = new ReadLimits { MaxCellChars = 10 };
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>""");
            Part(zip, "xl/sharedStrings.xml", $"""<sst xmlns="{Main}"><si><t>{new string('é', 40)}</t></si></sst>""");
            Part(zip, "xl/worksheets/sheet1.xml", $"""<worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>""");
        }
        stream.Position = 0;

        var cell = Reader.Read(stream, new ReadBudget(limits)).Single().Rows.Single()[0];

        Assert.Equal(new string('é', 11), cell.Text);
    }
}

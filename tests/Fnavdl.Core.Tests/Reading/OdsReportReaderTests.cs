using System.Buffers.Binary;
using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// The ODS reader on files LibreOffice made (Reading/Ods, remade by make-fixtures.sh) and on hostile
/// packages written by hand.
/// </summary>
public sealed class OdsReportReaderTests
{
    private static readonly OdsReportReader Reader = new();

    public static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "Fnavdl.Core.Tests", "Reading", "Ods", name);

    private static MemoryStream Open(string name) => new(File.ReadAllBytes(Fixture(name)));

    private static List<RawRow> FirstSheet(string name) => Reader.Read(Open(name), new ReadBudget(ReadLimits.Default)).First().Rows.ToList();

    [Fact]
    public void Row_numbers_and_cell_positions_are_the_ones_LibreOffice_shows()
    {
        var rows = FirstSheet("types-repetitions.ods");

        // Blank rows (3, the repeated 7-11 and the million LibreOffice writes at the end) are counted, not yielded.
        Assert.Equal([1, 2, 4, 5, 6, 12], rows.Select(r => r.RowNumber));
        var note = rows.Single(r => r.RowNumber == 12);
        Assert.Equal(14, note.Cells.Length);
        Assert.Equal("Après les lignes vides", note[13].Text);
        Assert.True(note[12].IsEmpty);
    }

    [Fact]
    public void Merged_title_shows_its_value_in_the_top_left_cell_only()
    {
        var title = FirstSheet("types-repetitions.ods")[0];

        Assert.Equal(1, title.RowNumber);
        Assert.Equal("DRIEETS Île-de-France — Bilan FNAVDL 2021 (LibreOffice)", Assert.Single(title.Cells).Text);
    }

    [Fact]
    public void Cells_keep_their_types_and_their_text_as_LibreOffice_shows_it()
    {
        var row = FirstSheet("types-repetitions.ods").Single(r => r.RowNumber == 5);

        Assert.Equal(RawValueKind.Number, row[0].Kind);
        Assert.Equal(2021, row[0].Number);
        Assert.Equal(RawValueKind.Date, row[2].Kind);
        Assert.Equal(new DateTime(2021, 3, 25), row[2].Date);
        Assert.Equal("Accompagner  vers le logement – Paris", row[4].Text);       // <text:s/> and a <text:span>
        Assert.Equal("Habitat Solidaire 75\nCCAS de Paris", row[7].Text);         // two paragraphs
        Assert.Equal(RawValueKind.Number, row[11].Kind);                         // currency
        Assert.Equal(77500.5, row[11].Number);
        Assert.Equal(RawValueKind.Number, row[13].Kind);                         // percentage
        Assert.Equal(0.25, row[13].Number);
    }

    [Fact]
    public void Every_sheet_is_listed_in_order_and_rows_can_be_read_again()
    {
        var tables = Reader.Read(Open("types-repetitions.ods"), new ReadBudget(ReadLimits.Default)).ToList();

        Assert.Equal(["Bilan 2021", "Listes"], tables.Select(t => t.SheetName));
        Assert.Equal(["association", "bailleur_social"], tables[1].Rows.Single(r => r.RowNumber == 3).Cells.Select(c => c.Text));
        Assert.Equal(tables[0].Rows.Select(r => r.RowNumber), tables[0].Rows.Select(r => r.RowNumber));
        Assert.Equal(4, tables[1].Rows.Count());
    }

    [Fact]
    public void A_workbook_converted_from_XLSX_keeps_its_title_rows_and_header_row()
    {
        var tables = Reader.Read(Open("bilan-idf-2021.ods"), new ReadBudget(ReadLimits.Default)).ToList();
        var bilan = tables[1].Rows.ToList();

        Assert.Equal(["Lisez-moi", "Bilan 2021"], tables.Select(t => t.SheetName));
        Assert.Equal("DRIEETS Île-de-France — Bilan FNAVDL 2021", Assert.Single(bilan[0].Cells).Text);
        Assert.Equal("Année", bilan.Single(r => r.RowNumber == 4)[0].Text);
        Assert.Equal(12, bilan.Count(r => r.RowNumber > 4));
    }

    [Fact]
    public void Repeated_cells_and_rows_expand_only_where_they_hold_a_value()
    {
        var content = OdsPackage.Content("<table:table table:name=\"S\">"
            + "<table:table-row><table:table-cell table:number-columns-repeated=\"3\"/><table:table-cell office:value-type=\"string\" table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"16379\"/></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell office:value-type=\"float\" office:value=\"7\"><text:p>7</text:p></table:table-cell></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048572\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
            + "</table:table>");

        var rows = Reader.Read(OdsPackage.Zip(content), new ReadBudget(ReadLimits.Default)).Single().Rows.ToList();

        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.RowNumber));
        Assert.Equal(["", "", "", "x", "x"], rows[0].Cells.Select(c => c.Display));
        Assert.All(rows.Skip(1), r => Assert.Equal(7, Assert.Single(r.Cells).Number));
    }

    [Fact]
    public void Tabs_line_breaks_comments_and_formula_errors_read_as_the_cell_shows()
    {
        var content = OdsPackage.Content("<table:table table:name=\"S\"><table:table-row>"
            + "<table:table-cell office:value-type=\"string\"><office:annotation><text:p>commentaire</text:p></office:annotation><text:p>a<text:tab/>b<text:line-break/>c</text:p></table:table-cell>"
            + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"><text:p>#DIV/0!</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>VRAI</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2021-03-15T14:30:00\"><text:p>15/03/2021 14:30</text:p></table:table-cell>"
            + "</table:table-row></table:table>");

        var row = Reader.Read(OdsPackage.Zip(content), new ReadBudget(ReadLimits.Default)).Single().Rows.Single();

        Assert.Equal("a\tb\nc", row[0].Text);
        Assert.Equal("#DIV/0!", row[1].Text);
        Assert.True(row[2].Boolean);
        Assert.Equal(new DateTime(2021, 3, 15, 14, 30, 0), row[3].Date);
    }

    [Fact]
    public void A_non_empty_row_repeated_a_million_times_is_refused_without_being_expanded()
    {
        var content = OdsPackage.Content("<table:table table:name=\"S\">"
            + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>id_projet</text:p></table:table-cell></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell office:value-type=\"string\"><text:p>P-1</text:p></table:table-cell></table:table-row>"
            + "</table:table>");

        var rows = Reader.Read(OdsPackage.Zip(content), new ReadBudget(ReadLimits.Default)).Single().Rows;
        var error = Assert.Throws<UnreadableFileException>(() => rows.Count());

        Assert.Equal(IssueCodes.OdsTropVolumineux, error.Code);
        Assert.Equal(2, error.Row);
        Assert.Contains("répétée 1 048 575 fois", error.Message.Replace('\u202F', ' ').Replace('\u00A0', ' ').Replace(',', ' '));
    }

    [Fact]
    public void A_row_beyond_the_last_row_of_a_sheet_or_a_cell_beyond_its_last_column_is_refused()
    {
        var belowSheet = OdsPackage.Content("<table:table table:name=\"S\">"
            + "<table:table-row table:number-rows-repeated=\"2000000\"><table:table-cell/></table:table-row>"
            + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>");
        var pastColumns = OdsPackage.Content("<table:table table:name=\"S\"><table:table-row>"
            + "<table:table-cell table:number-columns-repeated=\"16384\"/><table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
            + "</table:table-row></table:table>");

        foreach (var content in new[] { belowSheet, pastColumns })
        {
            var rows = Reader.Read(OdsPackage.Zip(content), new ReadBudget(ReadLimits.Default)).Single().Rows;
            Assert.Equal(IssueCodes.OdsTropVolumineux, Assert.Throws<UnreadableFileException>(() => rows.Count()).Code);
        }
    }

    [Fact]
    public void A_run_of_a_billion_spaces_is_refused_before_it_is_allocated()
    {
        var content = OdsPackage.Content("<table:table table:name=\"S\"><table:table-row>"
            + "<table:table-cell office:value-type=\"string\"><text:p>a<text:s text:c=\"1000000000\"/>b</text:p></table:table-cell></table:table-row></table:table>");

        var rows = Reader.Read(OdsPackage.Zip(content), new ReadBudget(ReadLimits.Default)).Single().Rows;
        var error = Assert.Throws<UnreadableFileException>(() => rows.Count());

        Assert.Equal(IssueCodes.OdsTropVolumineux, error.Code);
        Assert.Contains("A1", error.Message);
    }

    [Fact]
    public void A_package_declaring_more_than_the_limit_is_refused_before_inflating()
    {
        var ods = OdsPackage.Zip(OdsPackage.Content("<table:table table:name=\"S\"/>" + new string(' ', 5000)));

        var error = Assert.Throws<UnreadableFileException>(() => Reader.Read(ods, new ReadBudget(new ReadLimits { MaxXlsxExpandedBytes = 4096 })));

        Assert.Equal(IssueCodes.OdsTropVolumineux, error.Code);
        Assert.Contains("4 Ko", error.Message);
    }

    [Fact]
    public void A_part_that_inflates_beyond_its_declared_size_is_refused()
    {
        // A zip bomb that lies: content.xml declares 100 bytes and inflates to 1 MiB of table rows.
        var rows = string.Concat(Enumerable.Repeat("<table:table-row><table:table-cell/></table:table-row>", 20_000));
        var ods = ForgeDeclaredSize(OdsPackage.Zip(OdsPackage.Content($"<table:table table:name=\"S\">{rows}</table:table>")), "content.xml", 100);

        var error = Assert.Throws<UnreadableFileException>(() => Reader.Read(ods, new ReadBudget(ReadLimits.Default)).Single().Rows.Count());

        // .NET stops inflating at the declared size (the reader's own count is the second fence):
        // the truncated XML is refused, nothing beyond 100 bytes was read.
        Assert.Equal(IssueCodes.FichierIllisible, error.Code);
        Assert.StartsWith("Le fichier n'est pas un classeur ODS lisible", error.Message);
    }

    [Fact]
    public void An_XML_entity_declaration_is_refused_and_never_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "secret-du-serveur");
        try
        {
            var prolog = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file://{secret}\">]>";
            var content = OdsPackage.Content("<table:table table:name=\"S\"><table:table-row><table:table-cell office:value-type=\"string\"><text:p>&xxe;</text:p></table:table-cell></table:table-row></table:table>", prolog);

            var error = Assert.Throws<UnreadableFileException>(() => Reader.Read(OdsPackage.Zip(content), new ReadBudget(ReadLimits.Default)).Single().Rows.ToList());

            Assert.Equal(IssueCodes.FichierIllisible, error.Code);
            Assert.Contains("DTD", error.Message);
            Assert.DoesNotContain("secret-du-serveur", error.Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_password_protected_document_is_said_so()
    {
        var ods = OdsPackage.Zip("\u0001\u0002 chiffré", OdsPackage.EncryptedManifest);

        var error = Assert.Throws<UnreadableFileException>(() => Reader.Read(ods, new ReadBudget(ReadLimits.Default)));

        Assert.Equal(IssueCodes.ClasseurProtege, error.Code);
        Assert.Contains("mot de passe", error.Message);
    }

    [Fact]
    public void Something_else_than_an_ODS_spreadsheet_is_unreadable_with_a_French_reason()
    {
        var text = new MemoryStream(Encoding.UTF8.GetBytes("id_projet;montant\nP-1;100\n"));
        var textDocument = OdsPackage.Zip(OdsPackage.Content(""), mimetype: "application/vnd.oasis.opendocument.text");

        Assert.Contains("archive ZIP", Assert.Throws<UnreadableFileException>(() => Reader.Read(text, new ReadBudget(ReadLimits.Default))).Message);
        Assert.Contains("opendocument.text", Assert.Throws<UnreadableFileException>(() => Reader.Read(textDocument, new ReadBudget(ReadLimits.Default))).Message);
    }

    /// <summary>Rewrites the uncompressed size an entry declares, in its local header and in the central directory.</summary>
    private static MemoryStream ForgeDeclaredSize(MemoryStream zip, string entryName, uint size)
    {
        var bytes = zip.ToArray();
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
        }
        return new MemoryStream(bytes);
    }
}

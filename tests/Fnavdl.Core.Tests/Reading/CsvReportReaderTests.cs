using System.Text;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Tests.Reading;

public sealed class CsvReportReaderTests
{
    private static readonly CsvReportReader Reader = new();

    static CsvReportReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static RawTable ReadTable(byte[] bytes) => Assert.Single(Reader.Read(new MemoryStream(bytes), new ReadBudget(ReadLimits.Default)));

    private static RawTable ReadTable(string text, Encoding encoding) => ReadTable(encoding.GetBytes(text));

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    [Fact]
    public void Windows_1252_accents_are_decoded()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("intitulé;montant\nŒuvre éducative;1 200 €\n");
        Assert.Contains((byte)0xE9, bytes); // é as a single 1252 byte, invalid in UTF-8

        var rows = ReadTable(bytes).Rows.ToList();

        Assert.Equal("intitulé", rows[0][0].Text);
        Assert.Equal("Œuvre éducative", rows[1][0].Text);
        Assert.Equal("1 200 €", rows[1][1].Text);
    }

    [Fact]
    public void Iso_8859_1_decodes_as_windows_1252()
    {
        var rows = ReadTable("intitulé;département\nFoyer à Rennes;Ille-et-Vilaine\n", Encoding.Latin1).Rows.ToList();

        Assert.Equal("département", rows[0][1].Text);
        Assert.Equal("Foyer à Rennes", rows[1][0].Text);
    }

    [Fact]
    public void Utf16_with_bom_from_excel_unicode_text_is_decoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("intitulé\tmontant\nœuvre\t12\n")).ToArray();

        var table = ReadTable(bytes);

        Assert.Equal('\t', table.Delimiter);
        Assert.Equal(["intitulé", "œuvre"], table.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Utf8_without_bom_is_decoded()
    {
        var rows = ReadTable("intitulé;thème\nœuvre;santé € mentale\n", Utf8NoBom).Rows.ToList();

        Assert.Equal("intitulé", rows[0][0].Text);
        Assert.Equal("santé € mentale", rows[1][1].Text);
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_first_cell()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Utf8NoBom.GetBytes("intitulé;montant\nx;1\n")).ToArray();

        var rows = ReadTable(bytes).Rows.ToList();

        Assert.Equal("intitulé", rows[0][0].Text);
        Assert.Equal(1, rows[0].RowNumber);
    }

    [Fact]
    public void Utf8_sequences_cut_by_the_detection_chunk_boundary_still_count_as_utf8()
    {
        // 64 KiB chunks: put a 3-byte "€" across the first boundary, at bytes 65535..65537.
        // Rows of 1 000 characters (a cell is capped at 32 767), then the row holding the cut "€".
        var fillerRows = string.Concat(Enumerable.Repeat("1;" + new string('a', 997) + "\n", 65));
        var prefix = "id;texte\n" + fillerRows + "2;";
        var text = prefix + new string('a', 64 * 1024 - 1 - prefix.Length) + "€ fin\n3;é\n";
        var bytes = Utf8NoBom.GetBytes(text);
        Assert.Equal(0xE2, bytes[64 * 1024 - 1]);

        var rows = ReadTable(bytes).Rows.ToList();

        Assert.EndsWith("€ fin", rows[^2][1].Text);
        Assert.Equal("é", rows[^1][1].Text);
    }

    [Fact]
    public void Semicolon_file_with_decimal_commas_resolves_to_semicolon()
    {
        var table = ReadTable("id_projet;montant_accorde;montant_demande\nP1;3100,50;4000\nP2;1200;1500,75\nP3;10;20\n", Utf8NoBom);

        Assert.Equal(';', table.Delimiter);
        var rows = table.Rows.ToList();
        Assert.Equal("3100,50", rows[1][1].Text);
        Assert.Equal("1500,75", rows[2][2].Text);
    }

    [Fact]
    public void Comma_file_with_quoted_commas_keeps_them_in_the_cell()
    {
        var table = ReadTable("id_projet,intitule,montant\nP1,\"Logement, emploi\",1200\nP2,\"Dit \"\"Toit\"\"\",5\n", Utf8NoBom);

        Assert.Equal(',', table.Delimiter);
        var rows = table.Rows.ToList();
        Assert.Equal("Logement, emploi", rows[1][1].Text);
        Assert.Equal("Dit \"Toit\"", rows[2][1].Text);
        Assert.Equal(3, rows[1].Cells.Length);
    }

    [Fact]
    public void Tab_file_is_detected()
    {
        var table = ReadTable("id_projet\tintitule\tmontant\nP1\tAide, accompagnement; suivi\t12\n", Utf8NoBom);

        Assert.Equal('\t', table.Delimiter);
        Assert.Equal("Aide, accompagnement; suivi", table.Rows.ElementAt(1)[1].Text);
    }

    [Fact]
    public void Multi_line_quoted_cell_counts_its_lines_for_the_following_rows()
    {
        var rows = ReadTable("id;intitule\nP1;\"ligne un\nligne deux\nligne trois\"\nP2;simple\n", Utf8NoBom).Rows.ToList();

        Assert.Equal([1, 2, 5], rows.Select(r => r.RowNumber));
        Assert.Equal("ligne un\nligne deux\nligne trois", rows[1][1].Text);
        Assert.Equal("P2", rows[2][0].Text);
    }

    [Fact]
    public void Multi_line_header_cell_still_starts_on_line_one()
    {
        var rows = ReadTable("\"montant\naccordé\";id\nP1;1\n", Utf8NoBom).Rows.ToList();

        Assert.Equal([1, 3], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Blank_lines_keep_later_line_numbers_right()
    {
        var rows = ReadTable("id;montant\n\nP1;1\n;\nP2;2\n", Utf8NoBom).Rows.ToList();

        var data = rows.Where(r => !r.IsBlank).ToList();
        Assert.Equal([1, 3, 5], data.Select(r => r.RowNumber));
        Assert.Equal("P2", data[2][0].Text);
    }

    [Fact]
    public void Crlf_line_endings_are_counted_once()
    {
        var rows = ReadTable("id;montant\r\nP1;1\r\n\r\nP2;2\r\n", Utf8NoBom).Rows.Where(r => !r.IsBlank).ToList();

        Assert.Equal([1, 2, 4], rows.Select(r => r.RowNumber));
        Assert.Equal("1", rows[1][1].Text);
    }

    [Fact]
    public void Blank_cells_are_empty_and_ragged_rows_are_accepted()
    {
        var rows = ReadTable("a;b;c\n1;  ;\n1;2;3;4\n5\n", Utf8NoBom).Rows.ToList();

        Assert.True(rows[1][1].IsEmpty);
        Assert.True(rows[1][2].IsEmpty);
        Assert.Equal(4, rows[2].Cells.Length);
        Assert.Equal("4", rows[2][3].Text);
        Assert.Single(rows[3].Cells);
    }

    [Fact]
    public void Table_has_no_sheet_name_nor_header_and_the_header_is_row_one()
    {
        var table = ReadTable("id;montant\nP1;1\n", Utf8NoBom);

        Assert.Null(table.SheetName);
        Assert.Null(table.Header);
        var first = table.Rows.First();
        Assert.Equal(1, first.RowNumber);
        Assert.Equal("id", first[0].Text);
        Assert.Equal(RawValueKind.Text, first[0].Kind);
    }

    [Fact]
    public void Empty_file_is_one_table_without_rows()
    {
        var table = ReadTable([]);

        Assert.Empty(table.Rows);
        Assert.Equal(';', table.Delimiter);
    }

    [Fact]
    public void Reading_starts_where_the_stream_stands()
    {
        var bytes = Utf8NoBom.GetBytes("ignoré\nid,montant\nP1,1\n");
        var stream = new MemoryStream(bytes) { Position = Utf8NoBom.GetByteCount("ignoré\n") };

        var table = Assert.Single(Reader.Read(stream, new ReadBudget(ReadLimits.Default)));

        Assert.Equal(',', table.Delimiter);
        Assert.Equal(["id", "P1"], table.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Rows_can_be_enumerated_again()
    {
        var table = ReadTable("id;montant\nP1;1\nP2;2\n", Utf8NoBom);

        _ = table.Rows.Take(2).ToList();
        Assert.Equal(["id", "P1", "P2"], table.Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Spaces_outside_quotes_are_trimmed_and_inside_kept()
    {
        var rows = ReadTable("a;b\n x ; \" y \" \n", Utf8NoBom).Rows.ToList();

        Assert.Equal("x", rows[1][0].Text);
        Assert.Equal(" y ", rows[1][1].Text);
    }
}

public sealed class DelimiterDetectorTests
{
    [Theory]
    [InlineData("a;b;c\n1;2,5;3\n4;5;6,25\n", ';')]
    [InlineData("a,b,c\n1,2.5,3\n", ',')]
    [InlineData("a\tb\n1\t2,5\n", '\t')]
    [InlineData("\"a;x\",b,c\n1,2,3\n", ',')]                  // semicolon only inside quotes
    [InlineData("nom;montant\nA;1,5\nB;2,5\nC;3,5\n", ';')]      // every amount has a decimal comma, the header none
    [InlineData("seule_colonne\nvaleur\n", ';')]                 // nothing to tell: French default
    [InlineData("a;b;c\n1;2;3\n4;5\n7;8;9\n", ';')]              // one ragged row
    public void Detects(string sample, char expected) =>
        Assert.Equal(expected, Fnavdl.Core.Reading.DelimiterDetector.Detect(sample, complete: true));

    [Fact]
    public void Ignores_a_truncated_last_record()
    {
        // The sample stops inside a record whose commas would otherwise look consistent.
        Assert.Equal(';', Fnavdl.Core.Reading.DelimiterDetector.Detect("a;b\n1;2\n3,4,5,6,7", complete: false));
    }
}

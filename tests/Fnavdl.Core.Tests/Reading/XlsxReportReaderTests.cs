using System.IO.Compression;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Reading;

public sealed class XlsxReportReaderTests
{
    private static readonly XlsxReportReader Reader = new();

    private static MemoryStream RegionalWorkbook() => new XlsxBuilder()
        .Sheet("Projets", s => s
            .Row("Rapport FNAVDL — Région Bretagne").Merge("A1:E1")
            .Row("Programme 2024")
            .RowAt(5, "id_projet", "montant_accorde", "date_decision", "co_portage", "annee")
            .Row("P-001", 12500.5, new DateTime(2024, 3, 14), true, 2024)
            .RowAt(8, new XlsxBuilder.InlineText("P-002"), 45366, new DateTime(2024, 6, 1), false, 2024))
        .ToStream();

    [Fact]
    public void Row_numbers_are_the_sheet_rows_excel_shows_despite_title_blank_and_merged_rows()
    {
        var table = Assert.Single(Reader.Read(RegionalWorkbook(), new ReadBudget(ReadLimits.Default)));
        var rows = table.Rows.ToList();

        Assert.Equal("Projets", table.SheetName);
        Assert.Null(table.Header);
        Assert.Equal("Rapport FNAVDL — Région Bretagne", rows.Single(r => r.RowNumber == 1)[0].Text);
        Assert.Equal("Programme 2024", rows.Single(r => r.RowNumber == 2)[0].Text);
        Assert.DoesNotContain(rows, r => r.RowNumber == 3); // absent: blank, not yielded
        Assert.Equal("id_projet", rows.Single(r => r.RowNumber == 5)[0].Text);
        Assert.Equal("P-001", rows.Single(r => r.RowNumber == 6)[0].Text);
        Assert.Equal("P-002", rows.Single(r => r.RowNumber == 8)[0].Text);
        Assert.Equal([1, 2, 5, 6, 8], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Merged_title_shows_its_value_in_the_top_left_cell_only()
    {
        var title = Reader.Read(RegionalWorkbook(), new ReadBudget(ReadLimits.Default)).Single().Rows.First();

        Assert.Equal(RawValueKind.Text, title[0].Kind);
        Assert.True(title[1].IsEmpty);
        Assert.True(title[4].IsEmpty);
    }

    [Fact]
    public void Rows_stop_at_their_last_non_empty_cell()
    {
        var rows = Reader.Read(RegionalWorkbook(), new ReadBudget(ReadLimits.Default)).Single().Rows.ToList();

        Assert.Single(rows[0].Cells);                   // merged title over A1:E1
        Assert.Equal(5, rows.Single(r => r.RowNumber == 5).Cells.Length);
    }

    [Fact]
    public void Cells_keep_their_types()
    {
        var rows = Reader.Read(RegionalWorkbook(), new ReadBudget(ReadLimits.Default)).Single().Rows.ToList();
        var first = rows.Single(r => r.RowNumber == 6);
        var second = rows.Single(r => r.RowNumber == 8);

        Assert.Equal(RawValueKind.Text, first[0].Kind);
        Assert.Equal(RawValueKind.Number, first[1].Kind);
        Assert.Equal(12500.5, first[1].Number);
        Assert.Equal(RawValueKind.Date, first[2].Kind);
        Assert.Equal(new DateTime(2024, 3, 14), first[2].Date);
        Assert.Equal(RawValueKind.Boolean, first[3].Kind);
        Assert.True(first[3].Boolean);
        Assert.Equal(RawValueKind.Number, first[4].Kind);
        Assert.Equal(2024, first[4].Number);

        // An Excel serial number in a General cell stays a number: only the format makes a date.
        Assert.Equal(RawValueKind.Number, second[1].Kind);
        Assert.Equal(45366, second[1].Number);
        Assert.Equal("P-002", second[0].Text); // inline string
        Assert.False(second[3].Boolean);
        Assert.Equal(RawValueKind.Boolean, second[3].Kind);
    }

    [Fact]
    public void Each_sheet_is_a_table_in_order()
    {
        var stream = new XlsxBuilder()
            .Sheet("Notes", s => s.Row("Lisez-moi").Row("Ce classeur contient le rapport."))
            .Sheet("Projets", s => s.Row("id_projet", "montant").Row("P1", 10))
            .Sheet("Listes", s => s.RowAt(2, "association"))
            .ToStream();

        var tables = Reader.Read(stream, new ReadBudget(ReadLimits.Default))
            .Select(t => (t.SheetName, Rows: t.Rows.Select(r => (r.RowNumber, r[0].Display)).ToList()))
            .ToList();

        Assert.Equal(["Notes", "Projets", "Listes"], tables.Select(t => t.SheetName));
        Assert.Equal([(1, "Lisez-moi"), (2, "Ce classeur contient le rapport.")], tables[0].Rows);
        Assert.Equal([(1, "id_projet"), (2, "P1")], tables[1].Rows);
        Assert.Equal([(2, "association")], tables[2].Rows); // row 1 is absent: blank, not yielded
    }

    [Fact]
    public void Consumer_can_peek_each_sheet_then_read_the_first_with_a_header_in_full()
    {
        var stream = new XlsxBuilder()
            .Sheet("Notes", s => s.Row("Notice").Row("Remplir l'onglet suivant").Row("Merci"))
            .Sheet("Données", s => s
                .Row("Titre").Merge("A1:B1")
                .RowAt(3, "id_projet", "montant")
                .Row("P1", 1).Row("P2", 2).Row("P3", 3))
            .Sheet("Autre", s => s.Row("id_projet", "montant").Row("X", 9))
            .ToStream();

        // What the schema stage does: look at a few rows of each sheet, stop at the first header,
        // then enumerate that sheet's rows again in full.
        RawTable? chosen = null;
        foreach (var table in Reader.Read(stream, new ReadBudget(ReadLimits.Default)))
        {
            var peek = table.Rows.Take(30).ToList();
            if (peek.Any(r => r[0].Text == "id_projet")) { chosen = table; break; }
        }

        Assert.NotNull(chosen);
        Assert.Equal("Données", chosen.SheetName);
        var rows = chosen.Rows.ToList();
        Assert.Equal([1, 3, 4, 5, 6], rows.Select(r => r.RowNumber)); // row 2 is absent
        Assert.Equal(["P1", "P2", "P3"], rows.Skip(2).Select(r => r[0].Text));
    }

    [Fact]
    public void Sheets_can_be_read_out_of_order_and_after_the_tables_were_listed()
    {
        var stream = new XlsxBuilder()
            .Sheet("Un", s => s.Row("a1").Row("a2"))
            .Sheet("Deux", s => s.Row("b1"))
            .ToStream();

        var tables = Reader.Read(stream, new ReadBudget(ReadLimits.Default)).ToList();

        Assert.Equal(["b1"], tables[1].Rows.Select(r => r[0].Text));
        Assert.Equal(["a1", "a2"], tables[0].Rows.Select(r => r[0].Text));
        Assert.Equal(["b1"], tables[1].Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Interleaved_enumerations_fail_loudly_rather_than_mix_sheets()
    {
        var stream = new XlsxBuilder()
            .Sheet("Un", s => s.Row("a1").Row("a2"))
            .Sheet("Deux", s => s.Row("b1"))
            .ToStream();
        var tables = Reader.Read(stream, new ReadBudget(ReadLimits.Default)).ToList();

        using var first = tables[0].Rows.GetEnumerator();
        Assert.True(first.MoveNext());
        using var second = tables[1].Rows.GetEnumerator();
        Assert.True(second.MoveNext());

        Assert.Throws<InvalidOperationException>(() => first.MoveNext());
    }

    [Fact]
    public void Expanded_size_over_the_limit_is_rejected_as_too_large()
    {
        var ex = Assert.Throws<UnreadableFileException>(() =>
            Reader.Read(RegionalWorkbook(), new ReadBudget(new ReadLimits { MaxXlsxExpandedBytes = 1000 })));

        Assert.Equal(IssueCodes.XlsxTropVolumineux, ex.Code);
        Assert.Contains("1000 octets", ex.Message);
        Assert.Contains("Ko", ex.Message); // the workbook's own expanded size
    }

    [Fact]
    public void Zip_bomb_is_rejected_before_being_inflated()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 8; i++) entry.Write(zeros);
        }
        bomb.Position = 0;
        Assert.True(bomb.Length < 100_000);

        var ex = Assert.Throws<UnreadableFileException>(() =>
            Reader.Read(bomb, new ReadBudget(new ReadLimits { MaxXlsxExpandedBytes = 1024 * 1024 })));

        Assert.Equal(IssueCodes.XlsxTropVolumineux, ex.Code);
        Assert.Contains("8 Mo", ex.Message);
        Assert.Contains("1 Mo", ex.Message);
    }

    [Fact]
    public void Garbage_bytes_are_an_unreadable_file()
    {
        var garbage = new MemoryStream("id_projet;montant\nP1;12\n"u8.ToArray());

        var ex = Assert.Throws<UnreadableFileException>(() => Reader.Read(garbage, new ReadBudget(ReadLimits.Default)));

        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
        Assert.StartsWith("Le fichier n'est pas un classeur XLSX lisible", ex.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_an_unreadable_file()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("pas un classeur");
        }
        stream.Position = 0;

        var ex = Assert.Throws<UnreadableFileException>(() => Reader.Read(stream, new ReadBudget(ReadLimits.Default)).ToList());

        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
    }

    [Fact]
    public void The_stream_is_left_open()
    {
        var stream = RegionalWorkbook();
        foreach (var table in Reader.Read(stream, new ReadBudget(ReadLimits.Default)))
            _ = table.Rows.Count();

        Assert.True(stream.CanRead);
    }
}

using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// How the .xlsb reader reads the records Excel writes ([MS-XLSB], workbooks made record by record by
/// <see cref="XlsbWriter"/>): the XLSX reader's rules — row numbers, types, number formats, 1904 — and the
/// cost model's bounds on what a record declares.
/// </summary>
public sealed class XlsbCellRulesTests
{
    private static readonly XlsbReportReader Reader = new();

    private static List<RawRow> Rows(byte[] workbook, ReadLimits? limits = null) =>
        Reader.Read(new MemoryStream(workbook), new ReadBudget(limits ?? ReadLimits.Default)).First().Rows.ToList();

    [Fact]
    public void Cells_keep_their_type_rows_are_numbered_as_shown_and_short_cells_follow_the_previous_one()
    {
        var workbook = new XlsbWriter().SharedStrings(["partagé"]).Sheet("Projets", s => s
            .Row(1).Text(0, "texte").SharedString(1, 0).Real(2, 93500.5).Rk(3, (68u << 2) | 2).Rk(4, (12345u << 2) | 3)
                .Bool(5, true).Error(6).Blank(7).FormulaText(8, "calculé")
            .Row(4).Real(2, 1).ShortReal(2).ShortText("court").ShortBlank().ShortReal(5)).ToBytes();

        var rows = Rows(workbook);

        Assert.Equal([2, 5], rows.Select(r => r.RowNumber)); // rows 1, 3 and 4 are absent: not yielded
        var first = rows[0];
        Assert.Equal(("texte", "partagé", 93500.5, 68.0, 123.45, true), (first[0].Text, first[1].Text, first[2].Number, first[3].Number, first[4].Number, first[5].Boolean));
        Assert.True(first[6].IsEmpty && first[7].IsEmpty); // an error and a blank hold no value
        Assert.Equal("calculé", first[8].Text);
        Assert.Equal([RawValueKind.Empty, RawValueKind.Empty, RawValueKind.Number, RawValueKind.Number, RawValueKind.Text, RawValueKind.Empty, RawValueKind.Number],
            rows[1].Cells.Select(c => c.Kind));
        Assert.Equal((1.0, 2.0, "court", 5.0), (rows[1][2].Number, rows[1][3].Number, rows[1][4].Text, rows[1][6].Number));
    }

    [Fact]
    public void A_number_is_a_date_by_its_cell_format_and_a_1904_workbook_counts_from_1904()
    {
        static XlsbWriter Formats() => new XlsbWriter().Format(164, "dd/mm/yyyy").Format(165, "[h]:mm")
            .CellFormat(0).CellFormat(14).CellFormat(164).CellFormat(165).CellFormat(22);
        static Action<XlsbSheetWriter> Cells(double serial) => s => s.Row(0).Real(0, serial).Real(1, serial, 1).Real(2, serial, 2).Real(3, 1.5, 3).Real(4, serial + 0.75, 4).Real(5, 7, 9);

        var in1900 = Assert.Single(Rows(Formats().Sheet("A", Cells(45366)).ToBytes()));
        var in1904 = Assert.Single(Rows(Formats().Date1904().Sheet("A", Cells(0)).ToBytes()));

        Assert.Equal(RawValueKind.Number, in1900[0].Kind);
        Assert.Equal((new DateTime(2024, 3, 15), new DateTime(2024, 3, 15)), (in1900[1].Date, in1900[2].Date));
        Assert.Equal("1.12:00:00", in1900[3].Text);
        Assert.Equal(new DateTime(2024, 3, 15, 18, 0, 0), in1900[4].Date);
        Assert.Equal(7, in1900[5].Number); // a style outside the table is General
        Assert.Equal((new DateTime(1904, 1, 1), new DateTime(1904, 1, 1, 18, 0, 0)), (in1904[1].Date, in1904[4].Date));
    }

    [Fact]
    public void A_text_longer_than_a_cell_can_hold_is_cut_just_past_the_limit_shared_or_not()
    {
        var workbook = new XlsbWriter().SharedStrings([new string('é', 40)]).Sheet("A", s => s.Row(0).SharedString(0, 0).Text(1, new string('a', 40))).ToBytes();

        var row = Assert.Single(Rows(workbook, new ReadLimits { MaxCellChars = 10 }));

        Assert.Equal((new string('é', 11), new string('a', 11)), (row[0].Text, row[1].Text));
    }

    [Fact]
    public void A_cell_beyond_XFD_or_a_row_beyond_the_last_is_a_damaged_sheet()
    {
        var farCell = new XlsbWriter().Sheet("A", s => s.Row(0).Real(16_384, 1)).ToBytes();
        var farRow = new XlsbWriter().Sheet("A", s => s.Row(0).Real(0, 1).Row(2_000_000_000).Real(0, 2)).ToBytes();

        foreach (var workbook in new[] { farCell, farRow })
        {
            var ex = Assert.Throws<UnreadableFileException>(() => Rows(workbook));
            Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
            Assert.Contains("(.xlsb) lisible : une feuille est endommagée", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_record_declaring_hundreds_of_megabytes_is_never_allocated()
    {
        // A cell record that says it is 200 MB long, in a part of a few bytes: refused as cut short, having held 96 KB at most.
        var workbook = new XlsbWriter().Sheet("A", s => s.Row(0).Raw(6, [0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x0F], declaredSize: 200_000_000)).ToBytes();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<UnreadableFileException>(() => Rows(workbook));

        Assert.Contains("une feuille est endommagée", ex.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4_000_000);
    }

    [Fact]
    public void A_password_protected_workbook_is_said_so_and_other_workbooks_under_xlsb_are_read_as_what_they_are()
    {
        var encrypted = XlsWriter.CompoundFile("EncryptedPackage", new byte[5000]);
        var xls = new XlsWriter().Sheet("Ancien", s => s.Number(0, 0, 7)).ToBytes();
        var xlsx = new XlsxBuilder().Sheet("Récent", s => s.Row(8.0)).ToBytes();

        var ex = Assert.Throws<UnreadableFileException>(() => Rows(encrypted));

        Assert.Equal(IssueCodes.ClasseurProtege, ex.Code);
        Assert.Equal(7, Assert.Single(Rows(xls))[0].Number);
        Assert.Equal(8, Assert.Single(Rows(xlsx))[0].Number);
    }

    [Fact]
    public void Sheets_are_listed_in_workbook_order_and_any_sheet_may_be_read_again_in_any_order()
    {
        var workbook = new XlsbWriter().Sheet("Notice", s => s.Row(0).Text(0, "Lisez-moi")).Sheet("Projets", s => s.Row(2).Real(1, 3)).ToBytes();

        var tables = Reader.Read(new MemoryStream(workbook), new ReadBudget(ReadLimits.Default)).ToList();

        Assert.Equal(["Notice", "Projets"], tables.Select(t => t.SheetName));
        Assert.Equal((3, 3.0), tables[1].Rows.Select(r => (r.RowNumber, r[1].Number)).Single());
        Assert.Equal("Lisez-moi", tables[0].Rows.Single()[0].Text);
        Assert.Equal((3, 3.0), tables[1].Rows.Select(r => (r.RowNumber, r[1].Number)).Single());
    }
}

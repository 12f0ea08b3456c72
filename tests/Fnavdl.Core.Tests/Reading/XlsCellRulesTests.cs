using System.Buffers.Binary;
using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// How the .xls reader reads BIFF8 records ([MS-XLS], workbooks made record by record by <see cref="XlsWriter"/>):
/// the XLSX reader's rules, and what bounds ExcelDataReader from outside — the compound file checked against
/// its bytes, BIFF8's limits on a sheet's declared size, sheets that share data, thousands of number formats.
/// </summary>
public sealed class XlsCellRulesTests
{
    private static readonly XlsReportReader Reader = new();

    private static List<RawTable> Tables(byte[] workbook) => Reader.Read(new MemoryStream(workbook), new ReadBudget(ReadLimits.Default)).ToList();

    private static List<RawRow> Rows(byte[] workbook) => Tables(workbook).First().Rows.ToList();

    private static UnreadableFileException Refused(byte[] workbook) => Assert.Throws<UnreadableFileException>(() => Rows(workbook));

    [Fact]
    public void Cells_keep_their_type_and_rows_are_numbered_as_shown_without_the_blank_ones()
    {
        var workbook = new XlsWriter().SharedStrings("partagé").Sheet("Projets", s => s
            .Label(0, 0, "Titre").Number(3, 1, 93500.5).SharedString(3, 2, 0).Blanks(5, 0, 10).Number(6, 255, 1)).ToBytes();

        var rows = Rows(workbook);

        Assert.Equal([1, 4, 7], rows.Select(r => r.RowNumber)); // rows 2, 3 and 5 blank, row 6 only formatted cells
        Assert.Equal(("Titre", 93500.5, "partagé", 1.0), (rows[0][0].Text, rows[1][1].Number, rows[1][2].Text, rows[2][255].Number));
    }

    [Fact]
    public void A_number_is_a_date_by_its_cell_format_and_a_1904_workbook_counts_from_1904()
    {
        static XlsWriter Formats() => new XlsWriter().Format(164, "dd/mm/yyyy").Xf(0).Xf(14).Xf(164);

        var in1900 = Assert.Single(Rows(Formats().Sheet("A", s => s.Number(0, 0, 45366).Number(0, 1, 45366, xf: 1).Number(0, 2, 45366.75, xf: 2)).ToBytes()));
        var in1904 = Assert.Single(Rows(Formats().Date1904().Sheet("A", s => s.Number(0, 0, 0, xf: 1)).ToBytes()));

        Assert.Equal(RawValueKind.Number, in1900[0].Kind);
        Assert.Equal((new DateTime(2024, 3, 15), new DateTime(2024, 3, 15, 18, 0, 0)), (in1900[1].Date, in1900[2].Date));
        Assert.Equal(new DateTime(1904, 1, 1), in1904[0].Date);
    }

    [Fact]
    public void Sheets_are_listed_in_workbook_order_and_any_sheet_may_be_read_again_in_any_order()
    {
        var workbook = new XlsWriter().Sheet("Notice", s => s.Label(0, 0, "Lisez-moi")).Sheet("Projets", s => s.Number(2, 1, 3)).ToBytes();

        var tables = Tables(workbook);

        Assert.Equal(["Notice", "Projets"], tables.Select(t => t.SheetName));
        Assert.Equal((3, 3.0), tables[1].Rows.Select(r => (r.RowNumber, r[1].Number)).Single());
        Assert.Equal("Lisez-moi", tables[0].Rows.Single()[0].Text);
        Assert.Equal((3, 3.0), tables[1].Rows.Select(r => (r.RowNumber, r[1].Number)).Single());
    }

    [Theory]
    [InlineData(2_000_000_000u, (ushort)10)] // ExcelDataReader would walk two billion declared rows, yielding nothing
    [InlineData(100u, (ushort)60_000)]       // … and clear a 60 000-cell array for each row
    public void A_sheet_declaring_more_than_BIFF8s_rows_or_columns_is_a_damaged_sheet_refused_before_its_rows(uint rows, ushort columns)
    {
        var workbook = new XlsWriter().Sheet("A", s => s.Dimensions(rows, columns).Number(0, 0, 1)).ToBytes();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Refused(workbook);

        Assert.Contains("(.xls) lisible : une feuille est endommagée", ex.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8_000_000);
    }

    [Fact]
    public void Two_sheets_starting_at_the_same_record_are_a_damaged_workbook()
    {
        // Ten thousand sheets naming one sheet's data would make ExcelDataReader scan it ten thousand times.
        var stream = new XlsWriter().Sheet("A", s => s.Number(0, 0, 1)).Sheet("B", s => s.Number(0, 0, 2)).Stream();
        var first = IndexOfBoundSheet(stream, 0);
        var second = IndexOfBoundSheet(stream, first + 1);
        stream.AsSpan(first + 4, 4).CopyTo(stream.AsSpan(second + 4, 4));

        var ex = Assert.Throws<UnreadableFileException>(() => Tables(XlsWriter.CompoundFile("Workbook", stream)));

        Assert.Contains("(.xls) lisible : le classeur est endommagé", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_number_formats_than_a_workbook_holds_are_refused_before_they_are_compared()
    {
        var writer = new XlsWriter();
        for (var i = 0; i <= XlsReportReader.MaxNumberFormats; i++) writer.Format((ushort)(164 + i), "0.00" + new string('0', i % 7) + i);

        var ex = Assert.Throws<UnreadableFileException>(() => Tables(writer.Sheet("A", s => s.Number(0, 0, 1)).ToBytes()));

        Assert.Equal(IssueCodes.FichierDisproportionne, ex.Code);
        Assert.Contains("plus de 4 096 formats de nombre", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> LyingCompoundFiles =>
        ["secteurs-geants", "chaine-en-boucle", "flux-plus-long-que-sa-chaine", "table-hors-du-fichier", "flux-court-geant"];

    [Theory]
    [MemberData(nameof(LyingCompoundFiles))]
    public void A_compound_file_whose_header_or_chains_lie_is_damaged_and_costs_its_bytes(string lie)
    {
        var file = new XlsWriter().Sheet("A", s => s.Number(0, 0, 1)).ToBytes();
        var header = file.AsSpan(0, 512);
        switch (lie)
        {
            case "secteurs-geants": BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 30); break; // 1 GiB sectors
            case "chaine-en-boucle": BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(512 + 4 * 3), 2); break; // stream sector 3 → 2 → 3…
            case "flux-plus-long-que-sa-chaine": BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(1024 + 128 + 120), 400_000_000); break;
            case "table-hors-du-fichier": BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 2_000_000); break;
            case "flux-court-geant": // every stream « short » (in the mini stream), the workbook 1.5 GB long
                BinaryPrimitives.WriteUInt32LittleEndian(header[56..], uint.MaxValue);
                BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(1024 + 128 + 120), 1_500_000_000);
                break;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<UnreadableFileException>(() => Tables(file));

        Assert.Equal(IssueCodes.FichierIllisible, ex.Code);
        Assert.Contains("(.xls) lisible : le classeur est endommagé", ex.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 2_000_000);
    }

    [Fact]
    public void A_shared_string_table_whose_walk_would_go_back_is_a_damaged_workbook_refused_before_its_strings()
    {
        // Five million strings declared; the first's phonetic block is -7 bytes long as a signed int: ExcelDataReader
        // would read that one string five million times (its header again and again), holding each.
        var table = new byte[8 + 3 + 4];
        BinaryPrimitives.WriteUInt32LittleEndian(table, 5_000_000);
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(4), 5_000_000);
        table[10] = 0x04; // no characters, a phonetic block follows
        BinaryPrimitives.WriteUInt32LittleEndian(table.AsSpan(11), unchecked((uint)-7));
        var workbook = new XlsWriter().Raw(0x00FC, table).Sheet("A", s => s.SharedString(0, 0, 0)).ToBytes();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var ex = Assert.Throws<UnreadableFileException>(() => Tables(workbook));

        Assert.Contains("(.xls) lisible : le classeur est endommagé", ex.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 2_000_000);
    }

    [Fact]
    public void A_shared_string_table_as_excel_writes_it_across_continue_records_is_read()
    {
        // 3 000 strings of 5 characters and one of 20 000, 16-bit: a string cut between records goes on in a CONTINUE.
        var strings = Enumerable.Range(0, 3_000).Select(i => "t" + i.ToString("0000", System.Globalization.CultureInfo.InvariantCulture))
            .Append(new string('l', 20_000)).ToArray();
        var workbook = new XlsWriter().SharedStrings(strings)
            .Sheet("A", s => s.SharedString(0, 0, 0).SharedString(1, 0, 1_500).SharedString(2, 0, 2_999).SharedString(3, 0, 3_000)).ToBytes();

        var rows = Rows(workbook);

        Assert.Equal(["t0000", "t1500", "t2999", strings[^1]], rows.Select(r => r[0].Text));
    }

    [Fact]
    public void An_encrypted_workbook_is_said_protected_whatever_its_password()
    {
        // FILEPASS, RC4 CryptoAPI (as Excel writes it for its default password « VelvetSweatshop », a protected
        // structure): what follows is encrypted, so the records could not be checked before they are read.
        var filePass = new byte[54];
        BinaryPrimitives.WriteUInt16LittleEndian(filePass, 1);
        BinaryPrimitives.WriteUInt16LittleEndian(filePass.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(filePass.AsSpan(4), 1);
        var workbook = new XlsWriter().Raw(0x002F, filePass).Sheet("A", s => s.Number(0, 0, 1)).ToBytes();

        var ex = Assert.Throws<UnreadableFileException>(() => Tables(workbook));

        Assert.Equal(IssueCodes.ClasseurProtege, ex.Code);
    }

    [Fact]
    public void An_encrypted_package_is_said_protected_and_what_is_not_a_workbook_is_said_so()
    {
        var encrypted = XlsWriter.CompoundFile("EncryptedPackage", new byte[5000]);
        var document = XlsWriter.CompoundFile("WordDocument", new byte[5000]);
        var webPage = Encoding.UTF8.GetBytes("<html><body><table><tr><td>Région</td></tr></table></body></html>");

        Assert.Equal(IssueCodes.ClasseurProtege, Assert.Throws<UnreadableFileException>(() => Tables(encrypted)).Code);
        foreach (var other in new[] { document, webPage })
            Assert.Contains("(.xls) lisible : il n'en a pas la structure", Assert.Throws<UnreadableFileException>(() => Tables(other)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_xlsx_saved_under_xls_is_read_as_an_xlsx()
    {
        var xlsx = new XlsxBuilder().Sheet("Récent", s => s.Row(8.0)).ToBytes();

        Assert.Equal(8, Assert.Single(Rows(xlsx))[0].Number);
    }

    /// <summary>The offset of the first BOUNDSHEET record at or after <paramref name="from"/>, walking records from the stream's start.</summary>
    private static int IndexOfBoundSheet(byte[] stream, int from)
    {
        for (var at = 0; at + 4 <= stream.Length; at += 4 + BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2)))
            if (at >= from && BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at)) == 0x0085) return at;
        throw new InvalidOperationException("No BOUNDSHEET record.");
    }
}

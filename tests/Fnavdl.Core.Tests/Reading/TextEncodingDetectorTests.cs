using System.Text;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>The detector skips ASCII runs and stops once the answer is known: answers and lines far into large files.</summary>
public sealed class TextEncodingDetectorTests
{
    static TextEncodingDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);
    private static readonly Encoding Windows1252 = Encoding.GetEncoding(1252);
    private static readonly Encoding Latin9 = Encoding.GetEncoding(28605);
    private static readonly Encoding Latin1 = Encoding.Latin1;

    private static int CodePageOf(byte[] bytes) => TextEncodingDetector.Detect(new MemoryStream(bytes)).Encoding.CodePage;

    // ~50 bytes a line: 5 000 lines span several 64 KiB chunks.
    private static string Lines(int from, int count, string accent) =>
        string.Concat(Enumerable.Range(from, count).Select(i => $"{i};projet {accent} numéro {i};10 000,00\n"));

    [Fact]
    public void A_large_windows_1252_file_is_windows_1252_read_byte_per_character()
    {
        var detected = TextEncodingDetector.Detect(new MemoryStream(Windows1252.GetBytes(Lines(1, 5_000, "été"))));

        Assert.Equal(1252, detected.Encoding.CodePage);
        Assert.Equal(CharsOfBytes.OnePerByte, detected.CharsOfBytes);
    }

    [Fact]
    public void A_utf8_character_far_after_the_first_1252_accent_makes_a_mixed_file_named_by_the_accent_line()
    {
        var bytes = Windows1252.GetBytes("id;intitule\n" + Lines(2, 3_000, "ete").Replace("numéro", "numero") + "P;été\n")
            .Concat(Utf8NoBom.GetBytes(Lines(3_002, 2_000, "été"))).ToArray();

        var error = Assert.Throws<UnreadableFileException>(() => TextEncodingDetector.Detect(new MemoryStream(bytes)));

        Assert.Equal(IssueCodes.EncodageIllisible, error.Code);
        Assert.Equal(3_002, error.Row);
    }

    [Fact]
    public void A_1252_byte_far_into_a_utf8_file_names_its_line_after_chunks_of_ascii()
    {
        var bytes = Utf8NoBom.GetBytes("id;intitulé\n" + Lines(2, 4_000, "ete").Replace("numéro", "numero"))
            .Concat(Windows1252.GetBytes("P;été\n")).ToArray();

        var error = Assert.Throws<UnreadableFileException>(() => TextEncodingDetector.Detect(new MemoryStream(bytes)));

        Assert.Equal(4_002, error.Row);
    }

    [Fact]
    public void A_utf8_character_cut_by_a_read_chunk_is_still_valid_utf8()
    {
        for (var offset = 65_533; offset <= 65_536; offset++)
        {
            var bytes = Encoding.ASCII.GetBytes(new string('a', offset)).Concat(Utf8NoBom.GetBytes("😀é€\n")).ToArray();

            var detected = TextEncodingDetector.Detect(new MemoryStream(bytes));

            Assert.Equal(Encoding.UTF8.CodePage, detected.Encoding.CodePage);
            Assert.Equal(CharsOfBytes.Utf8, detected.CharsOfBytes);
        }
    }

    [Fact]
    public void A_bom_file_is_read_from_bytes_only_when_all_of_them_are_utf8()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF];
        var valid = TextEncodingDetector.Detect(new MemoryStream([.. bom, .. Utf8NoBom.GetBytes(Lines(1, 2_000, "été"))]));
        var invalid = TextEncodingDetector.Detect(new MemoryStream([.. bom, .. Utf8NoBom.GetBytes(Lines(1, 2_000, "été")), 0xE9, (byte)'\n']));

        Assert.Equal((3, CharsOfBytes.Utf8), (valid.PreambleLength, valid.CharsOfBytes));
        Assert.Equal((3, CharsOfBytes.NeedsDecoding), (invalid.PreambleLength, invalid.CharsOfBytes));
    }

    [Theory]
    // The euro (0xA4) in an amount, far into the file.
    [InlineData("GE-001;Colmar;93 500,00 €\n")]
    // In a header only.
    [InlineData("id;Montant accordé (€)\n")]
    // œ inside a word, at a word's start, Œ and Ÿ in capitals: the only byte that differs from Latin-1.
    [InlineData("GE-002;Au cœur du quartier;1000\n")]
    [InlineData("GE-003;Mise en œuvre;1000\n")]
    [InlineData("GE-004;MANŒUVRE;1000\n")]
    [InlineData("GE-005;L'HAŸ-LES-ROSES;1000\n")]
    public void A_latin9_file_is_read_as_latin9(string line)
    {
        var bytes = Latin9.GetBytes("id;intitulé;montant\n" + Lines(2, 3_000, "été") + line);

        var detected = TextEncodingDetector.Detect(new MemoryStream(bytes));

        Assert.Equal(28605, detected.Encoding.CodePage);
        Assert.Equal(CharsOfBytes.OnePerByte, detected.CharsOfBytes);
        Assert.EndsWith(line, detected.Encoding.GetString(bytes));
    }

    [Theory]
    // Fractions beside figures or alone are fractions; ´ typed as an apostrophe is not a Ž.
    [InlineData("GE-001;Permanence 1½ jour par semaine;1000\n")]
    [InlineData("GE-002;Permanence ½ journée;1000\n")]
    [InlineData("GE-003;Un ¼ de poste;1000\n")]
    [InlineData("GE-004;Projet de l´association;1000\n")]
    [InlineData("GE-005;Structure ¦ partenaire;1000\n")]
    public void A_latin1_file_whose_signs_are_meant_is_read_as_1252(string line)
    {
        var bytes = Latin1.GetBytes("id;intitulé;montant\n" + Lines(2, 3_000, "été") + line);

        Assert.Equal(1252, CodePageOf(bytes));
        Assert.EndsWith(line, SingleByteText.Windows1252.GetString(bytes));
    }

    [Fact]
    public void A_byte_from_0x80_to_0x9F_makes_the_file_1252_even_with_a_latin9_euro()
    {
        // Excel's 1252: € is 0x80, œ 0x9C, ’ 0x92; Latin-9 holds only control codes there.
        var excel = Windows1252.GetBytes("id;intitulé;montant\nGE-001;Au cœur de l’été;93 500,00 €\n");
        var mixed = excel.Concat(new byte[] { (byte)'x', 0xA4, (byte)'\n' }).ToArray();

        Assert.Equal(1252, CodePageOf(excel));
        Assert.Equal(1252, CodePageOf(mixed));
    }

    [Fact]
    public void A_file_with_only_bytes_both_encodings_share_is_read_as_1252()
    {
        Assert.Equal(1252, CodePageOf(Latin9.GetBytes("id;intitulé\nGE-001;Hébergement d'été à Sélestat\n")));
    }

    [Theory]
    // The ligature ends a 64 KiB chunk; only the letter after it, in the next chunk, makes it a ligature.
    [InlineData(";", "œuvre\n")]
    // The ligature begins a chunk; only the letter before it, in the previous chunk, makes it a ligature.
    [InlineData("c", "œ;\n")]
    public void A_ligature_at_a_chunk_boundary_is_seen_in_its_word(string before, string from)
    {
        const int chunk = 64 * 1024;
        var head = Latin1.GetBytes("id;intitulé\n");
        var at = before == ";" ? chunk - 1 : chunk;
        var filler = Enumerable.Repeat((byte)'a', at - head.Length - 1).ToArray();
        var bytes = head.Concat(filler).Concat(Latin1.GetBytes(before)).Concat(Latin9.GetBytes(from)).ToArray();
        Assert.Equal(0xBD, bytes[at]);

        Assert.Equal(28605, CodePageOf(bytes));
    }

    [Fact]
    public void A_fraction_at_the_end_of_the_file_is_a_fraction_and_a_ligature_there_a_ligature()
    {
        Assert.Equal(1252, CodePageOf(Latin1.GetBytes("id;part\nP1;1½")));
        Assert.Equal(28605, CodePageOf(Latin9.GetBytes("id;intitule\nP1;cœ")));
    }
}

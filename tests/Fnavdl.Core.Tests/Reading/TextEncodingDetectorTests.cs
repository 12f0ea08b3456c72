using System.Text;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>The detector skips ASCII runs and stops once the answer is known: answers and lines far into large files.</summary>
public sealed class TextEncodingDetectorTests
{
    static TextEncodingDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);
    private static readonly Encoding Windows1252 = Encoding.GetEncoding(1252);

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
}

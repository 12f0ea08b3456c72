using System.Text;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Tests.Reading;

/// <summary>
/// The scan over bytes (Windows-1252, valid UTF-8) must find exactly what the scan over decoded
/// characters finds: same fault, same line, same limit, on every input.
/// </summary>
public sealed class CsvStructureScanTests
{
    static CsvStructureScanTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

    // Quotes, both line breaks, and characters of one, two, three and four UTF-8 bytes (😀 is two UTF-16 characters).
    private static readonly string[] Utf8Pieces = ["a", "xyz", ";", "\"", "\r", "\n", "\r\n", "é", "€", "😀"];
    private static readonly string[] Windows1252Pieces = ["a", "xyz", ";", "\"", "\r", "\n", "\r\n", "é", "€", "Œ"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Utf8_bytes_give_the_fault_and_line_of_the_decoded_characters(int seed)
    {
        var text = RandomText(seed, Utf8Pieces, length: 400);
        AssertSameOutcome(Utf8NoBom.GetBytes(text), Utf8NoBom, CharsOfBytes.Utf8, text, Limits(seed));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Windows_1252_bytes_give_the_fault_and_line_of_the_decoded_characters(int seed)
    {
        var encoding = Encoding.GetEncoding(1252);
        var text = RandomText(seed, Windows1252Pieces, length: 400);
        AssertSameOutcome(encoding.GetBytes(text), encoding, CharsOfBytes.OnePerByte, text, Limits(seed));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(100_001)]
    [InlineData(99_999)]
    public void A_record_of_four_byte_characters_across_read_chunks_counts_two_characters_each(int maxRecordChars)
    {
        // 50 000 emoji = 200 000 bytes (several 64 KiB chunks, some cutting a character) = 100 000 characters.
        var text = "id\n" + string.Concat(Enumerable.Repeat("😀", 50_000)) + "\nfin\n";
        var limits = new ReadLimits { MaxRecordChars = maxRecordChars };

        var outcome = AssertSameOutcome(Utf8NoBom.GetBytes(text), Utf8NoBom, CharsOfBytes.Utf8, text, limits);

        Assert.Equal(maxRecordChars < 100_000 ? "Row 2" : "OK", outcome.Split(':')[0]);
    }

    [Fact]
    public void A_quote_left_open_past_read_chunks_names_its_line()
    {
        var text = "id;intitule\nP1;ok\nP2;\"ouvert\n" + string.Concat(Enumerable.Repeat("é suite sans fin ", 20_000));

        var outcome = AssertSameOutcome(Utf8NoBom.GetBytes(text), Utf8NoBom, CharsOfBytes.Utf8, text, ReadLimits.Default);

        Assert.StartsWith("Row 3:", outcome);
    }

    private static ReadLimits Limits(int seed) => new() { MaxRecordChars = 5 + seed % 60 };

    private static string RandomText(int seed, string[] alphabet, int length)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            // Quotes and line breaks rarer than other characters, so records grow past the limits tried.
            var piece = alphabet[random.Next(alphabet.Length)];
            if (piece is "\"" or "\r" or "\n" or "\r\n" && random.Next(4) != 0) piece = "b";
            text.Append(piece);
        }
        return text.ToString();
    }

    private static string AssertSameOutcome(byte[] bytes, Encoding encoding, CharsOfBytes chars, string text, ReadLimits limits)
    {
        Assert.Equal(text, encoding.GetString(bytes));
        var expected = Outcome(() => CsvStructureScan.Check(new StreamReader(new MemoryStream(bytes), encoding, false), limits));
        var actual = Outcome(() => CsvStructureScan.Check(new MemoryStream(bytes), chars, limits));
        Assert.Equal(expected, actual);
        return actual;
    }

    private static string Outcome(Action scan)
    {
        try
        {
            scan();
            return "OK";
        }
        catch (UnreadableFileException ex)
        {
            return $"Row {ex.Row}: {ex.Issue.Text}";
        }
    }
}

using System.Text;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Tests.Reading;

public sealed class SingleByteTextTests
{
    static SingleByteTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<int, int> Seeds()
    {
        var data = new TheoryData<int, int>();
        foreach (var seed in Enumerable.Range(1, 20)) data.Add(seed % 2 == 0 ? 1252 : 28605, seed);
        return data;
    }

    private static SingleByteText Decoder(int codePage) => codePage == 1252 ? SingleByteText.Windows1252 : SingleByteText.Latin9;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decodes_every_byte_as_the_code_page_does_through_a_stream_reader(int codePage, int seed)
    {
        var encoding = Encoding.GetEncoding(codePage);
        // Long ASCII runs (the vectorised path), every byte value, runs of high bytes, across reader buffers.
        var random = new Random(seed);
        var bytes = new List<byte>();
        while (bytes.Count < 200_000)
        {
            if (random.Next(3) == 0) bytes.AddRange(Enumerable.Range(0, random.Next(1, 8)).Select(_ => (byte)random.Next(0x80, 0x100)));
            else bytes.AddRange(Enumerable.Range(0, random.Next(0, 200)).Select(_ => (byte)random.Next(0, 0x80)));
        }
        bytes.AddRange(Enumerable.Range(0, 256).Select(b => (byte)b));
        var data = bytes.ToArray();

        var expected = new StreamReader(new MemoryStream(data), encoding, false, bufferSize: 1000 + seed).ReadToEnd();
        var actual = new StreamReader(new MemoryStream(data), Decoder(codePage), false, bufferSize: 1000 + seed).ReadToEnd();

        Assert.Equal(expected, actual);
        Assert.Equal(expected, Decoder(codePage).GetString(data));
    }

    [Fact]
    public void Latin9_reads_the_euro_and_the_french_ligatures_where_1252_reads_signs()
    {
        byte[] bytes = [0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE, 0xE9];

        Assert.Equal("€ŠšŽžŒœŸé", SingleByteText.Latin9.GetString(bytes));
        Assert.Equal("¤¦¨´¸¼½¾é", SingleByteText.Windows1252.GetString(bytes));
    }
}

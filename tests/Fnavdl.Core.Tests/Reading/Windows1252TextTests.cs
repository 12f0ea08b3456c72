using System.Text;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Tests.Reading;

public sealed class Windows1252TextTests
{
    static Windows1252TextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Encoding CodePage = Encoding.GetEncoding(1252);

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decodes_every_byte_as_the_code_page_does_through_a_stream_reader(int seed)
    {
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

        var expected = new StreamReader(new MemoryStream(data), CodePage, false, bufferSize: 1000 + seed).ReadToEnd();
        var actual = new StreamReader(new MemoryStream(data), Windows1252Text.Instance, false, bufferSize: 1000 + seed).ReadToEnd();

        Assert.Equal(expected, actual);
        Assert.Equal(expected, Windows1252Text.Instance.GetString(data));
    }
}

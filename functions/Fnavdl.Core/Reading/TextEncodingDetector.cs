using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Fnavdl.Core.Reading;

/// <summary>The encoding of a text file and the length of its byte-order mark.</summary>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength);

/// <summary>
/// Tells UTF-8 (with or without BOM) from Windows-1252, the encoding Excel uses for "CSV" on a
/// French Windows (ISO-8859-1 files decode the same for every character they can hold). A file
/// without BOM is UTF-8 only if every byte sequence in it is valid UTF-8: a single 1252 accent
/// (é = E9) is not, while plain ASCII is both, so the rule never mis-decodes either.
/// </summary>
internal static class TextEncodingDetector
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads the stream once, in chunks, and puts it back where it was.</summary>
    public static DetectedEncoding Detect(Stream content)
    {
        var start = content.Position;
        try
        {
            Span<byte> head = stackalloc byte[3];
            var headLength = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..headLength];
            if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(Utf8NoBom, 3);
            // Excel's "Unicode text" export (.txt) is UTF-16 LE with a BOM.
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode, 2);
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode, 2);

            content.Position = start;
            return new(IsValidUtf8(content) ? Utf8NoBom : CodePages.Windows1252, 0);
        }
        finally
        {
            content.Position = start;
        }
    }

    private static bool IsValidUtf8(Stream content)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        // UTF-16 never needs more chars than UTF-8 has bytes, so the decoder never runs out of room.
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes);
        try
        {
            var carried = 0; // bytes of a sequence cut by the previous chunk's end
            while (true)
            {
                var read = content.ReadAtLeast(bytes.AsSpan(carried, ChunkBytes - carried),
                    ChunkBytes - carried, throwOnEndOfStream: false);
                var available = carried + read;
                var final = read < ChunkBytes - carried;

                var status = Utf8.ToUtf16(bytes.AsSpan(0, available), chars, out var consumed, out _,
                    replaceInvalidSequences: false, isFinalBlock: final);
                switch (status)
                {
                    case System.Buffers.OperationStatus.InvalidData:
                        return false;
                    case System.Buffers.OperationStatus.NeedMoreData:
                        carried = available - consumed;
                        bytes.AsSpan(consumed, carried).CopyTo(bytes);
                        break;
                    default:
                        carried = 0;
                        break;
                }
                if (final) return status == System.Buffers.OperationStatus.Done;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

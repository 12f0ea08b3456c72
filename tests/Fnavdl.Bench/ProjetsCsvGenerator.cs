using System.Text;

namespace Fnavdl.Bench;

/// <summary>Writes <see cref="ProjetsRows"/> as a region's CSV: Windows-1252, `;`, CRLF, streaming.</summary>
internal static class ProjetsCsvGenerator
{
    public static long Write(string path, int rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var writer = new StreamWriter(path, false, Encoding.GetEncoding(1252), 1 << 16);
        writer.Write(string.Join(';', ProjetsRows.Header));
        writer.Write("\r\n");
        for (var i = 0; i < rows; i++)
        {
            writer.Write(string.Join(';', ProjetsRows.Cells(i)));
            writer.Write("\r\n");
        }
        writer.Flush();
        return writer.BaseStream.Length;
    }
}

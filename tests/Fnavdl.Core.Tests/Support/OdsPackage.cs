using System.IO.Compression;
using System.Text;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// Small ODS packages written by hand, for what LibreOffice never writes (hostile files) or writes
/// only on request: a content.xml body wrapped in the namespaces, a mimetype, a manifest.
/// </summary>
public static class OdsPackage
{
    public const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        + "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\"";

    public const string PlainManifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";

    /// <summary>A manifest as LibreOffice writes it for a document saved with a password.</summary>
    public const string EncryptedManifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" manifest:size=\"5120\">"
        + "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\" manifest:checksum=\"AAAA\">"
        + "<manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\" manifest:initialisation-vector=\"AAAA\"/>"
        + "<manifest:key-derivation manifest:key-derivation-name=\"PBKDF2\" manifest:key-size=\"32\" manifest:iteration-count=\"100000\" manifest:salt=\"AAAA\"/>"
        + "</manifest:encryption-data></manifest:file-entry></manifest:manifest>";

    /// <summary>A document whose spreadsheet body is <paramref name="tables"/> (one or more table:table elements).</summary>
    public static string Content(string tables, string prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>") =>
        $"{prolog}<office:document-content {Namespaces} office:version=\"1.3\"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>";

    public static MemoryStream Zip(string content, string manifest = PlainManifest,
        string mimetype = "application/vnd.oasis.opendocument.spreadsheet")
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", Encoding.ASCII.GetBytes(mimetype), CompressionLevel.NoCompression);
            Add(zip, "content.xml", Encoding.UTF8.GetBytes(content), CompressionLevel.Optimal);
            Add(zip, "META-INF/manifest.xml", Encoding.UTF8.GetBytes(manifest), CompressionLevel.Optimal);
        }
        stream.Position = 0;
        return stream;
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, CompressionLevel level)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(bytes);
    }
}

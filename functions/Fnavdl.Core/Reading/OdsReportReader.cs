using System.IO.Compression;
using System.Xml;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Reads an OpenDocument spreadsheet (.ods, as LibreOffice writes it): one <see cref="RawTable"/>
/// per sheet, in document order, whose rows stream from <c>content.xml</c> through an
/// <see cref="XmlReader"/> (never a DOM). <see cref="RawRow.RowNumber"/> and the cell positions are
/// the ones LibreOffice shows: repeated rows and cells (<c>table:number-rows-repeated</c>,
/// <c>table:number-columns-repeated</c>) and the placeholders of merged cells count.
/// </summary>
/// <remarks>
/// <para>Hand-written on purpose: no well-kept .NET ODS reader is available. On nuget.org,
/// OdsReaderWriter loads the whole document into a DataSet and expands repeats, Sylvan.Data.Ods is an
/// unlisted pre-release, Independentsoft.Office.Odf is commercial, OfficeIMO.Reader.OpenDocument is
/// new; none of them is served by this project's package feed. The format part we need is small
/// (ODF 1.2/1.3 §9.1 tables, §19.385 value types), so a streaming reader of ~300 lines is the smaller risk.</para>
/// <para>Hostile files: the package's declared sizes are checked before anything is inflated, and
/// the bytes actually inflated are counted against them (a lying header stops there); DTDs are
/// refused and nothing external is resolved (XXE); a repeated empty row or cell is only counted,
/// never expanded (LibreOffice writes a last empty row repeated a million times); a repeated
/// non-empty row or cell expands only up to <see cref="ReadLimits.MaxRepeatedRows"/> and
/// <see cref="MaxColumns"/>, beyond that the file is refused. A password-protected document is said so.</para>
/// <para>Each enumeration of a sheet's rows parses <c>content.xml</c> from its start up to that sheet,
/// so rows may be enumerated again; the listing of sheets is lazy, so reading the first sheet
/// does not parse the others.</para>
/// </remarks>
internal sealed class OdsReportReader : IReportReader
{
    /// <summary>Columns of a LibreOffice sheet (A…XFD since LibreOffice 7.4): no cell lies beyond.</summary>
    public const int MaxColumns = RawRowBuilder.MaxColumns;

    private const string ContentPart = "content.xml";
    private const string ManifestPart = "META-INF/manifest.xml";

    public IEnumerable<RawTable> Read(Stream content, ReadBudget budget)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(budget);

        budget.Begin(content);
        // Eager: a damaged, oversized or encrypted package fails here, on the call.
        var package = OdsPackage.Open(content, budget);
        return Tables(package, budget);
    }

    /// <summary>
    /// The sheets, from one pass over content.xml: the first enumeration of the current sheet's rows
    /// reads on from where the listing stands (<see cref="Cursor"/>), so reading each sheet in turn, as
    /// validation does, parses the document once, not once per sheet up to that sheet.
    /// </summary>
    private static IEnumerable<RawTable> Tables(OdsPackage package, ReadBudget budget)
    {
        using var xml = package.OpenContent();
        var index = 0;
        while (OdsXml.NextTable(xml))
        {
            var name = xml.GetAttribute("name", OdsXml.TableNs) ?? $"Feuille{index + 1}";
            var cursor = new Cursor(xml, xml.Depth);
            var resumed = false;
            try
            {
                yield return new RawTable(name, null, new SheetRows(package, index, cursor, budget));
                resumed = true;
            }
            finally
            {
                // The listing was dropped (First(), a break): its reader is gone, the sheet's rows read anew.
                if (!resumed) cursor.Abandon();
            }
            index++;
            cursor.Release();
        }
    }

    internal static UnreadableFileException Unreadable(IssueMessage message, Exception? inner = null) => new(message, inner: inner);

    /// <summary>The listing's reader while it stands on one sheet: lent once to that sheet's rows, then moved past the sheet.</summary>
    private sealed class Cursor(XmlReader xml, int tableDepth)
    {
        private bool _lent;
        private bool _released;

        /// <summary>The reader on the sheet's start, the first time only and while the listing has not moved on.</summary>
        public XmlReader? Borrow()
        {
            if (_lent || _released) return null;
            _lent = true;
            return xml;
        }

        /// <summary>The listing ends without moving on: no more lending.</summary>
        public void Abandon() => _released = true;

        /// <summary>Moves the listing past the sheet, wherever its rows left the reader.</summary>
        public void Release()
        {
            _released = true;
            OdsXml.Guard(() =>
            {
                var onStart = xml.NodeType == XmlNodeType.Element && xml.Depth == tableDepth;
                if (!_lent || onStart)
                {
                    xml.Skip();
                    return true;
                }
                while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == tableDepth)) xml.Read();
                xml.Read();
                return true;
            });
        }
    }

    /// <summary>Rows of one sheet: the listing's reader the first time (see <see cref="Tables"/>), else content.xml read anew up to that sheet.</summary>
    private sealed class SheetRows(OdsPackage package, int sheetIndex, Cursor cursor, ReadBudget budget) : IEnumerable<RawRow>
    {
        public IEnumerator<RawRow> GetEnumerator() => Enumerate().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerable<RawRow> Enumerate()
        {
            if (cursor.Borrow() is { } shared) return new OdsSheetReader(shared, budget).Rows();
            return Reread();
        }

        private IEnumerable<RawRow> Reread()
        {
            using var xml = package.OpenContent();
            for (var i = 0; i <= sheetIndex; i++)
            {
                if (!OdsXml.NextTable(xml)) yield break;
                if (i < sheetIndex) OdsXml.Skip(xml);
            }
            foreach (var row in new OdsSheetReader(xml, budget).Rows())
                yield return row;
        }
    }

    /// <summary>The zip package: checked once, then content.xml opened as often as needed.</summary>
    private sealed class OdsPackage
    {
        private readonly ZipArchiveEntry _content;
        private readonly ReadBudget _budget;

        private OdsPackage(ZipArchiveEntry content, ReadBudget budget)
        {
            _content = content;
            _budget = budget;
        }

        public static OdsPackage Open(Stream stream, ReadBudget budget)
        {
            var limits = budget.Limits;
            ZipArchive zip;
            long declared = 0;
            try
            {
                zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
                foreach (var entry in zip.Entries) declared += entry.Length;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
            {
                throw Unreadable(IssueCatalog.FichierIllisible.OdsArchiveInvalide.Format(), ex);
            }

            if (declared > limits.MaxXlsxExpandedBytes) throw TooLarge(declared, limits);

            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                var type = mimetype.Length <= 200 ? ReadSmallText(mimetype, budget).Trim() : "?";
                if (type != OdsXml.MimeType)
                    throw Unreadable(IssueCatalog.FichierIllisible.OdsTypeInattendu.Format(("Type", Shorten(type))));
            }
            if (zip.GetEntry(ManifestPart) is { } manifest && IsEncrypted(manifest, budget))
            {
                throw new UnreadableFileException(IssueCatalog.ClasseurProtege.Ods.Format());
            }
            var content = zip.GetEntry(ContentPart)
                ?? throw Unreadable(IssueCatalog.FichierIllisible.OdsSansContenu.Format());
            return new OdsPackage(content, budget);
        }

        public XmlReader OpenContent() => OdsXml.Create(Inflate(_content, _budget));

        /// <summary>A part's bytes, counted against its declared size and charged to the budget.</summary>
        private static Stream Inflate(ZipArchiveEntry entry, ReadBudget budget) =>
            budget.MeterPart(new InflateGuard(entry.Open(), entry.Length, entry.FullName), entry.FullName);

        /// <summary>LibreOffice lists an encryption-data element for each part it encrypted with the password.</summary>
        private static bool IsEncrypted(ZipArchiveEntry manifest, ReadBudget budget) => OdsXml.Guard(() =>
        {
            using var xml = OdsXml.Create(Inflate(manifest, budget));
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "encryption-data" && xml.NamespaceURI == OdsXml.ManifestNs)
                    return true;
            return false;
        });

        private static string ReadSmallText(ZipArchiveEntry entry, ReadBudget budget) => OdsXml.Guard(() =>
        {
            using var reader = new StreamReader(Inflate(entry, budget));
            return reader.ReadToEnd();
        });

        private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
    }

    internal static UnreadableFileException TooLarge(long bytes, ReadLimits limits) =>
        new(IssueCatalog.OdsTropVolumineux.Decompresse.Format(
            ("Taille", ByteSizeText.Format(bytes)), ("Limite", ByteSizeText.Format(limits.MaxXlsxExpandedBytes))));

    /// <summary>
    /// Counts the bytes a zip entry really inflates to: more than its declared size means a forged
    /// header (the declared sizes are what the size limit checked), and the read stops there.
    /// .NET 10's ZipArchive already stops at the declared size (the part is then truncated and its
    /// XML refused as malformed); this count keeps the bound if a runtime ever trusts the data instead.
    /// </summary>
    private sealed class InflateGuard(Stream inner, long declaredLength, string part) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

        private int Count(int read)
        {
            _read += read;
            if (_read > declaredLength)
                throw Unreadable(IssueCatalog.FichierIllisible.OdsArchiveFalsifiee.Format(("Partie", part), ("Taille", ByteSizeText.Format(declaredLength))));
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Fnavdl.Bench;

/// <summary>
/// Writes <see cref="ProjetsRows"/> as the one-sheet workbooks regions save: an XLSX with a shared
/// string table (as Excel writes it) and an ODS (as LibreOffice writes it), the year and the amount
/// as numbers. Streamed with <see cref="XmlWriter"/> into the zip: a 200 000-row sheet is never a DOM.
/// </summary>
internal static class ProjetsWorkbookGenerator
{
    private const string SheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const int YearColumn = 0;

    public static long WriteXlsx(string path, int rows)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Text(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            Text(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Text(zip, "xl/workbook.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{SheetNs}\" xmlns:r=\"{RelNs}\"><sheets><sheet name=\"Projets\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Text(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + $"<Relationship Id=\"rId2\" Type=\"{RelNs}/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");

            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            using (var sheet = Xml(zip, "xl/worksheets/sheet1.xml"))
            {
                sheet.WriteStartElement("worksheet", SheetNs);
                sheet.WriteStartElement("sheetData", SheetNs);
                XlsxRow(sheet, strings, 1, ProjetsRows.Header, amount: null);
                for (var i = 0; i < rows; i++) XlsxRow(sheet, strings, i + 2, ProjetsRows.Cells(i), ProjetsRows.Amount(i));
                sheet.WriteEndDocument();
            }
            using var shared = Xml(zip, "xl/sharedStrings.xml");
            shared.WriteStartElement("sst", SheetNs);
            shared.WriteAttributeString("uniqueCount", strings.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var text in strings.Keys)
            {
                shared.WriteStartElement("si", SheetNs);
                shared.WriteElementString("t", SheetNs, text);
                shared.WriteEndElement();
            }
            shared.WriteEndDocument();
        }
        return new FileInfo(path).Length;
    }

    private static void XlsxRow(XmlWriter sheet, Dictionary<string, int> strings, int number, string[] cells, decimal? amount)
    {
        sheet.WriteStartElement("row", SheetNs);
        sheet.WriteAttributeString("r", number.ToString(CultureInfo.InvariantCulture));
        for (var column = 0; column < cells.Length; column++)
        {
            if (cells[column].Length == 0) continue;
            sheet.WriteStartElement("c", SheetNs);
            sheet.WriteAttributeString("r", $"{(char)('A' + column)}{number}");
            string value;
            if (amount is { } euros && column == ProjetsRows.AmountColumn) value = euros.ToString(CultureInfo.InvariantCulture);
            else if (amount is not null && column == YearColumn) value = cells[column];
            else
            {
                if (!strings.TryGetValue(cells[column], out var index)) strings.Add(cells[column], index = strings.Count);
                sheet.WriteAttributeString("t", "s");
                value = index.ToString(CultureInfo.InvariantCulture);
            }
            sheet.WriteElementString("v", SheetNs, value);
            sheet.WriteEndElement();
        }
        sheet.WriteEndElement();
    }

    public static long WriteOds(string path, int rows)
    {
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            // The mimetype comes first and uncompressed, as the ODF package format requires.
            Text(zip, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression);
            Text(zip, "META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            using var content = Xml(zip, "content.xml");
            content.WriteStartElement("office", "document-content", OfficeNs);
            content.WriteAttributeString("xmlns", "table", null, TableNs);
            content.WriteAttributeString("xmlns", "text", null, TextNs);
            content.WriteAttributeString("office", "version", OfficeNs, "1.3");
            content.WriteStartElement("office", "body", OfficeNs);
            content.WriteStartElement("office", "spreadsheet", OfficeNs);
            content.WriteStartElement("table", "table", TableNs);
            content.WriteAttributeString("table", "name", TableNs, "Projets");
            OdsRow(content, ProjetsRows.Header, amount: null);
            for (var i = 0; i < rows; i++) OdsRow(content, ProjetsRows.Cells(i), ProjetsRows.Amount(i));
            content.WriteEndDocument();
        }
        return new FileInfo(path).Length;
    }

    private static void OdsRow(XmlWriter content, string[] cells, decimal? amount)
    {
        content.WriteStartElement("table", "table-row", TableNs);
        for (var column = 0; column < cells.Length; column++)
        {
            content.WriteStartElement("table", "table-cell", TableNs);
            if (cells[column].Length > 0)
            {
                var number = amount is { } euros && column == ProjetsRows.AmountColumn ? euros.ToString(CultureInfo.InvariantCulture)
                    : amount is not null && column == YearColumn ? cells[column] : null;
                content.WriteAttributeString("office", "value-type", OfficeNs, number is null ? "string" : "float");
                if (number is not null) content.WriteAttributeString("office", "value", OfficeNs, number);
                content.WriteElementString("text", "p", TextNs, cells[column]);
            }
            content.WriteEndElement();
        }
        content.WriteEndElement();
    }

    private static XmlWriter Xml(ZipArchive zip, string name) =>
        XmlWriter.Create(zip.CreateEntry(name, CompressionLevel.Fastest).Open(),
            new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });

    private static void Text(ZipArchive zip, string name, string text, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}

using System.Xml;
using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>The XML side of an ODS package: namespaces, navigation between sheets.</summary>
internal static class OdsXml
{
    /// <summary>What an ODS package's first entry, <c>mimetype</c>, says.</summary>
    public const string MimeType = "application/vnd.oasis.opendocument.spreadsheet";

    public const string OfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public const string TableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public const string TextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public const string DrawNs = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    public const string ManifestNs = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    public const string CalcExtNs = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    public static XmlReader Create(Stream part) => SafeXml.Create(part);

    /// <summary>
    /// Moves to the next <c>table:table</c> element at or after the current node (the caller skips a
    /// table it is done with); false at the end of the document. Style sections are skipped unread.
    /// </summary>
    public static bool NextTable(XmlReader xml) => Guard(() =>
    {
        while (true)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "table" && xml.NamespaceURI == TableNs) return true;
                if (xml.NamespaceURI == OfficeNs && xml.LocalName is "automatic-styles" or "font-face-decls" or "scripts")
                {
                    xml.Skip();
                    if (xml.EOF) return false;
                    continue;
                }
            }
            if (!xml.Read()) return false;
        }
    });

    /// <summary>Skips the current element and its content.</summary>
    public static void Skip(XmlReader xml) => Guard(() =>
    {
        xml.Skip();
        return true;
    });

    /// <summary>Runs a step of the XML reader, turning a malformed or forbidden document into the region's error.</summary>
    public static T Guard<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (XmlException ex)
        {
            throw Malformed(ex);
        }
        catch (InvalidDataException ex)
        {
            throw OdsReportReader.Unreadable(IssueCatalog.FichierIllisible.OdsDonneesCompresseesInvalides.Format(), ex);
        }
    }

    public static UnreadableFileException Malformed(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? OdsReportReader.Unreadable(IssueCatalog.FichierIllisible.OdsDtd.Format(), ex)
            : OdsReportReader.Unreadable(IssueCatalog.FichierIllisible.OdsXmlMalForme.Format(("Ligne", ex.LineNumber), ("Position", ex.LinePosition)), ex);
}

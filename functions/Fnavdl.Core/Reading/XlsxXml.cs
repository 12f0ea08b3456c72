using System.Xml;

namespace Fnavdl.Core.Reading;

/// <summary>
/// The XML side of an XLSX package: namespaces, and the two steps every part
/// is walked with (the ones ExcelDataReader walks them with, so a workbook reads as it always did).
/// </summary>
internal static class XlsxXml
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string PackageRelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string DocumentRelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Steps into the current element; false (and steps past it) when it is empty.</summary>
    public static bool ReadFirstContent(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return false;
        }
        xml.MoveToContent();
        xml.Read();
        return true;
    }

    /// <summary>Skips the current node; false (and steps past it) at the end of the enclosing element.</summary>
    public static bool SkipContent(XmlReader xml)
    {
        if (xml.NodeType == XmlNodeType.EndElement)
        {
            xml.Read();
            return false;
        }
        xml.Skip();
        return true;
    }

    /// <summary>
    /// The text of a string item (<c>si</c>, <c>is</c>): its <c>t</c> runs and those of its rich-text runs,
    /// phonetic runs left out; cut to <paramref name="maxChars"/> + 1 characters, what a cell keeps,
    /// however many runs or characters the item holds.
    /// </summary>
    public static string ReadStringItem(XmlReader xml, int maxChars)
    {
        if (!ReadFirstContent(xml)) return "";
        string? first = null;
        System.Text.StringBuilder? more = null;
        while (!xml.EOF)
        {
            if (xml.IsStartElement("t", MainNs))
            {
                Append(ReadText(xml, maxChars), ref first, ref more, maxChars);
            }
            else if (xml.IsStartElement("r", MainNs))
            {
                if (!ReadFirstContent(xml)) continue;
                while (!xml.EOF)
                {
                    if (xml.IsStartElement("t", MainNs)) Append(ReadText(xml, maxChars), ref first, ref more, maxChars);
                    else if (!SkipContent(xml)) break;
                }
            }
            else if (!SkipContent(xml)) break;
        }
        return more?.ToString() ?? first ?? "";
    }

    private static void Append(string run, ref string? first, ref System.Text.StringBuilder? more, int maxChars)
    {
        if (first is null)
        {
            first = run.Length > maxChars + 1 ? run[..(maxChars + 1)] : run;
            return;
        }
        more ??= new System.Text.StringBuilder(first);
        if (more.Length <= maxChars) more.Append(run.AsSpan(0, Math.Min(run.Length, maxChars + 1 - more.Length)));
    }

    /// <summary>
    /// <see cref="XmlReader.ReadElementContentAsString()"/> that keeps at most <paramref name="maxChars"/> + 1
    /// characters: however many text and CDATA nodes a <c>v</c> or <c>t</c> strings together, it never
    /// becomes a longer string (one node is bounded by <see cref="MeteredStream.MaxRunBytes"/>).
    /// </summary>
    /// <exception cref="XmlException">The element holds an element, as the reader's own method says.</exception>
    public static string ReadText(XmlReader xml, int maxChars)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        xml.Read();
        string? single = null;
        System.Text.StringBuilder? more = null;
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType is XmlNodeType.Element or XmlNodeType.EndElement)
                throw new XmlException($"Unexpected {xml.NodeType} '{xml.LocalName}' in a text element.");
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                var value = xml.Value;
                if (single is null) single = value.Length > maxChars + 1 ? value[..(maxChars + 1)] : value;
                else Append(value, ref single, ref more, maxChars);
            }
            xml.Read();
        }
        xml.Read(); // past the end tag
        return more?.ToString() ?? single ?? "";
    }
}

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

    /// <summary>The text of a string item (<c>si</c>, <c>is</c>): its <c>t</c> runs and those of its rich-text runs, phonetic runs left out.</summary>
    public static string ReadStringItem(XmlReader xml)
    {
        if (!ReadFirstContent(xml)) return "";
        string? first = null;
        System.Text.StringBuilder? more = null;
        while (!xml.EOF)
        {
            if (xml.IsStartElement("t", MainNs))
            {
                Append(xml.ReadElementContentAsString(), ref first, ref more);
            }
            else if (xml.IsStartElement("r", MainNs))
            {
                if (!ReadFirstContent(xml)) continue;
                while (!xml.EOF)
                {
                    if (xml.IsStartElement("t", MainNs)) Append(xml.ReadElementContentAsString(), ref first, ref more);
                    else if (!SkipContent(xml)) break;
                }
            }
            else if (!SkipContent(xml)) break;
        }
        return more?.ToString() ?? first ?? "";
    }

    private static void Append(string run, ref string? first, ref System.Text.StringBuilder? more)
    {
        if (first is null) first = run;
        else (more ??= new System.Text.StringBuilder(first)).Append(run);
    }
}

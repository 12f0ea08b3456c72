using System.Globalization;
using System.Xml;
using ExcelDataReader.Core.NumberFormat;

namespace Fnavdl.Core.Reading;

/// <summary>What a number cell's style makes of it: a number, a date (serial day) or a duration.</summary>
internal enum XlsxNumberKind
{
    Number,
    Date,
    Duration,
}

/// <summary>
/// The number format of each cell style (<c>cellXfs</c> in <c>xl/styles.xml</c>), reduced to what it
/// makes of a number. Format strings are classified by ExcelDataReader's own parser of ECMA-376
/// number formats (<see cref="NumberFormatString"/>), so dates are the ones Excel shows as dates.
/// </summary>
internal sealed class XlsxCellFormats
{
    /// <summary>Built-in formats that show a date or a time (ECMA-376 §18.8.30); the others show numbers.</summary>
    private static readonly Dictionary<int, string> BuiltInDateFormats = new()
    {
        [14] = "d/m/yyyy", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM",
        [19] = "h:mm:ss AM/PM", [20] = "h:mm", [21] = "h:mm:ss", [22] = "m/d/yy h:mm",
        [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0",
    };

    private readonly XlsxNumberKind[] _byStyle;

    private XlsxCellFormats(XlsxNumberKind[] byStyle) => _byStyle = byStyle;

    public static XlsxCellFormats None { get; } = new([]);

    /// <summary>A style index out of the table is the General format, as Excel reads it.</summary>
    public XlsxNumberKind KindOf(int styleIndex) =>
        styleIndex >= 0 && styleIndex < _byStyle.Length ? _byStyle[styleIndex] : XlsxNumberKind.Number;

    /// <summary>Reads <c>styleSheet</c>: the custom formats (<c>numFmts</c>) and the cell styles (<c>cellXfs</c>).</summary>
    public static XlsxCellFormats Read(XmlReader xml)
    {
        var customFormats = new Dictionary<int, string?>();
        var styles = new List<(int FormatId, bool Applied)>();
        if (!xml.IsStartElement("styleSheet", XlsxXml.MainNs) || !XlsxXml.ReadFirstContent(xml)) return None;
        while (!xml.EOF)
        {
            if (xml.IsStartElement("cellXfs", XlsxXml.MainNs))
            {
                if (!XlsxXml.ReadFirstContent(xml)) continue;
                while (!xml.EOF)
                {
                    if (xml.IsStartElement("xf", XlsxXml.MainNs))
                    {
                        int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var formatId);
                        styles.Add((formatId, xml.GetAttribute("applyNumberFormat") != "0"));
                        xml.Skip();
                    }
                    else if (!XlsxXml.SkipContent(xml)) break;
                }
            }
            else if (xml.IsStartElement("numFmts", XlsxXml.MainNs))
            {
                if (!XlsxXml.ReadFirstContent(xml)) continue;
                while (!xml.EOF)
                {
                    if (xml.IsStartElement("numFmt", XlsxXml.MainNs))
                    {
                        int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var formatId);
                        customFormats[formatId] = xml.GetAttribute("formatCode");
                        xml.Skip();
                    }
                    else if (!XlsxXml.SkipContent(xml)) break;
                }
            }
            else if (!XlsxXml.SkipContent(xml)) break;
        }

        return From(styles, customFormats);
    }

    /// <summary>The kinds of <paramref name="styles"/> (each a number format id, and whether the style applies it), custom formats by id.</summary>
    internal static XlsxCellFormats From(List<(int FormatId, bool Applied)> styles, Dictionary<int, string?> customFormats)
    {
        var kinds = new Dictionary<int, XlsxNumberKind>();
        var byStyle = new XlsxNumberKind[styles.Count];
        for (var i = 0; i < styles.Count; i++)
        {
            var (formatId, applied) = styles[i];
            if (!applied) continue; // the General format
            if (!kinds.TryGetValue(formatId, out var kind))
                kinds[formatId] = kind = Classify(customFormats.TryGetValue(formatId, out var custom) ? custom : BuiltInDateFormats.GetValueOrDefault(formatId));
            byStyle[i] = kind;
        }
        return new XlsxCellFormats(byStyle);
    }

    private static XlsxNumberKind Classify(string? format)
    {
        if (format is null) return XlsxNumberKind.Number;
        var parsed = new NumberFormatString(format);
        return parsed.IsDateTimeFormat ? XlsxNumberKind.Date
            : parsed.IsTimeSpanFormat ? XlsxNumberKind.Duration
            : XlsxNumberKind.Number;
    }
}

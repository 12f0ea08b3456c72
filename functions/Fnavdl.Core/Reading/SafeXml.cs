using System.Xml;

namespace Fnavdl.Core.Reading;

/// <summary>The one way the workbook readers open a package part's XML.</summary>
internal static class SafeXml
{
    /// <summary>No DTD (so no entity, internal or external: XXE and "billion laughs" stop here), no resolver.</summary>
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public static XmlReader Create(Stream part) => XmlReader.Create(part, Settings);
}

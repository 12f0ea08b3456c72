using System.IO.Compression;

namespace Fnavdl.Core.Reading;

/// <summary>The parts of an OOXML package (.xlsx, .xlsb) by name, as Excel and ExcelDataReader find them.</summary>
internal static class PackageParts
{
    /// <summary>
    /// Every entry by its path (backslashes read as slashes, case ignored, the first of a duplicate kept),
    /// each charged to <paramref name="budget"/>: looked up by name once, so a workbook of thousands of sheets
    /// does not walk its entries per sheet.
    /// </summary>
    public static Dictionary<string, ZipArchiveEntry> Index(ZipArchive zip, ReadBudget budget)
    {
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            budget.Spend(1);
            parts.TryAdd(entry.FullName.Replace('\\', '/'), entry);
        }
        return parts;
    }
}

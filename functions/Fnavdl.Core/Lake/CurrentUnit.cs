using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Lake;

/// <summary>A unit's current version and its files (main table first for <c>projets</c>).</summary>
public sealed record CurrentUnit(string UnitKey, string Version, IReadOnlyList<string> Files)
{
    public static CurrentUnit Of(UnitVersion version) =>
        new(version.UnitKey, version.IngestionId, CuratedLayout.FilesOfUnit(version.UnitKey, version.IngestionId));
}

using Fnavdl.Core.Storage;
using Parquet;
using P = Fnavdl.Core.Schema.Definition.ProjetsDefinition;

namespace Fnavdl.Core.Lake;

/// <summary>
/// The projects already in the curated data of a region, any year: what <c>suivi</c> rows are
/// checked against (spec: an unknown <c>id_projet</c> is a warning).
/// </summary>
public static class CuratedProjectIds
{
    /// <summary>A commit of the region switched a unit while it was read: read the region again, this many times at most.</summary>
    private const int MaxReadAttempts = 5;

    /// <summary>
    /// Reads only the <c>id_projet</c> column of the region's current <c>projets</c> files, every year. A file
    /// the manifest named that is gone means a commit switched its unit meanwhile: the region is read again
    /// from its new manifest, never with that unit left out.
    /// </summary>
    public static async Task<HashSet<string>> ReadAsync(IFileArea curated, IUnitRegistry units, string codeRegion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(curated);
        ArgumentNullException.ThrowIfNull(codeRegion);
        for (var attempt = 1; ; attempt++)
        {
            if (await TryReadAsync(curated, units, codeRegion, ct) is { } ids) return ids;
            if (attempt == MaxReadAttempts)
                throw new IOException($"Les projets de la région {codeRegion} ont changé {MaxReadAttempts} fois pendant leur lecture.");
        }
    }

    private static async Task<HashSet<string>?> TryReadAsync(IFileArea curated, IUnitRegistry units, string codeRegion, CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // The region's own manifest: one small read, and never another region's units.
        foreach (var unit in await CurrentUnits.OfRegionAsync(units, codeRegion, CuratedLayout.Projets + "/", ct))
        {
            var stream = await curated.OpenReadAsync(unit.Files[0], ct);
            if (stream is null) return null;
            await using (stream)
                await AddIdsAsync(stream, ids, ct);
        }
        return ids;
    }

    private static async Task AddIdsAsync(Stream stream, HashSet<string> ids, CancellationToken ct)
    {
        // Parquet is read from its footer: a blob download stream may not seek, so buffer it then.
        await using var buffered = stream.CanSeek ? null : await CopyToMemoryAsync(stream, ct);
        var seekable = buffered ?? stream;
        await using var reader = await ParquetReader.CreateAsync(seekable, null, leaveStreamOpen: true, ct);
        var field = reader.Schema.FindDataField(P.IdProjet.Name);
        for (var i = 0; i < reader.RowGroupCount; i++)
        {
            using var rowGroup = reader.OpenRowGroupReader(i);
            var values = new string?[checked((int)rowGroup.RowCount)];
            await rowGroup.ReadAsync(field, values.AsMemory(), null, ct);
            foreach (var id in values)
                if (id is not null) ids.Add(id);
        }
    }

    private static async Task<MemoryStream> CopyToMemoryAsync(Stream stream, CancellationToken ct)
    {
        var memory = new MemoryStream();
        await stream.CopyToAsync(memory, ct);
        memory.Position = 0;
        return memory;
    }
}

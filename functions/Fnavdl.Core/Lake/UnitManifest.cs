using System.Globalization;
using System.Text;
using Fnavdl.Core.Storage;
using nietras.SeparatedValues;
using C = Fnavdl.Core.Schema.Definition.CommonDefinitions;

namespace Fnavdl.Core.Lake;

/// <summary>
/// One region's manifest: the current version of each of its replacement units, one line per unit.
/// It is the lake's one pointer for the region — a deposit's units all belong to the upload's region,
/// so replacing this one file (an ETag-checked blob, an atomic rename locally) switches all of them at
/// once — and it is published beside the tables, <c>manifestes/{code_region}.csv</c>, so a reader
/// outside our code (Synapse, Power BI, a DuckDB glob) keeps only the files it names.
/// </summary>
/// <remarks>
/// CSV (RFC 4180: comma, quotes only where needed, UTF-8 without BOM, LF line ends), a header then one
/// line per unit in ordinal order of unit key, so the same units give the same bytes. Columns:
/// <see cref="Columns"/>. <c>fichier</c> is what a reader matches: the path of the unit's current file
/// under each table folder of the unit (the five <c>projets</c> tables share it), e.g.
/// <c>annee=2021/code_region=93/appel-aap-2020-10-2715f167.0f3c5e6a7b8c9d01.parquet</c>.
/// </remarks>
public sealed class UnitManifest
{
    /// <summary>The folder of the manifests, in the curated area beside the table folders.</summary>
    public const string Folder = "manifestes";

    private const string Extension = ".csv";

    /// <summary>The columns, in file order: declared once, for the writer, the reader and the view scripts.</summary>
    public static IReadOnlyList<(string Name, string Description)> Columns { get; } =
    [
        ("unite", "Unité de remplacement : projets/annee=…/code_region=…/appel=…, suivi/annee=…/code_region=…, enveloppes/annee=…/code_region=…."),
        ("fichier", "Chemin du fichier courant de l'unité sous le dossier de chaque table de l'unité (les cinq tables projets partagent le même) : annee=…/code_region=…/{nom}.{id_ingestion}.parquet."),
        (C.IdIngestion.Name, "Version courante de l'unité : l'ingestion qui a écrit ses fichiers."),
        (C.HorodatageDepot.Name, "Horodatage du dépôt de cette version (ISO 8601, UTC) : le dépôt le plus récent l'emporte."),
        (C.SourceSha256.Name, "SHA-256 du fichier déposé."),
        (C.SourceChemin.Name, "Chemin du fichier déposé, sous uploads/."),
    ];

    private UnitManifest(string codeRegion, IReadOnlyList<UnitVersion> units, string? etag)
    {
        CodeRegion = codeRegion;
        Units = units;
        ETag = etag;
    }

    public string CodeRegion { get; }

    /// <summary>The region's units and their current version, in ordinal order of unit key.</summary>
    public IReadOnlyList<UnitVersion> Units { get; }

    /// <summary>The concurrency tag of the stored manifest this was read from; null when the region has none yet.</summary>
    public string? ETag { get; }

    /// <summary>A region's path in the curated area: <c>manifestes/93.csv</c>. The region is a checked code, never a path.</summary>
    public static string PathOf(string codeRegion) => $"{Folder}/{CuratedLayout.CheckedRegion(codeRegion)}{Extension}";

    /// <summary>The region a manifest path names (<c>manifestes/93.csv</c>), or null for any other path.</summary>
    public static string? RegionOfPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith(Folder + "/", StringComparison.Ordinal) || !path.EndsWith(Extension, StringComparison.Ordinal)) return null;
        var region = path[(Folder.Length + 1)..^Extension.Length];
        return CuratedLayout.IsValidRegion(region) ? region : null;
    }

    /// <summary>A region without a stored manifest: no unit yet.</summary>
    public static UnitManifest Empty(string codeRegion) => new(CuratedLayout.CheckedRegion(codeRegion), [], null);

    public UnitVersion? Find(string unitKey)
    {
        var lo = 0;
        var hi = Units.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var order = string.CompareOrdinal(Units[mid].UnitKey, unitKey);
            if (order == 0) return Units[mid];
            if (order < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

    /// <summary>
    /// This manifest with <paramref name="current"/> as the versions of their units (the others kept as they are);
    /// it keeps this one's ETag, the precondition of its replacement.
    /// </summary>
    /// <exception cref="ArgumentException">A unit of another region: a manifest only ever holds its own region's units.</exception>
    public UnitManifest With(IEnumerable<UnitVersion> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var units = Units.ToDictionary(u => u.UnitKey, StringComparer.Ordinal);
        foreach (var version in current)
        {
            CheckBelongs(version);
            units[version.UnitKey] = version;
        }
        return new UnitManifest(CodeRegion, [.. units.Values.OrderBy(u => u.UnitKey, StringComparer.Ordinal)], ETag);
    }

    /// <summary>The file's bytes.</summary>
    public byte[] ToBytes()
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text, leaveOpen: true))
        {
            writer.Header.Add([.. Columns.Select(c => c.Name)]);
            if (Units.Count == 0) writer.Header.Write();
            foreach (var unit in Units)
            {
                using var row = writer.NewRow();
                row["unite"].Set(unit.UnitKey);
                row["fichier"].Set(FileOf(unit));
                row[C.IdIngestion.Name].Set(unit.IngestionId);
                row[C.HorodatageDepot.Name].Set(unit.UploadedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
                row[C.SourceSha256.Name].Set(unit.Sha256);
                row[C.SourceChemin.Name].Set(unit.SourcePath);
            }
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
    }

    /// <summary>Reads a stored manifest of <paramref name="codeRegion"/>; every line must be a unit of that region whose file matches its version.</summary>
    /// <exception cref="InvalidDataException">The content is not such a manifest.</exception>
    public static UnitManifest Parse(string codeRegion, ReadOnlySpan<byte> content, string etag)
    {
        ArgumentNullException.ThrowIfNull(etag);
        codeRegion = CuratedLayout.CheckedRegion(codeRegion);
        var text = Encoding.UTF8.GetString(content);
        var units = new List<UnitVersion>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text);
        if (!Columns.Select(c => c.Name).SequenceEqual(reader.Header.ColNames))
            throw new InvalidDataException($"{PathOf(codeRegion)}: unexpected columns [{string.Join(", ", reader.Header.ColNames)}].");
        foreach (var row in reader)
        {
            if (!DateTimeOffset.TryParseExact(row[C.HorodatageDepot.Name].Span, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var uploadedAt))
                throw new InvalidDataException($"{PathOf(codeRegion)}, line {row.LineNumberFrom}: not an ISO 8601 time '{row[C.HorodatageDepot.Name].ToString()}'.");
            var version = new UnitVersion(row["unite"].ToString(), row[C.SourceChemin.Name].ToString(), row[C.SourceSha256.Name].ToString(),
                uploadedAt, row[C.IdIngestion.Name].ToString());
            try
            {
                if (CuratedLayout.RegionOfUnit(version.UnitKey) != codeRegion || FileOf(version) != row["fichier"].ToString())
                    throw new InvalidDataException($"{PathOf(codeRegion)}, line {row.LineNumberFrom}: unit {version.UnitKey} is not a unit of region {codeRegion} at version {version.IngestionId}.");
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{PathOf(codeRegion)}, line {row.LineNumberFrom}: {e.Message}", e);
            }
            if (units.Count > 0 && string.CompareOrdinal(units[^1].UnitKey, version.UnitKey) >= 0)
                throw new InvalidDataException($"{PathOf(codeRegion)}, line {row.LineNumberFrom}: units out of order or repeated ({version.UnitKey}).");
            units.Add(version);
        }
        return new UnitManifest(codeRegion, units, etag);
    }

    /// <summary>The region's manifest as stored (<see cref="Empty"/> when it has none yet).</summary>
    public static async Task<UnitManifest> ReadAsync(IUnitRegistry registry, string codeRegion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var stored = await registry.ReadAsync(codeRegion, ct);
        return stored is null ? Empty(codeRegion) : Parse(codeRegion, stored.Content, stored.ETag);
    }

    /// <summary>
    /// Every region's manifest, in ordinal order of region. Each is one read of one file, so each region is
    /// seen at one moment: a deposit (one region) is seen whole or not at all.
    /// </summary>
    public static async Task<IReadOnlyList<UnitManifest>> ReadAllAsync(IUnitRegistry registry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var regions = new List<string>();
        await foreach (var region in registry.ListRegionsAsync(ct)) regions.Add(region);
        var manifests = new UnitManifest[regions.Count];
        // A few small files: read side by side rather than one round trip after another.
        await Parallel.ForEachAsync(Enumerable.Range(0, regions.Count), new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = 8 },
            async (i, token) => manifests[i] = await ReadAsync(registry, regions[i], token));
        return [.. manifests.OrderBy(m => m.CodeRegion, StringComparer.Ordinal)];
    }

    /// <summary>Replaces the stored manifest with this one if it still is the one this was read from (its <see cref="ETag"/>).</summary>
    public Task<bool> TryReplaceAsync(IUnitRegistry registry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.TryReplaceAsync(CodeRegion, ToBytes(), ETag, ct);
    }

    /// <summary>The unit's file under each of its table folders: <c>annee=2021/code_region=93/appel-….{version}.parquet</c>.</summary>
    public static string FileOf(UnitVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var main = CuratedLayout.FilesOfUnit(version.UnitKey, version.IngestionId)[0];
        return main[(main.IndexOf('/', StringComparison.Ordinal) + 1)..];
    }

    private void CheckBelongs(UnitVersion version)
    {
        if (CuratedLayout.RegionOfUnit(version.UnitKey) != CodeRegion)
            throw new ArgumentException($"Unit {version.UnitKey} is not a unit of region {CodeRegion}: it cannot enter its manifest.", nameof(version));
        if (!CuratedLayout.IsValidVersion(version.IngestionId))
            throw new ArgumentException($"Not a unit version: '{version.IngestionId}'.", nameof(version));
    }
}

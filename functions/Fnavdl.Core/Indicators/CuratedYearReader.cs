using System.Globalization;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Storage;
using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// Reads the columns the indicators need from the curated Parquet of one year, through the
/// <see cref="IFileArea"/> port (local folder or blob container), into a <see cref="YearData"/>.
/// </summary>
/// <remarks>
/// Only the needed columns are decoded. The region comes from the file's partition folder and the
/// call from the first value of its first row group: a projets file is one replacement unit, so both
/// are constant in it. A project's themes are the rows of <c>projets_thematiques</c> with the same file
/// name, which the unit writer emits in project order, <c>nb_thematiques</c> rows per project: they are
/// matched by position, and a file where the counts disagree is refused.
/// </remarks>
internal static class CuratedYearReader
{
    // The columns read are looked up in the table definitions, so a renamed or dropped column fails here, by name.
    private static string Projets(string column) => Column(ProjetsDefinition.Table, column);
    private static string Suivi(string column) => Column(SuiviDefinition.Table, column);
    private static string Enveloppes(string column) => Column(EnveloppesDefinition.Table, column);
    private static string Column(TableDefinition table, string column) => table.Column(column).Name;

    private static readonly string[] ReadTables = [CuratedLayout.Projets, CuratedLayout.Suivi, CuratedLayout.Enveloppes];

    /// <summary>
    /// The files of the tables the indicators read, every year, from ONE listing of the area: a listing may
    /// walk the whole area (a folder tree, a container), so it is done once per computation, not per table and year.
    /// </summary>
    public static async Task<CuratedIndex> ListAsync(IFileArea curated, CancellationToken ct)
    {
        var files = new List<CuratedFile>();
        await foreach (var file in curated.ListAsync("", ct))
            foreach (var table in ReadTables)
                if (ParsePath(file.Path, table) is { } parsed) files.Add(parsed);
        return new CuratedIndex(files);
    }

    public static async Task<YearData> ReadAsync(IFileArea curated, CuratedIndex index, int annee, CancellationToken ct)
    {
        var projetsFiles = index.Files(CuratedLayout.Projets, annee);
        var suiviFiles = index.Files(CuratedLayout.Suivi, annee);
        var enveloppesFiles = index.Files(CuratedLayout.Enveloppes, annee);

        var regions = projetsFiles.Concat(suiviFiles).Concat(enveloppesFiles).Select(f => f.Region)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var regionIndex = regions.Select((code, i) => (code, i)).ToDictionary(p => p.code, p => p.i, StringComparer.Ordinal);

        // Units are independent: read them in parallel, then lay them out in file order.
        var units = new UnitRows?[projetsFiles.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, projetsFiles.Count),
            new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, token) => units[i] = await ReadUnitAsync(curated, projetsFiles[i], token));

        var themeCodes = new List<string>();
        var themeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var projets = new ProjetFacts[units.Sum(u => u?.Projets.Length ?? 0)];
        var themeIds = new int[units.Sum(u => u?.Themes.Length ?? 0)];
        var calls = new List<CallRange>();
        int next = 0, nextTheme = 0;
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i] is not { } unit) continue;
            var region = regionIndex[projetsFiles[i].Region];
            var ids = unit.Themes.Select(code => themeIndex.TryGetValue(code, out var id) ? id : AddTheme(code)).ToArray();
            foreach (var p in unit.Projets)
                projets[next++] = p with { Region = region, ThemeStart = p.ThemeStart + nextTheme };
            ids.CopyTo(themeIds, nextTheme);
            nextTheme += ids.Length;
            calls.Add(new CallRange(region, unit.AppelAProjets, next - unit.Projets.Length, unit.Projets.Length, unit.Epci));
        }

        int AddTheme(string code)
        {
            themeIndex[code] = themeCodes.Count;
            themeCodes.Add(code);
            return themeCodes.Count - 1;
        }

        var suivi = new List<SuiviFacts>();
        foreach (var file in suiviFiles)
            suivi.AddRange(await ReadSuiviAsync(curated, file.Path, regionIndex[file.Region], ct));
        var enveloppes = new List<EnveloppeFacts>();
        foreach (var file in enveloppesFiles)
            enveloppes.AddRange(await ReadEnveloppesAsync(curated, file.Path, regionIndex[file.Region], ct));

        return new YearData
        {
            Annee = annee,
            Regions = regions,
            Projets = projets,
            ThemeIds = themeIds,
            ThemeCodes = themeCodes,
            Calls = calls,
            Suivi = suivi,
            Enveloppes = enveloppes,
        };
    }

    private sealed record UnitRows(string AppelAProjets, ProjetFacts[] Projets, string[] Themes, IReadOnlySet<string> Epci);

    internal sealed record CuratedFile(string Table, string Path, int Annee, string Region);

    /// <summary>The curated files the indicators read, by table and year, in ordinal order of path (region, then call).</summary>
    internal sealed class CuratedIndex(IReadOnlyList<CuratedFile> files)
    {
        public IReadOnlyList<int> Years { get; } = [.. files.Select(f => f.Annee).Distinct().Order()];

        public List<CuratedFile> Files(string table, int annee) =>
            [.. files.Where(f => f.Table == table && f.Annee == annee).OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary><c>{table}/annee=2021/code_region=93/{file}.parquet</c>, or null for anything else.</summary>
    private static CuratedFile? ParsePath(string path, string table)
    {
        var parts = path.Split('/');
        if (parts.Length != 4 || parts[0] != table || !parts[3].EndsWith(".parquet", StringComparison.Ordinal)) return null;
        if (!parts[1].StartsWith("annee=", StringComparison.Ordinal) || !parts[2].StartsWith("code_region=", StringComparison.Ordinal)) return null;
        if (!int.TryParse(parts[1]["annee=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var annee)) return null;
        var region = parts[2]["code_region=".Length..];
        return region.Length == 0 ? null : new CuratedFile(table, path, annee, region);
    }

    private static async Task<UnitRows?> ReadUnitAsync(IFileArea curated, CuratedFile file, CancellationToken ct)
    {
        var name = file.Path[(CuratedLayout.Projets.Length + 1)..];
        string? appel = null;
        var projets = new List<ProjetFacts>();
        var nbThemes = new List<int>();
        await using (var reader = await OpenAsync(curated, file.Path, ct))
        {
            if (reader is null) return null; // replaced or deleted since the listing
            var schema = reader.Schema;
            var montant = schema.FindDataField(Projets("montant_accorde"));
            var coPortage = schema.FindDataField(Projets("co_portage_derive"));
            var bailleur = schema.FindDataField(Projets("portage_bailleur"));
            var epci = schema.FindDataField(Projets("epci_implique"));
            var themes = schema.FindDataField(Projets("nb_thematiques"));
            var menages = schema.FindDataField(Projets("menages_prevus"));
            var duree = schema.FindDataField(Projets("duree_mois"));
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var rowGroup = reader.OpenRowGroupReader(g);
                var n = checked((int)rowGroup.RowCount);
                if (appel is null && n > 0)
                    appel = (await ReadStringsAsync(rowGroup, schema.FindDataField(Projets("appel_a_projets")), n, ct))[0];
                var montants = await ReadAsync<decimal>(rowGroup, montant, n, ct);
                var coPortages = await ReadAsync<bool>(rowGroup, coPortage, n, ct);
                var bailleurs = await ReadAsync<bool>(rowGroup, bailleur, n, ct);
                var epcis = await ReadAsync<bool>(rowGroup, epci, n, ct);
                var themeCounts = await ReadAsync<int>(rowGroup, themes, n, ct);
                var menagesPrevus = await ReadOptionalAsync<int>(rowGroup, menages, n, ct);
                var durees = await ReadOptionalAsync<int>(rowGroup, duree, n, ct);
                var themeStart = nbThemes.Sum();
                for (var i = 0; i < n; i++)
                {
                    projets.Add(new ProjetFacts(0, (long)(montants[i] * 100m), coPortages[i], bailleurs[i], epcis[i],
                        menagesPrevus[i], durees[i], themeStart, themeCounts[i]));
                    themeStart += themeCounts[i];
                }
                nbThemes.Add(themeCounts.Sum());
            }
        }
        if (appel is null) return null;

        var themeCodes = await ReadWholeStringColumnAsync(curated, $"{CuratedLayout.ProjetsThematiques}/{name}", Column(BridgeDefinitions.Thematiques, "thematique"), ct);
        if (themeCodes.Length != nbThemes.Sum())
            throw new InvalidDataException(
                $"{CuratedLayout.ProjetsThematiques}/{name}: {themeCodes.Length} theme rows where the projects count {nbThemes.Sum()}.");
        var sirens = await ReadWholeStringColumnAsync(curated, $"{CuratedLayout.ProjetsEpci}/{name}", Column(BridgeDefinitions.Epci, "siren_epci"), ct);
        return new UnitRows(appel, [.. projets], themeCodes, sirens.ToHashSet(StringComparer.Ordinal));
    }

    private static async Task<List<SuiviFacts>> ReadSuiviAsync(IFileArea curated, string path, int region, CancellationToken ct)
    {
        var rows = new List<SuiviFacts>();
        await using var reader = await OpenAsync(curated, path, ct);
        if (reader is null) return rows;
        var schema = reader.Schema;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var n = checked((int)rowGroup.RowCount);
            var accompagnes = await ReadAsync<int>(rowGroup, schema.FindDataField(Suivi("menages_accompagnes")), n, ct);
            var sortis = await ReadOptionalAsync<int>(rowGroup, schema.FindDataField(Suivi("menages_sortis")), n, ct);
            var relogements = await ReadOptionalAsync<int>(rowGroup, schema.FindDataField(Suivi("relogements")), n, ct);
            var maintiens = await ReadOptionalAsync<int>(rowGroup, schema.FindDataField(Suivi("maintiens")), n, ct);
            var consomme = await ReadOptionalAsync<decimal>(rowGroup, schema.FindDataField(Suivi("montant_consomme")), n, ct);
            for (var i = 0; i < n; i++)
                rows.Add(new SuiviFacts(region, accompagnes[i], sortis[i], relogements[i], maintiens[i],
                    consomme[i] is { } c ? (long)(c * 100m) : null));
        }
        return rows;
    }

    private static async Task<List<EnveloppeFacts>> ReadEnveloppesAsync(IFileArea curated, string path, int region, CancellationToken ct)
    {
        var rows = new List<EnveloppeFacts>();
        await using var reader = await OpenAsync(curated, path, ct);
        if (reader is null) return rows;
        var field = reader.Schema.FindDataField(Enveloppes("enveloppe"));
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            foreach (var montant in await ReadAsync<decimal>(rowGroup, field, checked((int)rowGroup.RowCount), ct))
                rows.Add(new EnveloppeFacts(region, (long)(montant * 100m)));
        }
        return rows;
    }

    private static async Task<string[]> ReadWholeStringColumnAsync(IFileArea curated, string path, string column, CancellationToken ct)
    {
        await using var reader = await OpenAsync(curated, path, ct);
        if (reader is null) return [];
        var field = reader.Schema.FindDataField(column);
        var values = new List<string>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            values.AddRange(await ReadStringsAsync(rowGroup, field, checked((int)rowGroup.RowCount), ct));
        }
        return [.. values];
    }

    internal static async Task<T[]> ReadAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct) where T : struct
    {
        var values = new T[n];
        await rowGroup.ReadAsync(field, values.AsMemory(), null, ct);
        return values;
    }

    internal static async Task<T?[]> ReadOptionalAsync<T>(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct) where T : struct
    {
        var values = new T?[n];
        await rowGroup.ReadAsync(field, values.AsMemory(), null, ct);
        return values;
    }

    internal static async Task<string[]> ReadStringsAsync(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
    {
        var values = new string?[n];
        await rowGroup.ReadAsync(field, values.AsMemory(), null, ct);
        return values!; // the columns read this way are REQUIRED
    }

    /// <summary>A reader over the file, or null when it is gone. Parquet is read from its footer, so a non-seekable blob stream is buffered.</summary>
    internal static async Task<OwnedParquetReader?> OpenAsync(IFileArea curated, string path, CancellationToken ct)
    {
        var stream = await curated.OpenReadAsync(path, ct);
        if (stream is null) return null;
        try
        {
            if (!stream.CanSeek)
            {
                var memory = new MemoryStream();
                await stream.CopyToAsync(memory, ct);
                await stream.DisposeAsync();
                memory.Position = 0;
                stream = memory;
            }
            return new OwnedParquetReader(stream, await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true, ct));
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>A Parquet reader that also disposes the stream it reads.</summary>
    internal sealed class OwnedParquetReader(Stream stream, ParquetReader reader) : IAsyncDisposable
    {
        public ParquetSchema Schema => reader.Schema;
        public int RowGroupCount => reader.RowGroupCount;
        public ParquetRowGroupReader OpenRowGroupReader(int index) => reader.OpenRowGroupReader(index);

        public async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await stream.DisposeAsync();
        }
    }
}

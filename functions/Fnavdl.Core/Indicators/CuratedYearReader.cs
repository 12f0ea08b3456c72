using System.Globalization;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Parquet;
using Parquet.Schema;
using B = Fnavdl.Core.Schema.Definition.BridgeDefinitions;
using E = Fnavdl.Core.Schema.Definition.EnveloppesDefinition;
using P = Fnavdl.Core.Schema.Definition.ProjetsDefinition;
using S = Fnavdl.Core.Schema.Definition.SuiviDefinition;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// Reads the columns the indicators need from the curated Parquet of one year, through the
/// <see cref="IFileArea"/> port (local folder or blob container), into a <see cref="YearData"/>.
/// Which files: those the regions' manifests name (<see cref="UnitManifest"/>), never a listing of the area.
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
    // The columns read are the table definitions' members: a renamed column is renamed here, a dropped one does not compile.

    private static readonly string[] ReadTables = [CuratedLayout.Projets, CuratedLayout.Suivi, CuratedLayout.Enveloppes];

    /// <summary>A unit switched by a commit while it was being read: read again from the records.</summary>
    private const int MaxReadAttempts = 5;

    /// <summary>
    /// The current files of the tables the indicators read, every year, from the regions' manifests (the one
    /// pointer to each unit's version), read once: files of a superseded or never-committed version are not
    /// read, and a deposit is in the index whole or not at all.
    /// </summary>
    public static async Task<CuratedIndex> ListAsync(IUnitRegistry units, CancellationToken ct)
    {
        var current = (await UnitManifest.ReadAllAsync(units, ct)).SelectMany(m => m.Units).ToList();
        var files = new List<CuratedFile>();
        foreach (var unit in current)
            foreach (var table in ReadTables)
                if (ParsePath(CurrentUnit.Of(unit).Files[0], table) is { } parsed) files.Add(parsed);
        return new CuratedIndex(files, current);
    }

    /// <summary>
    /// The year's data. A unit whose files vanish mid-read was switched to a newer version (its old
    /// files are deleted after the switch): the year is read again from fresh records, never half.
    /// </summary>
    public static Task<YearData> ReadAsync(IFileArea curated, IUnitRegistry units, CuratedIndex index, int annee, CancellationToken ct) =>
        ReadCurrentAsync(units, index, current => ReadYearAsync(curated, current, annee, ct), ct);

    /// <summary>
    /// Runs <paramref name="read"/> over the listed files; if a unit is switched meanwhile (a file it opens
    /// with <see cref="OpenAsync"/> is gone), lists again and reads everything again, so no reader returns
    /// a mix of versions or silently leaves a unit out.
    /// </summary>
    internal static async Task<T> ReadCurrentAsync<T>(IUnitRegistry units, CuratedIndex index, Func<CuratedIndex, Task<T>> read, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read(index);
            }
            catch (UnitSwitchedException) when (attempt < MaxReadAttempts)
            {
                index = await ListAsync(units, ct);
            }
        }
    }

    /// <summary>The year's data from the index's files, once: inside <see cref="ReadCurrentAsync"/>, which reads again on a switch.</summary>
    internal static async Task<YearData> ReadYearAsync(IFileArea curated, CuratedIndex index, int annee, CancellationToken ct)
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
        var themeIds = new int[units.Sum(u => u?.ThemeIds.Length ?? 0)];
        var calls = new List<CallRange>();
        int next = 0, nextTheme = 0;
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i] is not { } unit) continue;
            units[i] = null; // copied below: its arrays can go as soon as the next unit needs room
            var region = regionIndex[projetsFiles[i].Region];
            var toYear = unit.ThemeCodes.Select(code => themeIndex.TryGetValue(code, out var id) ? id : AddTheme(code)).ToArray();
            foreach (var p in unit.Projets)
                projets[next++] = p.InYear(region, nextTheme);
            foreach (var local in unit.ThemeIds)
                themeIds[nextTheme++] = toYear[local];
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

    /// <summary>One projets file: its projects (themes numbered from the file's first), and its themes as ids into its own <paramref name="ThemeCodes"/>.</summary>
    private sealed record UnitRows(string AppelAProjets, ProjetFacts[] Projets, int[] ThemeIds, IReadOnlyList<string> ThemeCodes, IReadOnlySet<string> Epci);

    internal sealed record CuratedFile(string Table, string Path, int Annee, string Region);

    /// <summary>The curated files the indicators read, by table and year, in ordinal order of path (region, then call).</summary>
    internal sealed class CuratedIndex(IReadOnlyList<CuratedFile> files, IReadOnlyList<UnitVersion> units)
    {
        /// <summary>Every current unit of the state the index was read from (all tables, all years).</summary>
        public IReadOnlyList<UnitVersion> Units { get; } = units;

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
        if (await ReadProjetFactsAsync(curated, file.Path, ct) is not var (appel, projets, themeTotal)) return null;
        var themeCodes = new List<string>();
        var themeIds = new int[themeTotal];
        var themeRows = 0;
        var byCode = new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        await ReadStringColumnAsync(curated, $"{CuratedLayout.ProjetsThematiques}/{name}", B.Thematique.Name, code =>
        {
            if (!byCode.TryGetValue(code, out var id))
            {
                // A new code: the only string this column allocates (a file holds a handful of codes).
                var key = code.ToString();
                id = themeCodes.Count;
                byCode.Dictionary[key] = id;
                themeCodes.Add(key);
            }
            if (themeRows < themeTotal) themeIds[themeRows] = id;
            themeRows++;
        }, ct);
        if (themeRows != themeTotal)
            throw new InvalidDataException(
                $"{CuratedLayout.ProjetsThematiques}/{name}: {themeRows} theme rows where the projects count {themeTotal}.");
        var sirens = new HashSet<string>(StringComparer.Ordinal);
        var sirenLookup = sirens.GetAlternateLookup<ReadOnlySpan<char>>();
        await ReadStringColumnAsync(curated, $"{CuratedLayout.ProjetsEpci}/{name}", B.SirenEpci.Name, siren => sirenLookup.Add(siren), ct);
        return new UnitRows(appel, projets, themeIds, themeCodes, sirens);
    }

    /// <summary>A projets file's call and projects (themes numbered from its first), or null when it is empty.</summary>
    private static async Task<(string Appel, ProjetFacts[] Projets, int ThemeTotal)?> ReadProjetFactsAsync(
        IFileArea curated, string path, CancellationToken ct)
    {
        await using var reader = await OpenAsync(curated, path, ct);
        var schema = reader.Schema;
        var montant = schema.FindDataField(P.MontantAccorde.Name);
        var coPortage = schema.FindDataField(P.CoPortageDerive.Name);
        var bailleur = schema.FindDataField(P.PortageBailleur.Name);
        var epci = schema.FindDataField(P.EpciImplique.Name);
        var themes = schema.FindDataField(P.NbThematiques.Name);
        var menages = schema.FindDataField(P.MenagesPrevus.Name);
        var duree = schema.FindDataField(P.DureeMois.Name);
        string? appel = null;
        var projets = new ProjetFacts[checked((int)reader.RowCount)];
        int next = 0, themeTotal = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var n = checked((int)rowGroup.RowCount);
            if (appel is null && n > 0)
                appel = await FirstStringAsync(rowGroup, schema.FindDataField(P.AppelAProjets.Name), n, ct);
            using var montants = await ColumnReads.ReadAsync<decimal>(rowGroup, montant, n, ct);
            using var coPortages = await ColumnReads.ReadAsync<bool>(rowGroup, coPortage, n, ct);
            using var bailleurs = await ColumnReads.ReadAsync<bool>(rowGroup, bailleur, n, ct);
            using var epcis = await ColumnReads.ReadAsync<bool>(rowGroup, epci, n, ct);
            using var themeCounts = await ColumnReads.ReadAsync<int>(rowGroup, themes, n, ct);
            using var menagesPrevus = await ColumnReads.ReadOptionalAsync<int>(rowGroup, menages, n, ct);
            using var durees = await ColumnReads.ReadOptionalAsync<int>(rowGroup, duree, n, ct);
            ReadOnlySpan<decimal> m = montants.Values;
            ReadOnlySpan<bool> c = coPortages.Values, b = bailleurs.Values, e = epcis.Values;
            ReadOnlySpan<int> t = themeCounts.Values;
            ReadOnlySpan<int?> mp = menagesPrevus.Values, d = durees.Values;
            for (var i = 0; i < n; i++)
            {
                projets[next++] = new ProjetFacts(0, (long)(m[i] * 100m), c[i], b[i], e[i], mp[i], d[i], themeTotal, t[i]);
                themeTotal += t[i];
            }
        }
        return appel is null ? null : (appel, projets, themeTotal);
    }

    private static async Task<List<SuiviFacts>> ReadSuiviAsync(IFileArea curated, string path, int region, CancellationToken ct)
    {
        var rows = new List<SuiviFacts>();
        await using var reader = await OpenAsync(curated, path, ct);
        var schema = reader.Schema;
        rows.Capacity = checked((int)reader.RowCount);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var n = checked((int)rowGroup.RowCount);
            using var accompagnes = await ColumnReads.ReadAsync<int>(rowGroup, schema.FindDataField(S.MenagesAccompagnes.Name), n, ct);
            using var sortis = await ColumnReads.ReadOptionalAsync<int>(rowGroup, schema.FindDataField(S.MenagesSortis.Name), n, ct);
            using var relogements = await ColumnReads.ReadOptionalAsync<int>(rowGroup, schema.FindDataField(S.Relogements.Name), n, ct);
            using var maintiens = await ColumnReads.ReadOptionalAsync<int>(rowGroup, schema.FindDataField(S.Maintiens.Name), n, ct);
            using var consomme = await ColumnReads.ReadOptionalAsync<decimal>(rowGroup, schema.FindDataField(S.MontantConsomme.Name), n, ct);
            for (var i = 0; i < n; i++)
                rows.Add(new SuiviFacts(region, accompagnes.Values[i], sortis.Values[i], relogements.Values[i], maintiens.Values[i],
                    consomme.Values[i] is { } c ? (long)(c * 100m) : null));
        }
        return rows;
    }

    private static async Task<List<EnveloppeFacts>> ReadEnveloppesAsync(IFileArea curated, string path, int region, CancellationToken ct)
    {
        var rows = new List<EnveloppeFacts>();
        await using var reader = await OpenAsync(curated, path, ct);
        var field = reader.Schema.FindDataField(E.Enveloppe.Name);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            using var montants = await ColumnReads.ReadAsync<decimal>(rowGroup, field, checked((int)rowGroup.RowCount), ct);
            foreach (var montant in montants.Values)
                rows.Add(new EnveloppeFacts(region, (long)(montant * 100m)));
        }
        return rows;
    }

    /// <summary>Hands every value of a REQUIRED string column to <paramref name="onValue"/>, in row order, without a string per row.</summary>
    private static async Task ReadStringColumnAsync(IFileArea curated, string path, string column, Action<ReadOnlySpan<char>> onValue, CancellationToken ct)
    {
        await using var reader = await OpenAsync(curated, path, ct);
        var field = reader.Schema.FindDataField(column);
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            using var values = await ColumnReads.ReadTextAsync(rowGroup, field, checked((int)rowGroup.RowCount), ct);
            foreach (var value in values.Values) onValue(value.Span);
        }
    }

    private static async Task<string> FirstStringAsync(ParquetRowGroupReader rowGroup, DataField field, int n, CancellationToken ct)
    {
        using var values = await ColumnReads.ReadTextAsync(rowGroup, field, n, ct);
        return values.Values[0].ToString();
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
    internal static async Task<OwnedParquetReader> OpenAsync(IFileArea curated, string path, CancellationToken ct)
    {
        var stream = await curated.OpenReadAsync(path, ct) ?? throw new UnitSwitchedException(path);
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

    /// <summary>A file a manifest named is gone: its unit was switched to a newer version since the manifests were read.</summary>
    private sealed class UnitSwitchedException(string path)
        : IOException($"{path} was replaced by a newer version of its unit during the read.");

    /// <summary>A Parquet reader that also disposes the stream it reads.</summary>
    internal sealed class OwnedParquetReader(Stream stream, ParquetReader reader) : IAsyncDisposable
    {
        public ParquetSchema Schema => reader.Schema;
        public int RowGroupCount => reader.RowGroupCount;
        public long RowCount => reader.Metadata?.NumRows ?? 0;
        public ParquetRowGroupReader OpenRowGroupReader(int index) => reader.OpenRowGroupReader(index);

        public async ValueTask DisposeAsync()
        {
            await reader.DisposeAsync();
            await stream.DisposeAsync();
        }
    }
}

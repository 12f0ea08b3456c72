using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Fnavdl.Cli;
using Fnavdl.Core.Export;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// A deposit of region 93 whose units switch together: a file of one, two or three <c>projets</c> units
/// (calls « AAP bascule k », in 2021 for odd k and 2022 for even k, so a deposit spans two years), in two
/// versions no reader could mistake for each other or for a mix: in v1 each unit has 3 projects with 2
/// themes each (6 000 €), in v2 each has 5 projects with 1 other theme (1 500 €). Every reader is reduced to
/// one line per unit, <c>2021|AAP bascule 1=v1</c>, so a deposit half applied reads as a mix of v1 and v2.
/// </summary>
public sealed partial class UnitSwitch
{
    private const string Region = "93";

    private UnitSwitch(int units)
    {
        Units = [.. Enumerable.Range(1, units).Select(k => (k % 2 == 1 ? 2021 : 2022, $"{AppelPrefix}{k}"))];
        V1 = Encoding.UTF8.GetBytes(Csv.Projets([.. Units.SelectMany((u, k) => Enumerable.Range(1, 3)
            .Select(i => Csv.Projet($"A{k + 1}-{i}", u.Appel, $"{1000 * i},00 €", annee: u.Annee, themes: "jeunes | dalo")))]));
        V2 = Encoding.UTF8.GetBytes(Csv.Projets([.. Units.SelectMany((u, k) => Enumerable.Range(1, 5)
            .Select(i => Csv.Projet($"B{k + 1}-{i}", u.Appel, $"{100 * i},00 €", annee: u.Annee, themes: "sante_mentale")))]));
        AllV1 = string.Join('\n', Units.Select(u => $"{u.Annee}|{u.Appel}=v1"));
        AllV2 = string.Join('\n', Units.Select(u => $"{u.Annee}|{u.Appel}=v2"));
    }

    public static UnitSwitch One { get; } = new(1);

    public static UnitSwitch OfUnits(int units) => units == 1 ? One : new UnitSwitch(units);

    private const string AppelPrefix = "AAP bascule ";

    /// <summary>The units, (year, call), in the order of their keys' parts.</summary>
    public IReadOnlyList<(int Annee, string Appel)> Units { get; }

    public IReadOnlyList<string> UnitKeys => [.. Units.Select(u => CuratedLayout.ProjetsUnitKey(Region, u.Annee, u.Appel)).Order(StringComparer.Ordinal)];

    public byte[] V1 { get; }

    public byte[] V2 { get; }

    /// <summary>What every reader sees of the deposit at v1 (every unit at v1), and at v2.</summary>
    public string AllV1 { get; }

    public string AllV2 { get; }

    /// <summary>The one-unit deposit's versions, for tests of one unit.</summary>
    public static byte[] OneV1 => One.V1;

    public static byte[] OneV2 => One.V2;

    /// <summary>Projects and amount of one unit at v2, as an export counts them.</summary>
    public const int ProjetsV2 = 5;

    public const decimal MontantV2 = 1500m;

    /// <summary>
    /// Files of the other tables (enveloppes, suivi of region 93), so that every view of queries/views.sql
    /// has a file to bind to; they are other units, which the switch must leave alone.
    /// </summary>
    public static IReadOnlyList<(string Path, byte[] Content)> OtherTables { get; } =
    [
        ("93/2021/enveloppes-paca.csv", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "uploads", "93", "2021", "enveloppes-paca.csv"))),
        ("93/2022/suivi-2021.csv", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "uploads", "93", "2022", "suivi-2021.csv"))),
    ];

    /// <summary>
    /// Kills the ingestion of v2 (over v1) at <paramref name="step"/>, then re-delivers v1 and v2: every reader
    /// sees every unit at v1 or every unit at v2 after the crash; the older delivery changes nothing (the engine
    /// and the files say so); after the newer one the engine sees every unit at v2, the manifest names it, only
    /// its files are left, and the log says what each delivery did.
    /// Returns what readers saw after the crash.
    /// </summary>
    public async Task<string> CrashThenRedeliverAsync(int step, IPipelineStore store, Func<IPipelineStore, IUploadIngestion> ingestion,
        UploadRef v1, UploadRef v2, Func<Task<string>> seenByEveryReader, Func<Task<List<string>>> projetsFiles)
    {
        await Assert.ThrowsAsync<SimulatedCrashException>(() => ingestion(new CrashingStore(store, step)).IngestAsync(v2));
        var afterCrash = await seenByEveryReader();
        var filesAfterCrash = await projetsFiles();
        var again1 = await ingestion(store).IngestAsync(v1);
        var afterOlder = await EngineAsync(store);
        var filesAfterOlder = await projetsFiles();
        var again2 = await ingestion(store).IngestAsync(v2);

        Assert.True(afterCrash == AllV1 || afterCrash == AllV2, $"step {step}: {afterCrash}");
        Assert.Equal(afterCrash, afterOlder);
        if (afterCrash == AllV1) Assert.Equal(filesAfterCrash, filesAfterOlder); // the older delivery wrote nothing
        // The log says what happened: the older delivery changed nothing, or lost every unit to the newer one;
        // the newer one owns every unit of the deposit, never a part.
        if (afterCrash == AllV1)
            Assert.Equal((IngestionOutcome.Unchanged, 0, 0), (again1.Outcome, again1.UnitsWritten.Count, again1.UnitsSuperseded.Count));
        else
        {
            Assert.Equal(IngestionOutcome.Superseded, again1.Outcome);
            Assert.Equal(UnitKeys, again1.UnitsSuperseded);
        }
        Assert.Equal(IngestionOutcome.Accepted, again2.Outcome);
        Assert.Equal(UnitKeys, again2.UnitsWritten);
        // Every reader was checked after the crash; the end state is checked by the engine, the manifest and the files.
        Assert.Equal(AllV2, await EngineAsync(store));
        var manifest = await UnitManifest.ReadAsync(store.Units, Region);
        Assert.All(UnitKeys, key => Assert.Equal(again2.IngestionId, manifest.Find(key)?.IngestionId));
        Assert.Equal(UnitKeys.SelectMany(key => CuratedLayout.FilesOfUnit(key, again2.IngestionId))
            .Where(f => f.StartsWith(CuratedLayout.Projets, StringComparison.Ordinal)).Order(StringComparer.Ordinal), await projetsFiles());
        return afterCrash;
    }

    /// <summary>One line per unit of the deposit, in the order of <see cref="Units"/>: <c>2021|AAP bascule 1=v1</c>, or what was seen instead.</summary>
    private string State(IReadOnlyDictionary<(int Annee, string Appel), string> seen) =>
        string.Join('\n', Units.Select(u => $"{u.Annee}|{u.Appel}={seen.GetValueOrDefault(u, "absent")}"));

    /// <summary>v1 or v2 for a unit seen with these figures (themes and weighted amount when the reader has them), or the figures.</summary>
    private static string Version(long projets, decimal montant, string? themes = null, decimal? pondere = null) =>
        (projets, montant, themes ?? "", pondere ?? montant) switch
        {
            (3, 6000m, "dalo|jeunes" or "", 6000m) => "v1",
            (5, 1500m, "sante_mentale" or "", 1500m) => "v2",
            _ => $"{projets};{montant};{themes};{pondere}",
        };

    /// <summary>The deposit as the indicator engine reads it (per-call scope), both years from one state of the lake.</summary>
    public async Task<string> EngineAsync(IPipelineStore store)
    {
        var (byYear, _) = await TestServices.Indicators().ComputeAsync(store, [2021, 2022]);
        var seen = new Dictionary<(int, string), string>();
        foreach (var (annee, rows) in byYear)
            foreach (var call in rows.Where(r => r.Perimetre == Perimetres.Appel && r.AppelAProjets!.StartsWith(AppelPrefix, StringComparison.Ordinal))
                         .GroupBy(r => r.AppelAProjets!))
            {
                var themes = call.Where(r => r.Indicateur == Indicateurs.MontantThematique && r.Valeur > 0).ToList();
                seen[(annee, call.Key)] = Version(
                    (long)call.Single(r => r.Indicateur == Indicateurs.NbProjets).Valeur,
                    (decimal)call.Single(r => r.Indicateur == Indicateurs.MontantAccordeTotal).Valeur,
                    string.Join('|', themes.Select(r => r.Dimension).Order(StringComparer.Ordinal)),
                    (decimal)themes.Sum(r => r.Valeur));
            }
        return State(seen);
    }

    /// <summary>The deposit as the SCDL export writes it (a row per project: its unit and version are in its title).</summary>
    public async Task<string> ScdlExportAsync(IPipelineStore store)
    {
        var seen = new Dictionary<(int, string), string>();
        foreach (var annee in Units.Select(u => u.Annee).Distinct())
        {
            using var output = new MemoryStream();
            await new ScdlExport(store.Curated, store.Units, AdministrativeReference.Embedded).WriteAsync(annee, Region, output);
            // No field of these rows needs quoting (checked): a plain split reads them.
            var lines = Encoding.UTF8.GetString(output.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.DoesNotContain('"', string.Concat(lines));
            var header = lines[0].Split(',');
            var (objet, montant) = (Array.IndexOf(header, "objet"), Array.IndexOf(header, "montant"));
            foreach (var unit in lines.Skip(1).Select(l => l.Split(',')).Where(r => ScdlTitle().IsMatch(r[objet]))
                         .GroupBy(r => int.Parse(ScdlTitle().Match(r[objet]).Groups[1].Value, CultureInfo.InvariantCulture)))
            {
                var versions = unit.Select(r => r[objet]["Projet ".Length]).Distinct().Count();
                seen[Units[unit.Key - 1]] = versions > 1 ? "mix" : Version(unit.Count(), unit.Sum(r => decimal.Parse(r[montant], CultureInfo.InvariantCulture)));
            }
        }
        return State(seen);
    }

    /// <summary>
    /// The deposit as the yearly summary of its last year shows it: the year's and the year before's national
    /// projects and amount (both years from one state), each year's total against its units all at v1 or all at v2.
    /// </summary>
    public async Task<string> YearlySummaryAsync(IPipelineStore store)
    {
        var last = Units.Max(u => u.Annee);
        var summary = await TestServices.SummaryBuilder().BuildAsync(store, last);
        double Figure(string indicateur, bool previous) =>
            summary.Chiffres.Where(f => f.Perimetre == Perimetres.National && f.Indicateur == indicateur && f.Dimension is null)
                .Select(f => previous ? f.ValeurPrecedente ?? 0 : f.Valeur).SingleOrDefault();
        var seen = new Dictionary<(int, string), string>();
        foreach (var year in Units.GroupBy(u => u.Annee))
        {
            var previous = year.Key != last;
            var (projets, montant) = ((long)Figure(Indicateurs.NbProjets, previous), (decimal)Figure(Indicateurs.MontantAccordeTotal, previous));
            var version = (projets, montant) == (3L * year.Count(), 6000m * year.Count()) ? "v1"
                : (projets, montant) == (5L * year.Count(), 1500m * year.Count()) ? "v2" : $"{projets};{montant}";
            foreach (var unit in year) seen[unit] = version;
        }
        return State(seen);
    }

    /// <summary>
    /// Per unit: projects and amount from <c>projets</c>, themes and weighted amount from <c>projets_thematiques</c>,
    /// as any SQL over views named projets and projets_thematiques reads them.
    /// </summary>
    private const string StateSql =
        "select p.annee || '|' || p.appel_a_projets || ';' || p.n || ';' || p.montant || ';' || coalesce(t.themes, '') || ';' || coalesce(t.pondere, 0) as etat"
        + " from (select annee, appel_a_projets, count(*) as n, cast(sum(montant_accorde) as bigint) as montant from projets group by all) p"
        + " left join (select annee, appel_a_projets, string_agg(distinct thematique, '|' order by thematique) as themes,"
        + " cast(sum(montant_pondere) as bigint) as pondere from projets_thematiques group by all) t using (annee, appel_a_projets)"
        + " where p.appel_a_projets like 'AAP bascule %' order by etat";

    private string ParseStates(IEnumerable<string> lines)
    {
        var seen = new Dictionary<(int, string), string>();
        foreach (var line in lines)
        {
            var parts = line.Split(';');
            var unit = parts[0].Split('|', 2);
            seen[(int.Parse(unit[0], CultureInfo.InvariantCulture), unit[1])] = Version(
                long.Parse(parts[1], CultureInfo.InvariantCulture), decimal.Parse(parts[2], CultureInfo.InvariantCulture),
                parts[3], decimal.Parse(parts[4], CultureInfo.InvariantCulture));
        }
        return State(seen);
    }

    /// <summary>The deposit as the analysts' DuckDB views (queries/views.sql) read it over a curated folder.</summary>
    public string ViewsSql(string curatedRoot) =>
        ParseStates(DuckDb.Run(Indicators.SqlKit.Script(curatedRoot) + StateSql).Select(r => (string)r[0]!));

    /// <summary>
    /// The deposit as a plain DuckDB query written the way queries/README.md tells an analyst (no views.sql: the
    /// README's query over each table's folder, keeping the files a manifest names) reads it over a curated folder.
    /// </summary>
    /// <remarks>The bridge's files name their project by <c>num_projet</c>: joined to <c>projets</c> on (fichier, num_projet), as the README says.</remarks>
    public string ReadmeQuery(string curatedRoot) =>
        ParseStates(DuckDb.Run(ReadmeWay.Sql(curatedRoot, ["projets", "projets_thematiques"]).Replace(
                "CREATE VIEW projets_thematiques AS", "CREATE VIEW projets_thematiques_fichiers AS", StringComparison.Ordinal)
            + "CREATE VIEW projets_thematiques AS SELECT p.annee, p.appel_a_projets, t.* FROM projets_thematiques_fichiers t JOIN projets p USING (fichier, num_projet);\n"
            + StateSql).Select(r => (string)r[0]!));

    /// <summary>The deposit as `fnavdl query` reads it over a local store (or a pulled copy).</summary>
    public async Task<string> QueryCommandAsync(string storeRoot)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(["query", StateSql, "--store", storeRoot], output, error);
        Assert.True(code == ExitCodes.Ok, output + error.ToString());
        return ParseStates(StateLine().Matches(output.ToString()).Select(m => m.Value));
    }

    [GeneratedRegex(@"\d{4}\|AAP bascule \d+;\d+;\d+;[a-z_|]*;\d+")]
    private static partial Regex StateLine();

    [GeneratedRegex(@"^Projet [AB](\d+)-\d+$")]
    private static partial Regex ScdlTitle();
}

/// <summary>
/// A store that dies at the N-th step of a commit (a curated write or delete, a manifest replacement,
/// a report write, a log append): that step and every later call fail, as after a kill -9 — nothing
/// the dead process would have done afterwards happens. With no step set, it only counts them.
/// </summary>
public sealed class CrashingStore(IPipelineStore inner, int crashAtStep = int.MaxValue) : IPipelineStore
{
    private int _steps;
    private int _manifestReplacements;

    public int Steps => _steps;

    /// <summary>How many times a region's manifest was replaced (or tried to be).</summary>
    public int ManifestReplacements => _manifestReplacements;

    public bool Crashed => _steps >= crashAtStep;

    public IFileArea Uploads => inner.Uploads;
    public IFileArea Raw => inner.Raw;
    public IFileArea Curated => new Area(this, inner.Curated);
    public IFileArea Reports => new Area(this, inner.Reports);
    public IFileArea Gold => inner.Gold;
    public IFileArea Syntheses => inner.Syntheses;
    public IIngestionLog Log => new CountingLog(this, inner.Log);
    public IUnitRegistry Units => new Registry(this, inner.Units);
    public string Describe(string area, string path) => inner.Describe(area, path);

    private void Step()
    {
        if (Interlocked.Increment(ref _steps) >= crashAtStep)
            throw new SimulatedCrashException();
    }

    private void ThrowIfDead()
    {
        if (Crashed) throw new SimulatedCrashException();
    }

    private sealed class Area(CrashingStore store, IFileArea inner) : IFileArea
    {
        public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
        {
            store.ThrowIfDead();
            return inner.OpenReadAsync(path, cancellationToken);
        }

        public Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
        {
            store.Step();
            return inner.WriteAsync(path, content, cancellationToken);
        }

        public Task<bool> WriteIfAbsentAsync(string path, Stream content, CancellationToken cancellationToken = default)
        {
            store.Step();
            return inner.WriteIfAbsentAsync(path, content, cancellationToken);
        }

        public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
        {
            store.Step();
            return inner.DeleteAsync(path, cancellationToken);
        }

        public IAsyncEnumerable<StoredFile> ListAsync(string prefix, CancellationToken cancellationToken = default)
        {
            store.ThrowIfDead();
            return inner.ListAsync(prefix, cancellationToken);
        }
    }

    private sealed class Registry(CrashingStore store, IUnitRegistry inner) : IUnitRegistry
    {
        public Task<IAsyncDisposable> LockAsync(string codeRegion, CancellationToken cancellationToken = default) => inner.LockAsync(codeRegion, cancellationToken);

        public Task<StoredManifest?> ReadAsync(string codeRegion, CancellationToken cancellationToken = default)
        {
            store.ThrowIfDead();
            return inner.ReadAsync(codeRegion, cancellationToken);
        }

        public Task<bool> TryReplaceAsync(string codeRegion, byte[] content, string? expectedETag, CancellationToken cancellationToken = default)
        {
            store.Step();
            Interlocked.Increment(ref store._manifestReplacements);
            return inner.TryReplaceAsync(codeRegion, content, expectedETag, cancellationToken);
        }

        public IAsyncEnumerable<string> ListRegionsAsync(CancellationToken cancellationToken = default) => inner.ListRegionsAsync(cancellationToken);
    }

    private sealed class CountingLog(CrashingStore store, IIngestionLog inner) : IIngestionLog
    {
        public Task<bool> AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default)
        {
            store.Step();
            return inner.AppendAsync(record, cancellationToken);
        }

        public IAsyncEnumerable<IngestionRecord> ListAsync(string? codeRegion = null, CancellationToken cancellationToken = default)
        {
            store.ThrowIfDead();
            return inner.ListAsync(codeRegion, cancellationToken);
        }
    }
}

public sealed class SimulatedCrashException() : Exception("simulated kill -9");

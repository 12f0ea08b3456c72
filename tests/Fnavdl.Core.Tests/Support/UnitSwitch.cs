using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Fnavdl.Cli;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// Two versions of one replacement unit (region 93, 2021, one call) that no reader could mistake for
/// each other or for a mix: v1 has 3 projects with 2 themes each, v2 has 5 projects with 1 other theme.
/// </summary>
public static partial class UnitSwitch
{
    public const string Appel = "AAP bascule";

    public static byte[] V1 { get; } = Encoding.UTF8.GetBytes(Csv.Projets(
        [.. Enumerable.Range(1, 3).Select(i => Csv.Projet($"A{i}", Appel, $"{1000 * i},00 €", themes: "jeunes | dalo"))]));

    public static byte[] V2 { get; } = Encoding.UTF8.GetBytes(Csv.Projets(
        [.. Enumerable.Range(1, 5).Select(i => Csv.Projet($"B{i}", Appel, $"{100 * i},00 €", themes: "sante_mentale"))]));

    /// <summary>
    /// Files of the other tables (enveloppes, suivi of region 93), so that every view of queries/views.sql
    /// has a file to bind to; they are other units, which the switch must leave alone.
    /// </summary>
    public static IReadOnlyList<(string Path, byte[] Content)> OtherTables { get; } =
    [
        ("93/2021/enveloppes-paca.csv", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "uploads", "93", "2021", "enveloppes-paca.csv"))),
        ("93/2022/suivi-2021.csv", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "uploads", "93", "2022", "suivi-2021.csv"))),
    ];

    /// <summary>What v1 and v2 look like to any reader: projects, themes, amount by theme.</summary>
    public static ReaderState StateV1 { get; } = new(3, "dalo|jeunes", 6000m);

    public static ReaderState StateV2 { get; } = new(5, "sante_mentale", 1500m);

    /// <summary>
    /// Kills the ingestion of v2 (over v1) at <paramref name="step"/>, then re-delivers v1 and v2, checking
    /// every reader each time: v1 or v2 whole after the crash, the older delivery changing nothing, the newer
    /// one ending in v2 with exactly its files. Returns what readers saw after the crash.
    /// </summary>
    public static async Task<ReaderState> CrashThenRedeliverAsync(int step, IPipelineStore store, Func<IPipelineStore, IUploadIngestion> ingestion,
        UploadRef v1, UploadRef v2, Func<Task<ReaderState>> seenByEveryReader, Func<Task<List<string>>> projetsFiles)
    {
        await Assert.ThrowsAsync<SimulatedCrashException>(() => ingestion(new CrashingStore(store, step)).IngestAsync(v2));
        var afterCrash = await seenByEveryReader();
        var again1 = await ingestion(store).IngestAsync(v1);
        var afterOlder = await seenByEveryReader();
        var again2 = await ingestion(store).IngestAsync(v2);

        Assert.True(afterCrash == StateV1 || afterCrash == StateV2, $"step {step}: {afterCrash}");
        Assert.Equal(afterCrash, afterOlder);
        Assert.Equal(afterCrash == StateV1 ? IngestionOutcome.Unchanged : IngestionOutcome.Superseded, again1.Outcome);
        Assert.Equal(IngestionOutcome.Accepted, again2.Outcome);
        Assert.Equal(StateV2, await seenByEveryReader());
        Assert.Equal(CuratedLayout.FilesOfUnit(Assert.Single(again2.UnitsWritten), again2.IngestionId).Order(StringComparer.Ordinal), await projetsFiles());
        return afterCrash;
    }

    /// <summary>The unit as the indicator engine reads it (national scope).</summary>
    public static async Task<ReaderState> EngineAsync(IPipelineStore store)
    {
        var rows = (await new IndicatorEngine().ComputeAsync(store, 2021)).Where(r => r.Perimetre == Perimetres.National).ToList();
        var themes = rows.Where(r => r.Indicateur == Indicateurs.MontantThematique && r.Valeur > 0).ToList();
        return new ReaderState(
            (int)rows.Single(r => r.Indicateur == Indicateurs.NbProjets).Valeur,
            string.Join('|', themes.Select(r => r.Dimension).Order(StringComparer.Ordinal)),
            (decimal)themes.Sum(r => r.Valeur));
    }

    private const string StateSql =
        "select (select count(*) from projets) || ';' || coalesce((select string_agg(distinct thematique, '|' order by thematique) from projets_thematiques), '')"
        + " || ';' || coalesce((select sum(montant_pondere) from projets_thematiques), 0) as etat";

    /// <summary>The unit as the analysts' DuckDB views (queries/views.sql) read it over a curated folder.</summary>
    public static ReaderState ViewsSql(string curatedRoot) =>
        Parse((string)DuckDb.Run(Indicators.SqlKit.Script(curatedRoot) + StateSql)[0][0]!);

    /// <summary>The unit as `fnavdl query` reads it over a local store (or a pulled copy).</summary>
    public static async Task<ReaderState> QueryCommandAsync(string storeRoot)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await FnavdlCommandLine.RunAsync(["query", StateSql, "--store", storeRoot], output, error);
        Assert.True(code == ExitCodes.Ok, output + error.ToString());
        return Parse(StateLine().Match(output.ToString()).Value);
    }

    private static ReaderState Parse(string state)
    {
        var parts = state.Split(';');
        return new ReaderState(int.Parse(parts[0], CultureInfo.InvariantCulture), parts[1], decimal.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"\d+;[a-z_|]*;[0-9.]+")]
    private static partial Regex StateLine();
}

public sealed record ReaderState(int Projets, string Themes, decimal MontantThematique);

/// <summary>
/// A store that dies at the N-th step of a commit (a curated write or delete, a unit record switch,
/// a report write, a log append): that step and every later call fail, as after a kill -9 — nothing
/// the dead process would have done afterwards happens. With no step set, it only counts them.
/// </summary>
public sealed class CrashingStore(IPipelineStore inner, int crashAtStep = int.MaxValue) : IPipelineStore
{
    private int _steps;

    public int Steps => _steps;

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
        public Task<IAsyncDisposable> LockAsync(string unitKey, CancellationToken cancellationToken = default) => inner.LockAsync(unitKey, cancellationToken);

        public Task<UnitRecord?> GetAsync(string unitKey, CancellationToken cancellationToken = default)
        {
            store.ThrowIfDead();
            return inner.GetAsync(unitKey, cancellationToken);
        }

        public IAsyncEnumerable<UnitRecord> ListAsync(string unitKeyPrefix = "", CancellationToken cancellationToken = default) =>
            inner.ListAsync(unitKeyPrefix, cancellationToken);

        public Task<bool> TrySetAsync(UnitVersion version, string? expectedETag, CancellationToken cancellationToken = default)
        {
            store.Step();
            return inner.TrySetAsync(version, expectedETag, cancellationToken);
        }
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

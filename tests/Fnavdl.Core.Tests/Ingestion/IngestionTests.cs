using System.Text;
using System.Text.Json;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

public sealed class IngestionTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    private static readonly string TwoCalls = Csv.Projets(
        Csv.Projet("P1", "AAP 2020-10", "10 000,00 €", coPorteurs: "Logirem", coTypes: "bailleur social"),
        Csv.Projet("P2", "AAP 2020-10", "20 000,00 €"),
        Csv.Projet("P3", "AAP 2021-04", "30 000,50 €", epci: "200054807"));

    [Fact]
    public async Task A_valid_file_becomes_one_curated_unit_per_call_with_its_report_and_archive()
    {
        var record = await _store.IngestAsync("93/2021/projets.csv", TwoCalls);

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal("projets", record.Kind);
        Assert.Equal(3, record.Rows);
        Assert.Equal(2, record.UnitsWritten.Count);
        Assert.All(record.UnitsWritten, u => Assert.StartsWith("projets/annee=2021/code_region=93/", u));
        var curated = _store.CuratedSnapshot();
        Assert.Contains(curated.Keys, k => k.StartsWith("projets/annee=2021/code_region=93/", StringComparison.Ordinal) && k.EndsWith(".parquet", StringComparison.Ordinal));
        Assert.Contains(curated.Keys, k => k.StartsWith("projets_thematiques/annee=2021/code_region=93/", StringComparison.Ordinal));
        Assert.NotNull(await _store.Store.Reports.OpenReadAsync(record.ReportPath!));
        Assert.NotNull(await _store.Store.Raw.OpenReadAsync(record.RawPath!));
        Assert.Equal(64, record.Sha256.Length);
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing_and_says_so()
    {
        var first = await _store.IngestAsync("93/2021/projets.csv", TwoCalls);
        var before = _store.CuratedSnapshot();

        var second = await _store.Ingestion.IngestAsync(new UploadRef("93/2021/projets.csv", TempStore.T0));

        Assert.Equal(IngestionOutcome.Accepted, first.Outcome);
        Assert.Equal(IngestionOutcome.Unchanged, second.Outcome);
        Assert.Empty(second.UnitsWritten);
        Assert.Equal(before, _store.CuratedSnapshot());
        var log = await _store.LogAsync("93");
        Assert.Single(log, r => r.Outcome == IngestionOutcome.Accepted);
        Assert.Single(log, r => r.Outcome == IngestionOutcome.Unchanged);
    }

    [Fact]
    public async Task A_rerun_on_a_fresh_store_writes_the_same_bytes()
    {
        await _store.IngestAsync("93/2021/projets.csv", TwoCalls);
        using var other = new TempStore();
        await other.IngestAsync("93/2021/projets.csv", TwoCalls);

        Assert.Equal(_store.CuratedSnapshot(), other.CuratedSnapshot());
    }

    [Fact]
    public async Task A_corrected_file_replaces_its_units_and_nothing_else()
    {
        await _store.IngestAsync("93/2021/projets.csv", TwoCalls);
        var before = _store.CuratedSnapshot();

        // The correction covers only the first call: the second call's unit must stay as it was.
        var correction = Csv.Projets(Csv.Projet("P1", "AAP 2020-10", "11 000,00 €"), Csv.Projet("P2", "AAP 2020-10", "20 000,00 €"));
        var record = await _store.IngestAsync("93/2021/projets-corrige.csv", correction, TempStore.T0.AddHours(1));

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        var after = _store.CuratedSnapshot();
        var unit = Single(record.UnitsWritten);
        var slug = unit.Split('=')[^1];
        // The corrected call's files are now those of the new version, the old version's are gone...
        Assert.Equal(CuratedLayout.FilesOfUnit(unit, record.IngestionId).Order(), after.Keys.Where(k => k.Contains(slug)).Order());
        Assert.DoesNotContain(before.Keys, k => k.Contains(slug) && after.ContainsKey(k));
        // ...and the second call's files are byte for byte what they were.
        var secondCall = before.Keys.Where(k => !k.Contains(slug) && k.EndsWith(".parquet", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, secondCall.Count); // five tables and the unit's depots file
        Assert.All(secondCall, k => Assert.Equal(before[k], after[k]));
        Assert.Equal(secondCall.Order(), after.Keys.Where(k => !k.Contains(slug) && k.EndsWith(".parquet", StringComparison.Ordinal)).Order());
        // ...and the region's manifest, replaced once, still names the second call's version.
        Assert.Equal(["manifestes/93.csv"], after.Keys.Where(k => !k.EndsWith(".parquet", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_older_version_processed_last_never_overwrites_the_newer_one()
    {
        var older = Csv.Projets(Csv.Projet("P1", montant: "1 000,00 €"));
        var newer = Csv.Projets(Csv.Projet("P1", montant: "2 000,00 €"));
        var newerRecord = await _store.IngestAsync("93/newer.csv", newer, TempStore.T0.AddMinutes(5));
        var afterNewer = _store.CuratedSnapshot();

        var olderRecord = await _store.IngestAsync("93/older.csv", older, TempStore.T0);

        Assert.Equal(IngestionOutcome.Accepted, newerRecord.Outcome);
        Assert.Equal(IngestionOutcome.Superseded, olderRecord.Outcome);
        Assert.Equal(newerRecord.UnitsWritten, olderRecord.UnitsSuperseded);
        Assert.Equal(afterNewer, _store.CuratedSnapshot());
    }

    [Fact]
    public async Task A_row_of_another_region_rejects_the_whole_file()
    {
        var csv = "Région;" + Csv.ProjetsHeader + "\n"
            + "84;" + Csv.Projet("P1") + "\n"
            + "93;" + Csv.Projet("P2") + "\n";

        var record = await _store.IngestAsync("84/projets.csv", csv);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Empty(_store.CuratedSnapshot());
        var report = await ReadReportAsync(record);
        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("code").GetString() == IssueCodes.RegionDifferente
            && e.GetProperty("row").GetInt32() == 3 && e.GetProperty("field").GetString() == "code_region");
    }

    [Fact]
    public async Task An_invalid_file_reaches_nothing_curated_and_its_report_names_every_row_and_field()
    {
        var csv = Csv.Projets(
            Csv.Projet("P1", montant: "1.234"),
            Csv.Projet("P2", departements: "75"),
            Csv.Projet("P3"));

        var record = await _store.IngestAsync("93/projets.csv", csv);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Equal(2, record.Errors);
        Assert.Empty(_store.CuratedSnapshot()); // no Parquet, and no manifest
        var errors = (await ReadReportAsync(record)).GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("code").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("field").GetString()))
            .ToList();
        Assert.Contains((IssueCodes.MontantAmbigu, 2, "montant_accorde"), errors);
        Assert.Contains((IssueCodes.DepartementHorsRegion, 3, "departements"), errors);
        var html = await ReadAllAsync(_store.Store.Reports, ReportPaths.Html(record.SourcePath, record.Sha256));
        Assert.Contains("Fichier refusé", html);
        Assert.Contains("departement-hors-region", html);
    }

    [Fact]
    public async Task A_file_outside_a_region_folder_is_rejected()
    {
        var record = await _store.IngestAsync("99/projets.csv", TwoCalls);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        var report = await ReadReportAsync(record);
        Assert.Equal(IssueCodes.CheminInvalide, report.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Empty(_store.CuratedSnapshot());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_rejected_without_being_read()
    {
        var service = new Core.Composition.PipelineServices(_store.Store, Core.Reference.AdministrativeReference.Embedded,
            new IngestionOptions { Limits = new Core.Reading.ReadLimits { MaxUploadBytes = 100 } }, TimeProvider.System).Ingestion;
        var upload = await _store.UploadAsync("93/gros.csv", TwoCalls);

        var record = await service.IngestAsync(upload);

        Assert.Equal(IngestionOutcome.Rejected, record.Outcome);
        Assert.Equal(Encoding.UTF8.GetByteCount(TwoCalls), record.SizeBytes);
        Assert.Equal(IssueCodes.FichierTropVolumineux, (await ReadReportAsync(record)).GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_crash_between_the_parquet_write_and_the_log_converges_on_retry()
    {
        using var reference = new TempStore();
        await reference.IngestAsync("93/2021/projets.csv", TwoCalls);
        var crashing = new CrashingLogStore(_store.Store);
        var service = new Core.Composition.PipelineServices(crashing, Core.Reference.AdministrativeReference.Embedded, IngestionOptions.Default, TimeProvider.System).Ingestion;
        var upload = await _store.UploadAsync("93/2021/projets.csv", TwoCalls);

        await Assert.ThrowsAsync<IOException>(() => service.IngestAsync(upload));
        var retried = await service.IngestAsync(upload);

        Assert.Equal(IngestionOutcome.Accepted, retried.Outcome);
        Assert.Equal(reference.CuratedSnapshot(), _store.CuratedSnapshot());
        var log = await _store.LogAsync();
        Assert.Equal([IngestionOutcome.Failed, IngestionOutcome.Accepted], log.Select(r => r.Outcome));
        Assert.Contains("simulated crash", log[0].FailureMessage);
    }

    [Fact]
    public async Task Suivi_rows_of_unknown_projects_are_kept_with_a_warning()
    {
        await _store.IngestAsync("93/projets.csv", TwoCalls);
        var suivi = "Année;N° projet;Ménages accompagnés;Ménages sortis;Relogés\n2021;P1;10;4;3\n2021;P9;5;;\n";

        var record = await _store.IngestAsync("93/suivi.csv", suivi);

        Assert.Equal(IngestionOutcome.Accepted, record.Outcome);
        Assert.Equal("suivi", record.Kind);
        Assert.Equal(1, record.Warnings);
        var warnings = (await ReadReportAsync(record)).GetProperty("warnings").EnumerateArray().ToList();
        Assert.Equal(IssueCodes.ProjetInconnu, warnings.Single().GetProperty("code").GetString());
        Assert.Equal(3, warnings.Single().GetProperty("row").GetInt32());
    }

    private static string Single(IReadOnlyList<string> items) => Assert.Single(items);

    private async Task<JsonElement> ReadReportAsync(IngestionRecord record)
    {
        var text = await ReadAllAsync(_store.Store.Reports, record.ReportPath!);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<string> ReadAllAsync(IFileArea area, string path)
    {
        await using var stream = await area.OpenReadAsync(path) ?? throw new FileNotFoundException(path);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    /// <summary>A store whose log fails the first time an accepted version is committed, as a host crash would.</summary>
    private sealed class CrashingLogStore(IPipelineStore inner) : IPipelineStore
    {
        private readonly CrashingLog _log = new(inner.Log);
        public IFileArea Uploads => inner.Uploads;
        public IFileArea Raw => inner.Raw;
        public IFileArea Curated => inner.Curated;
        public IFileArea Reports => inner.Reports;
        public IFileArea Gold => inner.Gold;
        public IFileArea Syntheses => inner.Syntheses;
        public IIngestionLog Log => _log;
        public IUnitRegistry Units => inner.Units;
        public string Describe(string area, string path) => inner.Describe(area, path);

        private sealed class CrashingLog(IIngestionLog inner) : IIngestionLog
        {
            private bool _crashed;

            public Task<bool> AppendAsync(IngestionRecord record, CancellationToken cancellationToken = default)
            {
                if (record.Outcome == IngestionOutcome.Accepted && !_crashed)
                {
                    _crashed = true;
                    throw new IOException("simulated crash before the log commit");
                }
                return inner.AppendAsync(record, cancellationToken);
            }

            public IAsyncEnumerable<IngestionRecord> ListAsync(string? codeRegion = null, CancellationToken cancellationToken = default) =>
                inner.ListAsync(codeRegion, cancellationToken);
        }
    }
}

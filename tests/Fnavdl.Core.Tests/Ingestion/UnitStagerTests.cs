using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Tests.Lake;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Ingestion;

/// <summary>The stager hands rows to a writer task: the files stay those of one thread, and a failure or an abandon stays contained.</summary>
public sealed class UnitStagerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fnavdl-stager", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Three calls interleaved row by row, over several batches and row groups.</summary>
    private static List<Projet> Interleaved(int perCall)
    {
        var calls = new[] { LakeSamples.Projets(LakeSamples.Appel1, perCall, perCall * 1000m, "A"),
            LakeSamples.Projets(LakeSamples.Appel2, perCall, perCall * 1000m, "B"),
            LakeSamples.Projets("AAP 2021-03", perCall, perCall * 1000m, "C") };
        return Enumerable.Range(0, perCall).SelectMany(i => calls.Select(c => c[i])).ToList();
    }

    [Fact]
    public async Task Interleaved_units_over_many_batches_keep_every_row_in_file_order_in_their_own_unit()
    {
        var rows = Interleaved(1500);
        var staging = Path.Combine(_folder, "staging");
        IReadOnlyList<StagedUnit> units;
        await using (var stager = new UnitStager(LakeSamples.Lineage, staging, rowGroupSize: 700))
        {
            foreach (var row in rows) await stager.AddAsync(row, CancellationToken.None);
            units = await stager.CompleteAsync(CancellationToken.None);
            // Copied out before the stager deletes its folder, as the commit does.
            foreach (var file in units.SelectMany(u => u.Files))
            {
                var target = Path.Combine(_folder, "curated", file.CuratedPath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file.TempPath, target);
            }
        }

        Assert.Equal(3, units.Count);
        Assert.False(Directory.Exists(staging));
        var read = DuckDb.Run($"SELECT appel_a_projets, id_projet, source_ligne FROM {DuckDb.Table(Path.Combine(_folder, "curated"), "projets")} ORDER BY filename, file_row_number"
            .Replace("hive_partitioning = false)", "hive_partitioning = false, filename = true, file_row_number = true)"));
        var expected = rows.OrderBy(r => CuratedLayout.ProjetsUnitKey(r.CodeRegion, r.Annee, r.AppelAProjets), StringComparer.Ordinal)
            .Select(r => $"{r.AppelAProjets}/{r.IdProjet}/{r.SourceRow}");
        Assert.Equal(expected, read.Select(r => $"{r[0]}/{r[1]}/{r[2]}"));
    }

    [Fact]
    public async Task More_interleaved_units_than_the_writer_keeps_at_hand_and_equal_calls_in_distinct_strings_each_stay_in_their_own_unit()
    {
        // Eleven calls in turn (more than the recent units the writer finds by reference), and every other row
        // of each call spelled with a string object of its own: the same unit whatever the string object.
        var calls = Enumerable.Range(1, 11).Select(k => LakeSamples.Projets($"AAP 2021-{k:00}", 40, 40_000m, $"C{k}")).ToList();
        var rows = Enumerable.Range(0, 40)
            .SelectMany(i => calls.Select(c => i % 2 == 0 ? c[i] : c[i] with { AppelAProjets = new string(c[i].AppelAProjets.AsSpan()) }))
            .ToList();
        var staging = Path.Combine(_folder, "staging");
        IReadOnlyList<StagedUnit> units;
        var read = new List<string>();
        await using (var stager = new UnitStager(LakeSamples.Lineage, staging, rowGroupSize: 16))
        {
            foreach (var row in rows) await stager.AddAsync(row, CancellationToken.None);
            units = await stager.CompleteAsync(CancellationToken.None);
            foreach (var unit in units)
            {
                var projets = unit.Files[0].TempPath;
                read.AddRange(DuckDb.Run($"SELECT appel_a_projets, id_projet FROM read_parquet('{projets}') ORDER BY source_ligne")
                    .Select(r => $"{unit.UnitKey}: {r[0]}/{r[1]}"));
            }
        }

        Assert.Equal(11, units.Count);
        var expected = rows
            .Select(r => $"{CuratedLayout.ProjetsUnitKey(r.CodeRegion, r.Annee, r.AppelAProjets)}: {r.AppelAProjets}/{r.IdProjet}")
            .OrderBy(line => line, StringComparer.Ordinal);
        Assert.Equal(expected, read.OrderBy(line => line, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_write_failing_in_the_writer_task_surfaces_as_itself_and_the_stager_still_cleans_up()
    {
        var staging = Path.Combine(_folder, "staging");
        var stager = new UnitStager(LakeSamples.Lineage, staging);
        // The projets table's folder is a file: opening the unit's first file fails in the writer task.
        File.WriteAllText(Path.Combine(staging, "projets"), "occupé");

        var failure = await Assert.ThrowsAnyAsync<IOException>(async () =>
        {
            foreach (var row in Interleaved(2000)) await stager.AddAsync(row, CancellationToken.None);
            await stager.CompleteAsync(CancellationToken.None);
        });
        await stager.DisposeAsync();

        Assert.Contains("projets", failure.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public async Task A_stager_abandoned_mid_file_stops_its_writer_and_leaves_no_file()
    {
        var staging = Path.Combine(_folder, "staging");
        var stager = new UnitStager(LakeSamples.Lineage, staging, rowGroupSize: 100);
        foreach (var row in Interleaved(3000)) await stager.AddAsync(row, CancellationToken.None);

        var disposal = stager.DisposeAsync().AsTask();

        Assert.Same(disposal, await Task.WhenAny(disposal, Task.Delay(TimeSpan.FromSeconds(30))));
        await disposal;
        Assert.False(Directory.Exists(staging));
    }
}

using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Lake;

public sealed class CuratedProjectIdsTests : IDisposable
{
    private readonly TempFolder _units = new();

    public void Dispose() => _units.Dispose();

    /// <summary>The area's units recorded as current, as ingestion would have committed them.</summary>
    private async Task<LocalUnitRegistry> UnitsOfAsync(InMemoryFileArea area)
    {
        var units = new LocalUnitRegistry(_units.Root, Path.Combine(_units.Root, "verrous"));
        await CurrentUnits.AdoptWrittenAsync(area, units, TempStore.T0);
        return units;
    }

    private static async Task WriteIntoAsync(InMemoryFileArea area, IEnumerable<Fnavdl.Core.Schema.Canonical.Projet> rows)
    {
        var buffers = new Dictionary<string, MemoryStream>();
        var written = await LakeSamples.WriteProjetsAsync(path => buffers[path] = new MemoryStream(), rows);
        foreach (var path in written) area.Put(path, buffers[path].ToArray());
    }

    [Fact]
    public async Task Reads_the_ids_of_every_year_of_the_region_and_nothing_else()
    {
        var area = new InMemoryFileArea();
        await WriteIntoAsync(area, LakeSamples.Projets(LakeSamples.Appel1, 3, 300m, "A-"));
        await WriteIntoAsync(area, LakeSamples.Projets(LakeSamples.Appel2, 2, 200m, "B-"));
        await WriteIntoAsync(area, LakeSamples.Projets("AAP 2019", 2, 200m, "C-").Select(p => p with { Annee = 2019 }));
        await WriteIntoAsync(area, LakeSamples.Projets("AAP IDF", 2, 200m, "IDF-").Select(p => p with { CodeRegion = "11" }));

        var ids = await CuratedProjectIds.ReadAsync(area, await UnitsOfAsync(area), "93");

        Assert.Equal(["A-001", "A-002", "A-003", "B-001", "B-002", "C-001", "C-002"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_region_without_projects_has_no_ids()
    {
        var area = new InMemoryFileArea();
        await WriteIntoAsync(area, LakeSamples.Projets(LakeSamples.Appel1, 3, 300m, "A-"));

        Assert.Empty(await CuratedProjectIds.ReadAsync(area, await UnitsOfAsync(area), "11"));
    }

    [Fact]
    public async Task Reads_across_row_groups()
    {
        var area = new InMemoryFileArea();
        var buffers = new Dictionary<string, MemoryStream>();
        var written = await LakeSamples.WriteProjetsAsync(
            path => buffers[path] = new MemoryStream(), LakeSamples.Projets(LakeSamples.Appel1, 25, 2500m, "A-"), rowGroupSize: 10);
        foreach (var path in written) area.Put(path, buffers[path].ToArray());

        var ids = await CuratedProjectIds.ReadAsync(area, await UnitsOfAsync(area), "93");

        Assert.Equal(25, ids.Count);
        Assert.Contains("A-025", ids);
    }

    [Fact]
    public async Task Files_of_a_version_the_manifest_does_not_name_are_not_read()
    {
        var area = new InMemoryFileArea();
        await WriteIntoAsync(area, LakeSamples.Projets(LakeSamples.Appel1, 2, 200m, "A-"));
        var units = await UnitsOfAsync(area);
        // A newer version's files, written by a commit that was killed before it replaced the manifest.
        var buffers = new Dictionary<string, MemoryStream>();
        await using (var writer = new ProjetsUnitWriter(LakeSamples.Lineage with { IngestionId = "ing-0002" }, path => buffers[path] = new MemoryStream()))
        {
            foreach (var row in LakeSamples.Projets(LakeSamples.Appel1, 3, 300m, "Z-")) await writer.AddAsync(row);
            foreach (var path in await writer.CompleteAsync()) area.Put(path, buffers[path].ToArray());
        }

        var ids = await CuratedProjectIds.ReadAsync(area, units, "93");

        Assert.Equal(["A-001", "A-002"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_unit_switched_while_its_ids_are_read_is_read_again_in_its_new_version_never_left_out()
    {
        using var store = new TempStore();
        await store.IngestAsync("93/v1.csv", Csv.Projets(Csv.Projet("A-1", "AAP 1"), Csv.Projet("A-2", "AAP 2")), TempStore.T0);
        var v2 = await store.UploadAsync("93/v2.csv", Csv.Projets(Csv.Projet("B-1", "AAP 1")), TempStore.T0.AddMinutes(1));
        // The correction of AAP 1 is committed (its old file deleted) just before the first file is opened.
        var switching = new BeforeFirstRead(store.Store.Curated, () => store.Ingestion.IngestAsync(v2));

        var ids = await CuratedProjectIds.ReadAsync(switching, store.Store.Units, "93");

        Assert.Equal(["A-2", "B-1"], ids.Order(StringComparer.Ordinal));
    }
}

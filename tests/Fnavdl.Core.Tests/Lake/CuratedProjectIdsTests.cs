using Fnavdl.Core.Lake;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Lake;

public class CuratedProjectIdsTests
{
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

        var ids = await CuratedProjectIds.ReadAsync(area, "93");

        Assert.Equal(["A-001", "A-002", "A-003", "B-001", "B-002", "C-001", "C-002"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_region_without_projects_has_no_ids()
    {
        var area = new InMemoryFileArea();
        await WriteIntoAsync(area, LakeSamples.Projets(LakeSamples.Appel1, 3, 300m, "A-"));

        Assert.Empty(await CuratedProjectIds.ReadAsync(area, "11"));
    }

    [Fact]
    public async Task Reads_across_row_groups()
    {
        var area = new InMemoryFileArea();
        var buffers = new Dictionary<string, MemoryStream>();
        var written = await LakeSamples.WriteProjetsAsync(
            path => buffers[path] = new MemoryStream(), LakeSamples.Projets(LakeSamples.Appel1, 25, 2500m, "A-"), rowGroupSize: 10);
        foreach (var path in written) area.Put(path, buffers[path].ToArray());

        var ids = await CuratedProjectIds.ReadAsync(area, "93");

        Assert.Equal(25, ids.Count);
        Assert.Contains("A-025", ids);
    }
}

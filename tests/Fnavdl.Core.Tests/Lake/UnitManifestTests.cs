using System.Text;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Xunit.Abstractions;

namespace Fnavdl.Core.Tests.Lake;

/// <summary>The regions' manifests: the format outside readers follow, what a region can put in one, and their size.</summary>
public sealed class UnitManifestTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private LocalUnitRegistry Registry() => new(Path.Combine(_folder.Root, "curated"), Path.Combine(_folder.Root, "locks"));

    private static UnitVersion Version(string unitKey, string version, string source = "93/2021/projets.csv", int second = 0) =>
        new(unitKey, source, new string('a', 64), new DateTimeOffset(2022, 3, 1, 9, 0, second, TimeSpan.Zero).AddTicks(1234567), version);

    [Fact]
    public void A_manifest_is_CSV_one_line_per_unit_in_key_order_naming_the_file_under_each_table_folder()
    {
        var projets = CuratedLayout.ProjetsUnitKey("93", 2021, "AAP 2020-10");
        var suivi = CuratedLayout.SuiviUnitKey("93", 2022);
        var manifest = UnitManifest.Empty("93").With([Version(suivi, "0000000000000002"), Version(projets, "0000000000000001")]);

        var text = Encoding.UTF8.GetString(manifest.ToBytes());

        Assert.Equal(
            "unite,fichier,id_ingestion,horodatage_depot,source_sha256,source_chemin\n"
            + $"projets/annee=2021/code_region=93/appel=aap-2020-10-2715f167,annee=2021/code_region=93/appel-aap-2020-10-2715f167.0000000000000001.parquet,0000000000000001,2022-03-01T09:00:00.1234567Z,{new string('a', 64)},93/2021/projets.csv\n"
            + $"suivi/annee=2022/code_region=93,annee=2022/code_region=93/suivi.0000000000000002.parquet,0000000000000002,2022-03-01T09:00:00.1234567Z,{new string('a', 64)},93/2021/projets.csv\n",
            text);
        // The file a line names is the unit's file in every one of its tables.
        Assert.All(CuratedLayout.FilesOfUnit(projets, "0000000000000001"), f => Assert.EndsWith("/" + UnitManifest.FileOf(manifest.Units[0]), f));
    }

    [Fact]
    public void Reading_gives_back_every_version_exactly_even_a_source_path_with_commas_quotes_and_accents()
    {
        var unit = CuratedLayout.ProjetsUnitKey("93", 2021, "AAP 1");
        var written = UnitManifest.Empty("93").With([Version(unit, "0123456789abcdef", "93/dépôts, \"corrigés\"/projets 2021.csv")]);

        var read = UnitManifest.Parse("93", written.ToBytes(), "etag");

        Assert.Equal(written.Units, read.Units);
        Assert.Equal(written.Units[0].UploadedAt.UtcTicks, read.Units[0].UploadedAt.UtcTicks);
        Assert.Equal("etag", read.ETag);
        Assert.Equal(written.ToBytes(), read.ToBytes());
    }

    [Fact]
    public void A_unit_of_another_region_never_enters_a_manifest_nor_is_read_from_one()
    {
        var other = CuratedLayout.ProjetsUnitKey("44", 2021, "AAP 1");
        Assert.Throws<ArgumentException>(() => UnitManifest.Empty("93").With([Version(other, "0123456789abcdef")]));

        var forged = UnitManifest.Empty("44").With([Version(other, "0123456789abcdef")]).ToBytes();
        Assert.Throws<InvalidDataException>(() => UnitManifest.Parse("93", forged, "etag"));
    }

    [Theory]
    [InlineData("../44")]
    [InlineData("93/../44")]
    [InlineData("93\\44")]
    [InlineData("")]
    [InlineData("9 3")]
    public void A_region_that_is_not_a_code_has_no_manifest_path(string region)
    {
        Assert.Throws<ArgumentException>(() => UnitManifest.PathOf(region));
        Assert.Null(UnitManifest.RegionOfPath($"manifestes/{region}.csv"));
    }

    [Fact]
    public void A_line_whose_file_does_not_match_its_version_is_refused()
    {
        var unit = CuratedLayout.SuiviUnitKey("93", 2021);
        var text = Encoding.UTF8.GetString(UnitManifest.Empty("93").With([Version(unit, "0123456789abcdef")]).ToBytes())
            .Replace("suivi.0123456789abcdef.parquet", "suivi.ffffffffffffffff.parquet", StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => UnitManifest.Parse("93", Encoding.UTF8.GetBytes(text), "etag"));
    }

    [Fact]
    public async Task The_first_manifest_is_created_once_and_a_replacement_needs_the_etag_it_was_read_with()
    {
        var registry = Registry();
        var unit = CuratedLayout.SuiviUnitKey("93", 2021);
        Assert.Null(await registry.ReadAsync("93"));

        Assert.True(await UnitManifest.Empty("93").With([Version(unit, "0000000000000001")]).TryReplaceAsync(registry));
        Assert.False(await UnitManifest.Empty("93").With([Version(unit, "0000000000000002")]).TryReplaceAsync(registry));
        var read = await UnitManifest.ReadAsync(registry, "93");
        Assert.True(await read.With([Version(unit, "0000000000000003")]).TryReplaceAsync(registry));
        Assert.False(await read.With([Version(unit, "0000000000000004")]).TryReplaceAsync(registry));

        Assert.Equal("0000000000000003", (await UnitManifest.ReadAsync(registry, "93")).Find(unit)!.IngestionId);
        Assert.True(File.Exists(Path.Combine(_folder.Root, "curated", "manifestes", "93.csv")));
        Assert.Equal(["93"], await registry.ListRegionsAsync().ToListAsync());
    }

    [Fact]
    public async Task Two_holders_of_a_region_s_lock_take_turns_and_other_regions_do_not_wait()
    {
        var registry = Registry();
        var first = await registry.LockAsync("93");

        var second = registry.LockAsync("93");
        await using (await registry.LockAsync("44").WaitAsync(TimeSpan.FromSeconds(5))) { }
        await Task.Delay(200);
        Assert.False(second.IsCompleted, "the second lock was granted while the first was held");
        await first.DisposeAsync();
        await (await second.WaitAsync(TimeSpan.FromSeconds(5))).DisposeAsync();
    }

    /// <summary>
    /// The size every reader pays on opening the lake: 18 regions, ten units a year each (eight calls, a suivi and an
    /// enveloppes unit), with calls and paths as regions name them (« AAP 2021-01 », 93/2021/projets-2021.xlsx) for
    /// ten years, and with the longest call slugs and 80-character paths for twenty years.
    /// </summary>
    [Theory]
    [InlineData(10, "AAP {0}-{1:D2}", "{0}/projets-{0}.xlsx", 300, 30 * 1024)]
    [InlineData(20, "Appel à projets régional FNAVDL accompagnement vers et dans le logement n°{1}", "{0}/{2}.xlsx", 400, 80 * 1024)]
    public void A_region_s_manifest_stays_small(int years, string callName, string pathName, int maxBytesPerUnit, int maxBytes)
    {
        var units = new List<UnitVersion>();
        for (var annee = 2021; annee < 2021 + years; annee++)
        {
            var source = "93/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, pathName, annee, 0, new string('x', 70));
            for (var call = 1; call <= 8; call++)
                units.Add(Version(CuratedLayout.ProjetsUnitKey("93", annee, string.Format(System.Globalization.CultureInfo.InvariantCulture, callName, annee, call)), "0123456789abcdef", source));
            units.Add(Version(CuratedLayout.SuiviUnitKey("93", annee), "0123456789abcdef", source));
            units.Add(Version(CuratedLayout.EnveloppesUnitKey("93", annee), "0123456789abcdef", source));
        }

        var bytes = UnitManifest.Empty("93").With(units).ToBytes().Length;

        output.WriteLine($"{years} years, {units.Count} units: {bytes} bytes, {bytes / units.Count} bytes a unit; 18 regions: {18 * bytes / 1024} KiB");
        Assert.True(bytes / units.Count <= maxBytesPerUnit, $"{bytes / units.Count} bytes a unit");
        Assert.True(bytes <= maxBytes, $"{bytes} bytes");
    }
}

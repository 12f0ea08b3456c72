using Fnavdl.Core.Lake;

namespace Fnavdl.Core.Tests.Lake;

public class CuratedLayoutTests
{
    [Fact]
    public void Projets_unit_key_is_partitioned_by_year_region_and_call_slug()
    {
        var key = CuratedLayout.ProjetsUnitKey("93", 2021, "AAP 2020-10");

        // The documented literal: readable part, then the first 8 hex digits of SHA-256("AAP 2020-10").
        Assert.Equal("projets/annee=2021/code_region=93/appel=aap-2020-10-2715f167", key);
    }

    [Fact]
    public void Suivi_and_enveloppes_units_are_region_and_year()
    {
        Assert.Equal("suivi/annee=2021/code_region=93", CuratedLayout.SuiviUnitKey("93", 2021));
        Assert.Equal("enveloppes/annee=2021/code_region=93", CuratedLayout.EnveloppesUnitKey("93", 2021));
        // Each unit's file, then its depots file (the deposit's lineage) under the same name.
        Assert.Equal(["suivi/annee=2021/code_region=93/suivi.v1.parquet", "depots/annee=2021/code_region=93/suivi.v1.parquet"],
            CuratedLayout.SuiviFiles("93", 2021, "v1"));
        Assert.Equal(["enveloppes/annee=2021/code_region=93/enveloppes.v1.parquet", "depots/annee=2021/code_region=93/enveloppes.v1.parquet"],
            CuratedLayout.EnveloppesFiles("93", 2021, "v1"));
        Assert.Equal(("suivi/annee=2021/code_region=93", "v1"), CuratedLayout.UnitOfFile("depots/annee=2021/code_region=93/suivi.v1.parquet"));
        Assert.Equal(("enveloppes/annee=2021/code_region=93", "v1"), CuratedLayout.UnitOfFile("depots/annee=2021/code_region=93/enveloppes.v1.parquet"));
        Assert.Null(CuratedLayout.UnitOfFile("depots/annee=2021/code_region=93/autre.v1.parquet"));
    }

    [Fact]
    public void A_projets_unit_is_one_file_per_table_with_the_same_name()
    {
        var slug = AppelSlug.For("AAP 2020-10");
        var files = CuratedLayout.ProjetsFiles("93", 2021, "AAP 2020-10", "0123456789abcdef");

        Assert.Equal(
            CuratedLayout.ProjetsTables.Append(CuratedLayout.Depots).Select(t => $"{t}/annee=2021/code_region=93/appel-{slug}.0123456789abcdef.parquet"),
            files);
        Assert.Equal(files, CuratedLayout.FilesOfUnit(CuratedLayout.ProjetsUnitKey("93", 2021, "AAP 2020-10"), "0123456789abcdef"));
    }

    [Fact]
    public void A_file_names_its_unit_and_version_and_every_version_of_a_unit_shares_its_prefixes()
    {
        var key = CuratedLayout.ProjetsUnitKey("93", 2021, "AAP 2020-10");
        var prefixes = CuratedLayout.VersionPrefixesOfUnit(key);

        foreach (var file in CuratedLayout.FilesOfUnit(key, "abc123")) Assert.Equal((key, "abc123"), CuratedLayout.UnitOfFile(file));
        Assert.Equal(("suivi/annee=2021/code_region=93", "v2"), CuratedLayout.UnitOfFile("suivi/annee=2021/code_region=93/suivi.v2.parquet"));
        Assert.Null(CuratedLayout.UnitOfFile("suivi/annee=2021/code_region=93/suivi.parquet"));
        Assert.Equal(CuratedLayout.FilesOfUnit(key, "v9"), prefixes.Select(p => p + "v9.parquet"));
        Assert.Equal("v9", CuratedLayout.VersionOf(prefixes[1] + "v9.parquet", prefixes[1]));
        Assert.Null(CuratedLayout.VersionOf(prefixes[1] + "v9.parquet.partial", prefixes[1]));
        Assert.Throws<ArgumentException>(() => CuratedLayout.FilesOfUnit(key, "../v1"));
    }

    [Fact]
    public void Tables_list_every_curated_table_once()
    {
        Assert.Equal(
            ["projets", "projets_thematiques", "projets_departements", "projets_epci", "projets_co_porteurs", "suivi", "enveloppes", "depots"],
            CuratedLayout.Tables);
    }

    [Fact]
    public void Slug_drops_accents_and_punctuation_and_keeps_the_text_readable()
    {
        var slug = AppelSlug.For("Appel à projets — Été 2021 (n°2)");

        Assert.Matches("^appel-a-projets-ete-2021-n-2-[0-9a-f]{8}$", slug);
    }

    [Fact]
    public void Slug_is_deterministic_and_calls_whose_text_differs_stay_apart()
    {
        Assert.Equal("aap-2020-10-2715f167", AppelSlug.For("AAP 2020-10"));
        Assert.Equal("aap-2020-10-a2873816", AppelSlug.For("aap 2020/10"));
        // Same readable part, different exact text: the hash separates them.
        var a = AppelSlug.For("AAP 2020-10");
        var b = AppelSlug.For("aap 2020/10");
        Assert.Equal(a[..^9], b[..^9]);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Slug_readable_part_is_capped_and_never_empty()
    {
        var longSlug = AppelSlug.For(new string('x', 30) + " " + new string('y', 30));
        var emptySlug = AppelSlug.For("—/—");

        Assert.True(longSlug.Length <= AppelSlug.MaxReadableLength + 9, longSlug);
        Assert.DoesNotContain("--", longSlug);
        Assert.Matches("^appel-[0-9a-f]{8}$", emptySlug);
        Assert.True(AppelSlug.IsSlug(longSlug));
        Assert.True(AppelSlug.IsSlug(emptySlug));
    }

    [Theory]
    [InlineData("projets/annee=2021/code_region=93")]
    [InlineData("projets/annee=2021/code_region=93/appel=../../x-12345678")]
    [InlineData("suivi/annee=21/code_region=93")]
    [InlineData("suivi/annee=2021/code_region=9 3")]
    [InlineData("enveloppes/annee=2021/code_region=93/extra")]
    [InlineData("autre/annee=2021/code_region=93")]
    public void Unknown_unit_keys_are_refused(string key)
    {
        Assert.Throws<ArgumentException>(() => CuratedLayout.FilesOfUnit(key, "v1"));
    }

    [Fact]
    public void Region_codes_and_years_must_be_safe_path_segments()
    {
        Assert.Throws<ArgumentException>(() => CuratedLayout.SuiviUnitKey("../93", 2021));
        Assert.Throws<ArgumentOutOfRangeException>(() => CuratedLayout.SuiviUnitKey("93", 21));
    }

    [Theory]
    [InlineData("projets/annee=2021/code_region=93/appel-x-12345678.parquet", true)]
    [InlineData("projets/annee=2019/code_region=93/appel-y-12345678.parquet", true)]
    [InlineData("projets/annee=2021/code_region=11/appel-x-12345678.parquet", false)]
    [InlineData("projets/annee=2021/code_region=930/appel-x-12345678.parquet", false)]
    [InlineData("projets_epci/annee=2021/code_region=93/appel-x-12345678.parquet", false)]
    [InlineData("projets/annee=2021/code_region=93/appel-x-12345678.parquet.tmp", false)]
    public void Projets_files_of_a_region_are_recognised_by_path(string path, bool expected)
    {
        Assert.Equal(expected, CuratedLayout.IsProjetsFileOfRegion(path, "93"));
    }
}

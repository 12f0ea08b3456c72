using System.Globalization;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Publication;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Core.Tests.Lake;

/// <summary>Writes region 93's 2021 units to a folder and reads them back with DuckDB, as analysts will.</summary>
public sealed class LakeWritersDuckDbTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly DuckDb _db = new();

    public void Dispose()
    {
        _db.Dispose();
        _temp.Dispose();
    }

    // The in-file annee/code_region are authoritative; the partition folders only serve pruning.
    private string Table(string table) =>
        $"read_parquet('{_temp.Glob(table + "/**/*.parquet")}', hive_partitioning = true, hive_types = {{'annee': INTEGER, 'code_region': VARCHAR}})";

    /// <summary>A table's files as they are, without the partition folders' columns.</summary>
    private string Files(string table) => DuckDb.Table(_temp.Root, table);

    /// <summary>
    /// The generated analysts' views (queries/views.sql) over the folder, in this connection, after recording the
    /// written units in the region's manifest as an ingestion would: what an analyst reads, lineage and keys joined back.
    /// </summary>
    private async Task OpenViewsAsync(params TableDefinition[] tables)
    {
        await CurrentUnits.AdoptWrittenAsync(new LocalFileArea(_temp.Root), new LocalUnitRegistry(_temp.Root, Path.Combine(_temp.Root, ".verrous")), TempStore.T0);
        _db.Rows($"SET VARIABLE lake = '{_temp.Glob("")}';\n" + ViewScripts.DuckDb(tables.Length > 0 ? tables : TableCatalog.All) + "SELECT 1;");
    }

    private async Task WriteRegion93Async()
    {
        var output = LakeSamples.FolderOutput(_temp.Root);
        await LakeSamples.WriteProjetsAsync(output, LakeSamples.Projets(LakeSamples.Appel1, 40, 3_100_000.50m, "A1-"));
        await LakeSamples.WriteProjetsAsync(output, LakeSamples.Projets(LakeSamples.Appel2, 27, 2_200_000m, "A2-"));

        await using (var suivi = FactUnitWriter.Suivi(LakeSamples.Lineage, output))
        {
            await suivi.AddAsync(LakeSamples.SuiviRow("A1-001", 2, sortis: 4, consomme: 12_345.67m));
            await suivi.AddAsync(LakeSamples.SuiviRow("A1-002", 3, sortis: null, consomme: null));
            await suivi.CompleteAsync();
        }
        await using (var enveloppes = FactUnitWriter.Enveloppes(LakeSamples.Lineage, output))
        {
            await enveloppes.AddAsync(new Enveloppe { CodeRegion = "93", Annee = 2021, Montant = 3_700_000m, SourceRow = 2 });
            await enveloppes.CompleteAsync();
        }
    }

    [Fact]
    public async Task Counts_and_decimal_sums_read_back_exactly()
    {
        await WriteRegion93Async();

        Assert.Equal(67L, _db.Scalar($"SELECT count(*) FROM {Table("projets")}"));
        Assert.Equal(5_300_000.50m, _db.Scalar($"SELECT sum(montant_accorde) FROM {Table("projets")}"));
        Assert.Equal(3_100_000.50m, _db.Scalar($"SELECT sum(montant_accorde) FROM {Table("projets")} WHERE appel_a_projets = '{LakeSamples.Appel1}'"));
        Assert.Equal(3_700_000.00m, _db.Scalar($"SELECT sum(enveloppe) FROM {Table("enveloppes")}"));
        Assert.Equal(12_345.67m, _db.Scalar($"SELECT sum(montant_consomme) FROM {Table("suivi")}"));
        // Thematic shares add up to the amounts to the cent (the split hands out leftover cents).
        Assert.Equal(5_300_000.50m, _db.Scalar($"SELECT sum(montant_pondere) FROM {Table("projets_thematiques")}"));
    }

    [Fact]
    public async Task Column_types_are_the_documented_ones()
    {
        await WriteRegion93Async();

        // The files: what differs by row. The deposit's lineage is the unit's depots file; a bridge names its project by number.
        var projets = _db.Describe(Files("projets"));
        Assert.Equal(
        [
            "annee", "code_region", "appel_a_projets", "date_decision", "id_projet", "num_projet", "intitule", "porteur", "type_porteur",
            "siren_porteur", "co_portage", "co_portage_derive", "portage_bailleur", "epci_implique", "thematiques",
            "departements", "epci", "co_porteurs", "nb_thematiques", "nb_departements", "nb_epci", "nb_co_porteurs",
            "montant_accorde", "montant_demande", "menages_prevus", "duree_mois", "volet",
            "source_feuille", "source_ligne", "id_ingestion",
        ], projets.Keys);
        Assert.Equal("INTEGER", projets["annee"]);
        Assert.Equal("VARCHAR", projets["code_region"]);
        Assert.Equal("DATE", projets["date_decision"]);
        Assert.Equal("BOOLEAN", projets["co_portage"]);
        Assert.Equal("INTEGER", projets["nb_thematiques"]);
        Assert.Equal("INTEGER", projets["num_projet"]);
        Assert.Equal("DECIMAL(18,2)", projets["montant_accorde"]);
        Assert.Equal("DECIMAL(18,2)", projets["montant_demande"]);
        Assert.Equal("INTEGER", projets["menages_prevus"]);
        Assert.Equal("INTEGER", projets["source_ligne"]);

        var themes = _db.Describe(Files("projets_thematiques"));
        Assert.Equal(["num_projet", "thematique", "libelle_source", "poids", "montant_pondere"], themes.Keys);
        Assert.Equal("DOUBLE", themes["poids"]);
        Assert.Equal("DECIMAL(18,2)", themes["montant_pondere"]);
        Assert.Equal(["num_projet", "code_departement"], _db.Describe(Files("projets_departements")).Keys);
        Assert.Equal(["num_projet", "siren_epci"], _db.Describe(Files("projets_epci")).Keys);
        var coPorteurs = _db.Describe(Files("projets_co_porteurs"));
        Assert.Equal(["num_projet", "rang", "co_porteur", "type_co_porteur"], coPorteurs.Keys);
        Assert.Equal("INTEGER", coPorteurs["rang"]);

        var suivi = _db.Describe(Files("suivi"));
        Assert.Equal(
        [
            "annee", "code_region", "id_projet", "menages_accompagnes", "menages_sortis", "relogements", "maintiens", "montant_consomme",
            "source_feuille", "source_ligne", "id_ingestion",
        ], suivi.Keys);
        Assert.Equal("DECIMAL(18,2)", suivi["montant_consomme"]);
        Assert.Equal("DECIMAL(18,2)", _db.Describe(Files("enveloppes"))["enveloppe"]);
        var depots = _db.Describe(Files("depots"));
        Assert.Equal(["code_region", "id_ingestion", "horodatage_depot", "source_sha256", "source_chemin"], depots.Keys);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", depots["horodatage_depot"]);
    }

    [Fact]
    public async Task The_views_give_every_column_of_the_contract_with_its_type()
    {
        await WriteRegion93Async();
        await OpenViewsAsync();

        // The columns a query written before the deposit's lineage moved to depots still finds, in the same order.
        var projets = _db.Describe("projets");
        Assert.Equal(
        [
            "annee", "code_region", "appel_a_projets", "date_decision", "id_projet", "cle_projet", "num_projet", "intitule", "porteur", "type_porteur",
            "siren_porteur", "co_portage", "co_portage_derive", "portage_bailleur", "epci_implique", "thematiques",
            "departements", "epci", "co_porteurs", "nb_thematiques", "nb_departements", "nb_epci", "nb_co_porteurs",
            "montant_accorde", "montant_demande", "menages_prevus", "duree_mois", "volet",
            "source_chemin", "source_sha256", "source_feuille", "source_ligne", "id_ingestion", "horodatage_depot",
        ], projets.Keys);
        Assert.Equal("TIMESTAMP WITH TIME ZONE", projets["horodatage_depot"]);
        Assert.Equal("VARCHAR", projets["cle_projet"]);
        string[] key = ["annee", "code_region", "appel_a_projets", "id_projet", "cle_projet", "num_projet"];
        Assert.Equal([.. key, "thematique", "libelle_source", "poids", "montant_pondere"], _db.Describe("projets_thematiques").Keys);
        Assert.Equal([.. key, "code_departement"], _db.Describe("projets_departements").Keys);
        Assert.Equal([.. key, "siren_epci"], _db.Describe("projets_epci").Keys);
        Assert.Equal([.. key, "rang", "co_porteur", "type_co_porteur"], _db.Describe("projets_co_porteurs").Keys);
        Assert.Equal("INTEGER", _db.Describe("projets_thematiques")["annee"]);
        Assert.Equal(
        [
            "annee", "code_region", "id_projet", "menages_accompagnes", "menages_sortis", "relogements", "maintiens", "montant_consomme",
            "source_chemin", "source_sha256", "source_feuille", "source_ligne", "id_ingestion", "horodatage_depot",
        ], _db.Describe("suivi").Keys);
        Assert.Equal(["annee", "code_region", "enveloppe", "source_chemin", "source_sha256", "source_feuille", "source_ligne", "id_ingestion", "horodatage_depot"],
            _db.Describe("enveloppes").Keys);
        foreach (var table in TableCatalog.All)
            Assert.Equal(table.Columns.Select(c => c.Name), _db.Describe(table.Name).Keys);
    }

    [Fact]
    public async Task The_deposit_s_lineage_is_written_once_per_unit_and_the_views_show_one_row_per_deposit()
    {
        await WriteRegion93Async();
        await OpenViewsAsync();

        // Four units (two calls, suivi, enveloppes), one depots file each, of one row; the view keeps the deposit once.
        Assert.Equal(4L, _db.Scalar($"SELECT count(*) FROM {Files("depots")}"));
        var depot = _db.Rows("SELECT code_region, id_ingestion, source_sha256, source_chemin FROM depots").Single();
        Assert.Equal(["93", "ing-0001", LakeSamples.Lineage.FileSha256, LakeSamples.Lineage.SourcePath], depot);
        // Every row of every fact view has it back.
        foreach (var view in new[] { "projets", "suivi", "enveloppes" })
            Assert.Equal(0L, _db.Scalar($"""
                SELECT count(*) FROM {view}
                WHERE source_chemin IS DISTINCT FROM '{LakeSamples.Lineage.SourcePath}' OR source_sha256 IS DISTINCT FROM '{LakeSamples.Lineage.FileSha256}'
                   OR horodatage_depot IS DISTINCT FROM '{LakeSamples.Lineage.UploadedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss.fff}+00'::TIMESTAMPTZ
                """));
    }

    [Fact]
    public async Task Only_the_optional_fields_are_nullable_in_the_files()
    {
        await WriteRegion93Async();

        var optional = _db.Rows(
                $"SELECT name FROM parquet_schema('{_temp.Glob("projets/**/*.parquet")}') WHERE repetition_type = 'OPTIONAL' GROUP BY name ORDER BY name")
            .Select(r => (string)r[0]!);
        Assert.Equal(
            ["co_portage", "co_porteurs", "date_decision", "duree_mois", "epci", "menages_prevus", "montant_demande", "siren_porteur", "source_feuille", "volet"],
            optional);
        var optionalSuivi = _db.Rows(
                $"SELECT name FROM parquet_schema('{_temp.Glob("suivi/**/*.parquet")}') WHERE repetition_type = 'OPTIONAL' ORDER BY name")
            .Select(r => (string)r[0]!);
        Assert.Equal(["maintiens", "menages_sortis", "montant_consomme", "relogements", "source_feuille"], optionalSuivi);
    }

    [Fact]
    public async Task Values_nulls_and_lineage_read_back()
    {
        await WriteRegion93Async();
        await OpenViewsAsync();

        var first = _db.Rows($"""
            SELECT date_decision, siren_porteur, co_portage, thematiques, departements, epci, co_porteurs,
                   nb_thematiques, montant_demande, volet, source_feuille, source_ligne, id_ingestion, horodatage_depot
            FROM projets WHERE id_projet = 'A1-001'
            """).Single();
        Assert.Equal(new DateOnly(2021, 1, 28), first[0]);
        Assert.Equal("775672272", first[1]);
        Assert.Equal(true, first[2]);
        Assert.Equal("prevention_expulsions | sante_mentale | jeunes", first[3]);
        Assert.Equal("13 | 06", first[4]);
        Assert.Null(first[5]);
        Assert.Equal("Logirem | CCAS de Nice", first[6]);
        Assert.Equal(3, first[7]);
        Assert.Equal("Projets", first[10]);
        Assert.Equal(2, first[11]);
        Assert.Equal("ing-0001", first[12]);
        var uploaded = first[13] switch
        {
            DateTimeOffset offset => offset.UtcDateTime,
            DateTime time => time.ToUniversalTime(),
            var other => throw new InvalidCastException(other?.GetType().Name),
        };
        Assert.Equal(LakeSamples.Lineage.UploadedAt.UtcDateTime, uploaded);

        var second = _db.Rows($"SELECT date_decision, siren_porteur, co_portage, montant_demande, menages_prevus, volet, epci FROM {Table("projets")} WHERE id_projet = 'A1-002'").Single();
        Assert.Equal([null, null, null, null, null, null, "200054807"], second);

        var suivi = _db.Rows($"SELECT menages_sortis, relogements, maintiens, montant_consomme, source_feuille FROM {Table("suivi")} WHERE id_projet = 'A1-002'").Single();
        Assert.All(suivi, Assert.Null);
    }

    [Fact]
    public async Task Bridges_join_the_main_table_on_its_key()
    {
        await WriteRegion93Async();
        await OpenViewsAsync();
        const string key = "USING (annee, code_region, appel_a_projets, id_projet)";

        // Every bridge row finds its project; the counts follow the lists.
        Assert.Equal(_db.Scalar($"SELECT sum(nb_thematiques)::BIGINT FROM projets"),
            _db.Scalar($"SELECT count(*) FROM projets_thematiques JOIN projets {key}"));
        Assert.Equal(_db.Scalar($"SELECT sum(nb_departements)::BIGINT FROM projets"),
            _db.Scalar($"SELECT count(*) FROM projets_departements JOIN projets {key}"));
        Assert.Equal(_db.Scalar($"SELECT sum(nb_epci)::BIGINT FROM projets"),
            _db.Scalar($"SELECT count(*) FROM projets_epci JOIN projets {key}"));
        Assert.Equal(_db.Scalar($"SELECT sum(nb_co_porteurs)::BIGINT FROM projets"),
            _db.Scalar($"SELECT count(*) FROM projets_co_porteurs JOIN projets {key}"));

        var coPorteurs = _db.Rows($"SELECT rang, co_porteur, type_co_porteur FROM projets_co_porteurs WHERE id_projet = 'A1-001' AND appel_a_projets = '{LakeSamples.Appel1}' ORDER BY rang");
        Assert.Equal([[1, "Logirem", "bailleur_social"], [2, "CCAS de Nice", null]], coPorteurs);

        // Per-theme weights of a project add up to 1, and its weighted amounts to its amount.
        var perProject = _db.Rows($"""
            SELECT p.id_projet, sum(t.poids), sum(t.montant_pondere), any_value(p.montant_accorde)
            FROM projets_thematiques t JOIN projets p {key}
            GROUP BY ALL
            """);
        Assert.Equal(67, perProject.Count);
        Assert.All(perProject, r => Assert.Equal(1.0, (double)r[1]!, 12));
        Assert.All(perProject, r => Assert.Equal(r[3], r[2]));
    }

    [Fact]
    public async Task The_single_column_project_key_joins_every_bridge_as_the_four_columns_do()
    {
        await WriteRegion93Async();
        await OpenViewsAsync();

        // One key per project, unique across calls, and spelled annee|code_region|appel_a_projets|id_projet.
        Assert.Equal(67L, _db.Scalar($"SELECT count(DISTINCT cle_projet) FROM projets"));
        Assert.Equal(0L, _db.Scalar(
            $"SELECT count(*) FROM projets WHERE cle_projet <> concat_ws('|', annee, code_region, appel_a_projets, id_projet)"));
        foreach (var bridge in new[] { "projets_thematiques", "projets_departements", "projets_epci", "projets_co_porteurs" })
            Assert.Equal(
                _db.Scalar($"SELECT count(*) FROM {bridge} JOIN projets USING (annee, code_region, appel_a_projets, id_projet)"),
                _db.Scalar($"SELECT count(*) FROM {bridge} b JOIN projets p ON b.cle_projet = p.cle_projet"));
    }

    [Theory]
    [InlineData("AAP 2021", "P-1")]
    [InlineData("AAP|2021", "P|1")]
    [InlineData("AAP\\2021\\", "\\P|\\|1")]
    [InlineData("Appel « été » — 2021", "n°|\\")]
    public async Task The_views_compute_cle_projet_as_the_pipeline_spells_it(string appel, string id)
    {
        var rows = LakeSamples.Projets(appel, 2, 20m, id + "-");
        await LakeSamples.WriteProjetsAsync(LakeSamples.FolderOutput(_temp.Root), rows);
        await OpenViewsAsync(ProjetsDefinition.Table, BridgeDefinitions.Thematiques);

        Assert.Equal(rows.Select(r => new object?[] { r.CleProjet }).ToList(), _db.Rows("SELECT cle_projet FROM projets ORDER BY num_projet"));
        // Each bridge row has its project's key back, through num_projet and the unit's file.
        Assert.Equal(rows.Select((r, i) => new object?[] { i + 1, r.CleProjet, r.IdProjet, (long)r.Thematiques.Count }).ToList(),
            _db.Rows("SELECT num_projet, any_value(cle_projet), any_value(id_projet), count(*) FROM projets_thematiques GROUP BY num_projet ORDER BY num_projet"));
    }

    [Fact]
    public async Task Same_rows_give_byte_identical_files()
    {
        var first = new Dictionary<string, MemoryStream>();
        var second = new Dictionary<string, MemoryStream>();
        var rows = LakeSamples.Projets(LakeSamples.Appel1, 40, 3_100_000.50m, "A1-");

        var paths = await LakeSamples.WriteProjetsAsync(p => first[p] = new MemoryStream(), rows);
        await LakeSamples.WriteProjetsAsync(p => second[p] = new MemoryStream(), LakeSamples.Projets(LakeSamples.Appel1, 40, 3_100_000.50m, "A1-"));

        Assert.Equal(6, paths.Count);
        foreach (var path in paths)
            Assert.Equal(first[path].ToArray(), second[path].ToArray());
        // …and a changed row changes the file (the comparison above can fail).
        var third = new Dictionary<string, MemoryStream>();
        await LakeSamples.WriteProjetsAsync(p => third[p] = new MemoryStream(), rows.Select((r, i) => i == 5 ? r with { Intitule = "Autre" } : r));
        Assert.NotEqual(first[paths[0]].ToArray(), third[paths[0]].ToArray());
    }

    [Fact]
    public async Task Row_groups_are_bounded_by_the_row_group_size()
    {
        var output = LakeSamples.FolderOutput(_temp.Root);
        await using (var writer = FactUnitWriter.Suivi(LakeSamples.Lineage, output, rowGroupSize: 50_000))
        {
            for (var i = 0; i < 120_000; i++)
                await writer.AddAsync(LakeSamples.SuiviRow("P" + i, i + 2, sortis: i % 2 == 0 ? 3 : null, consomme: 1.01m));
            await writer.CompleteAsync();
        }

        var groups = _db.Rows($"""
            SELECT row_group_id, any_value(row_group_num_rows)
            FROM parquet_metadata('{_temp.Glob($"suivi/annee=2021/code_region=93/suivi.{LakeSamples.Lineage.IngestionId}.parquet")}')
            GROUP BY row_group_id ORDER BY row_group_id
            """);
        Assert.Equal([50_000L, 50_000L, 20_000L], groups.Select(g => Convert.ToInt64(g[1], CultureInfo.InvariantCulture)));
        Assert.Equal(120_000L, _db.Scalar($"SELECT count(*) FROM {Table("suivi")}"));
        Assert.Equal(121_200.00m, _db.Scalar($"SELECT sum(montant_consomme) FROM {Table("suivi")}"));
    }

    [Fact]
    public async Task Bridge_files_are_written_and_readable_when_empty()
    {
        var rows = LakeSamples.Projets(LakeSamples.Appel1, 2, 200m, "A1-")
            .Select(p => p with { Epci = [], CoPorteurs = [] });

        var paths = await LakeSamples.WriteProjetsAsync(LakeSamples.FolderOutput(_temp.Root), rows);

        Assert.Equal(6, paths.Count);
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(_temp.Root, p)), p));
        Assert.Equal(0L, _db.Scalar($"SELECT count(*) FROM {Table("projets_epci")}"));
        Assert.Equal(0L, _db.Scalar($"SELECT count(*) FROM {Table("projets_co_porteurs")}"));
        Assert.Equal(["num_projet", "siren_epci"], _db.Describe(Files("projets_epci")).Keys);
        Assert.Equal(2L, _db.Scalar($"SELECT count(*) FROM {Table("projets")}"));
    }

    [Fact]
    public async Task Written_paths_are_exactly_the_files_of_the_unit()
    {
        await using var writer = new ProjetsUnitWriter(LakeSamples.Lineage, LakeSamples.FolderOutput(_temp.Root));
        foreach (var row in LakeSamples.Projets(LakeSamples.Appel2, 3, 30m, "B-")) await writer.AddAsync(row);
        var paths = await writer.CompleteAsync();

        Assert.Equal(CuratedLayout.ProjetsUnitKey("93", 2021, LakeSamples.Appel2), writer.UnitKey);
        Assert.Equal(CuratedLayout.FilesOfUnit(writer.UnitKey!, LakeSamples.Lineage.IngestionId), paths);
        Assert.Equal(
            paths.Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(_temp.Root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(_temp.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_row_of_another_unit_is_refused()
    {
        await using var projets = new ProjetsUnitWriter(LakeSamples.Lineage, _ => new MemoryStream());
        var rows = LakeSamples.Projets(LakeSamples.Appel1, 2, 20m, "A-");
        await projets.AddAsync(rows[0]);
        await Assert.ThrowsAsync<ArgumentException>(() => projets.AddAsync(rows[1] with { AppelAProjets = LakeSamples.Appel2 }));
        await Assert.ThrowsAsync<ArgumentException>(() => projets.AddAsync(rows[1] with { Annee = 2022 }));

        await using var suivi = FactUnitWriter.Suivi(LakeSamples.Lineage, _ => new MemoryStream());
        await suivi.AddAsync(LakeSamples.SuiviRow("A", 2, null, null));
        await Assert.ThrowsAsync<ArgumentException>(() => suivi.AddAsync(LakeSamples.SuiviRow("B", 3, null, null) with { CodeRegion = "11" }));
    }

    [Fact]
    public async Task A_writer_given_no_row_writes_nothing()
    {
        var opened = 0;
        await using var writer = FactUnitWriter.Enveloppes(LakeSamples.Lineage, _ => { opened++; return new MemoryStream(); });

        Assert.Empty(await writer.CompleteAsync());
        Assert.Equal(0, opened);
        Assert.Null(writer.UnitKey);
    }

    [Fact]
    public async Task Output_streams_are_disposed_on_completion()
    {
        var streams = new List<MemoryStream>();
        await using var writer = new ProjetsUnitWriter(LakeSamples.Lineage, _ => { var s = new MemoryStream(); streams.Add(s); return s; });
        await writer.AddAsync(LakeSamples.Projets(LakeSamples.Appel1, 1, 10m, "A-")[0]);
        await writer.CompleteAsync();

        Assert.Equal(6, streams.Count); // the five tables and the unit's depots file
        Assert.All(streams, s => Assert.False(s.CanWrite));
    }

    [Fact]
    public async Task A_failed_write_leaves_the_writer_unusable()
    {
        await using var writer = new ProjetsUnitWriter(LakeSamples.Lineage, _ => new MemoryStream());
        var rows = LakeSamples.Projets(LakeSamples.Appel1, 2, 20m, "A-");

        await Assert.ThrowsAsync<ArgumentException>(() => writer.AddAsync(rows[0] with { CodeRegion = "9/3" }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.AddAsync(rows[1]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.CompleteAsync());
    }

    [Fact]
    public async Task A_missing_required_text_is_refused_not_written_as_null()
    {
        await using var writer = FactUnitWriter.Suivi(LakeSamples.Lineage, _ => new MemoryStream(), rowGroupSize: 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => writer.AddAsync(LakeSamples.SuiviRow("A", 2, null, null) with { IdProjet = null! }));
        Assert.Contains("id_projet", error.Message);
    }
}

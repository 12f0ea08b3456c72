using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Tests.Support;
using Fnavdl.Core.Lake;

namespace Fnavdl.Core.Tests.Lake;

/// <summary>
/// Rows are copied into per-column buffers reused from one row group to the next: what is read back
/// must be exactly what was added, across row groups, repeats, nulls, empty and long values.
/// </summary>
public sealed class ColumnBufferTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly DuckDb _db = new();

    public void Dispose()
    {
        _db.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Text_values_read_back_exactly_across_row_groups()
    {
        var longId = string.Concat(Enumerable.Repeat("Projet très long é€ ", 300)); // larger than the buffer's first array
        (string Id, string? Sheet)[] values =
        [
            ("P1", null), ("P1", "Feuille"), ("P1", "Feuille"), (longId, null),
            ("P2", ""), ("P2", ""), ("P1", null), (longId, "Feuille"),
            ("", "Feuille 2"), ("P3", null), ("P3", "Feuille 2"),
        ];
        var output = LakeSamples.FolderOutput(_temp.Root);
        await using (var writer = FactUnitWriter.Suivi(LakeSamples.Lineage, output, rowGroupSize: 4))
        {
            for (var i = 0; i < values.Length; i++)
                await writer.AddAsync(LakeSamples.SuiviRow(values[i].Id, i + 2, sortis: i % 3 == 0 ? null : i, consomme: i) with { SourceSheet = values[i].Sheet });
            await writer.CompleteAsync();
        }

        var file = _temp.Glob($"suivi/annee=2021/code_region=93/suivi.{LakeSamples.Lineage.IngestionId}.parquet");
        var rows = _db.Rows($"SELECT id_projet, source_feuille, menages_sortis, montant_consomme FROM read_parquet('{file}') ORDER BY source_ligne");
        Assert.Equal(values.Select(v => v.Id), rows.Select(r => (string?)r[0]));
        Assert.Equal(values.Select(v => v.Sheet), rows.Select(r => (string?)r[1]));
        Assert.Equal(values.Select((_, i) => i % 3 == 0 ? null : (int?)i), rows.Select(r => (int?)r[2]));
        Assert.Equal(values.Select((_, i) => (decimal)i), rows.Select(r => (decimal)r[3]!));
        Assert.Equal(3L, _db.Scalar($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{file}')"));
    }

    [Fact]
    public async Task Amounts_keep_their_cents_and_a_third_decimal_is_rounded_half_away_from_zero()
    {
        decimal?[] given = [12.5m, 12.50m, 7m, 0.01m, 10.005m, 2.344m, 1.2345678m, null];
        decimal?[] stored = [12.50m, 12.50m, 7.00m, 0.01m, 10.01m, 2.34m, 1.23m, null];
        var output = LakeSamples.FolderOutput(_temp.Root);
        await using (var writer = FactUnitWriter.Suivi(LakeSamples.Lineage, output))
        {
            for (var i = 0; i < given.Length; i++)
                await writer.AddAsync(LakeSamples.SuiviRow($"P{i}", i + 2, sortis: null, consomme: given[i]));
            await writer.CompleteAsync();
        }

        var file = _temp.Glob($"suivi/annee=2021/code_region=93/suivi.{LakeSamples.Lineage.IngestionId}.parquet");
        var rows = _db.Rows($"SELECT montant_consomme FROM read_parquet('{file}') ORDER BY source_ligne");
        Assert.Equal(stored, rows.Select(r => (decimal?)r[0]));
    }

    [Fact]
    public async Task Lists_read_back_joined_as_string_join_would_across_row_groups_repeats_and_empty_lists()
    {
        var longName = string.Concat(Enumerable.Repeat("Co-porteur très long é ", 80)); // several names outgrow the buffer's first array
        string[][] epci =
        [
            ["200054807", "200030195"], ["200054807", "200030195"], [], ["200054807"], ["200030195", "200054807", "241300391"],
            ["200030195", "200054807", "241300391"], [], ["200054807", "200030195"],
        ];
        var rows = LakeSamples.Projets(LakeSamples.Appel1, epci.Length, 80_000m, "L")
            .Select((p, i) => p with
            {
                Epci = epci[i],
                Departements = i % 2 == 0 ? ["13", "06"] : ["13"],
                CoPorteurs = i % 3 == 0 ? [] : [new CoPorteur(longName, null), new CoPorteur($"CCAS {i}", "collectivite"), new CoPorteur(longName, null)],
            })
            .ToList();
        var paths = await LakeSamples.WriteProjetsAsync(LakeSamples.FolderOutput(_temp.Root), rows, rowGroupSize: 3);

        var file = _temp.Glob(paths[0]);
        var read = _db.Rows($"SELECT epci, departements, co_porteurs, thematiques FROM read_parquet('{file}') ORDER BY source_ligne");
        Assert.Equal(rows.Select(r => r.Epci.Count == 0 ? null : string.Join(" | ", r.Epci)), read.Select(r => (string?)r[0]));
        Assert.Equal(rows.Select(r => string.Join(" | ", r.Departements)), read.Select(r => (string?)r[1]));
        Assert.Equal(rows.Select(r => r.CoPorteurs.Count == 0 ? null : string.Join(" | ", r.CoPorteurs.Select(c => c.Nom))), read.Select(r => (string?)r[2]));
        Assert.Equal(rows.Select(r => string.Join(" | ", r.Thematiques.Select(t => t.Code))), read.Select(r => (string?)r[3]));
    }

    [Fact]
    public async Task A_row_refused_by_a_column_abandons_the_file()
    {
        await using var writer = FactUnitWriter.Suivi(LakeSamples.Lineage, _ => new MemoryStream());
        await writer.AddAsync(LakeSamples.SuiviRow("A", 2, null, null));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => writer.AddAsync(LakeSamples.SuiviRow(null!, 3, null, null)));
        Assert.Contains("id_projet", refused.Message, StringComparison.Ordinal);
        // The row reached some column buffers and not others: nothing more may be added or written.
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.AddAsync(LakeSamples.SuiviRow("B", 4, null, null)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.CompleteAsync());
    }
}

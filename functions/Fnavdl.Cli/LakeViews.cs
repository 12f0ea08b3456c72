using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>
/// The DuckDB views `fnavdl query` defines over a local store: one per curated table, over the current
/// version of each unit, plus `indicateurs` over the gold area. Columns come from the files (hive_partitioning off: the in-file annee and
/// code_region are authoritative and typed). A table with no file yet gets an empty view with the
/// same columns, so queries that join it still run.
/// </summary>
internal static class LakeViews
{
    /// <summary>Each view's columns and DuckDB types, as the lake README describes them (for the empty views).</summary>
    private static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        [CuratedLayout.Projets] = "annee INTEGER, code_region VARCHAR, appel_a_projets VARCHAR, date_decision DATE, id_projet VARCHAR, "
            + "intitule VARCHAR, porteur VARCHAR, type_porteur VARCHAR, siren_porteur VARCHAR, co_portage BOOLEAN, co_portage_derive BOOLEAN, "
            + "portage_bailleur BOOLEAN, epci_implique BOOLEAN, thematiques VARCHAR, departements VARCHAR, epci VARCHAR, co_porteurs VARCHAR, "
            + "nb_thematiques INTEGER, nb_departements INTEGER, nb_epci INTEGER, nb_co_porteurs INTEGER, montant_accorde DECIMAL(18,2), "
            + "montant_demande DECIMAL(18,2), menages_prevus INTEGER, duree_mois INTEGER, volet VARCHAR" + Lineage,
        [CuratedLayout.ProjetsThematiques] = Key + ", thematique VARCHAR, libelle_source VARCHAR, poids DOUBLE, montant_pondere DECIMAL(18,2)",
        [CuratedLayout.ProjetsDepartements] = Key + ", code_departement VARCHAR",
        [CuratedLayout.ProjetsEpci] = Key + ", siren_epci VARCHAR",
        [CuratedLayout.ProjetsCoPorteurs] = Key + ", rang INTEGER, co_porteur VARCHAR, type_co_porteur VARCHAR",
        [CuratedLayout.Suivi] = "annee INTEGER, code_region VARCHAR, id_projet VARCHAR, menages_accompagnes INTEGER, menages_sortis INTEGER, "
            + "relogements INTEGER, maintiens INTEGER, montant_consomme DECIMAL(18,2)" + Lineage,
        [CuratedLayout.Enveloppes] = "annee INTEGER, code_region VARCHAR, enveloppe DECIMAL(18,2)" + Lineage,
        [GoldLayout.Indicateurs] = "annee INTEGER, perimetre VARCHAR, code_region VARCHAR, appel_a_projets VARCHAR, indicateur VARCHAR, "
            + "dimension VARCHAR, valeur DOUBLE, numerateur DOUBLE, denominateur DOUBLE, unite VARCHAR",
    };

    private const string Key = "annee INTEGER, code_region VARCHAR, appel_a_projets VARCHAR, id_projet VARCHAR";

    private const string Lineage = ", source_chemin VARCHAR, source_sha256 VARCHAR, source_feuille VARCHAR, source_ligne INTEGER, "
        + "id_ingestion VARCHAR, horodatage_depot TIMESTAMP WITH TIME ZONE";

    public static IReadOnlyList<string> Names { get; } = [.. CuratedLayout.Tables, GoldLayout.Indicateurs];

    /// <summary>
    /// The CREATE VIEW statements, and the names of the views that are empty for want of files. A curated
    /// view reads exactly the files of each unit's current version, as the unit records name them (never a
    /// glob: a glob would also match a version being committed or just superseded).
    /// </summary>
    public static async Task<(string Sql, IReadOnlyList<string> Empty)> ForAsync(LocalPipelineStore store, CancellationToken ct = default)
    {
        var current = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var unit in await CurrentUnits.ListAsync(store.Units, "", ct))
            foreach (var file in unit.Files)
            {
                var table = file[..file.IndexOf('/')];
                if (!current.TryGetValue(table, out var files)) current[table] = files = [];
                files.Add(store.Curated.FullPath(file));
            }
        var sql = new StringBuilder();
        var empty = new List<string>();
        foreach (var name in Names)
        {
            var files = name == GoldLayout.Indicateurs ? GoldFiles(store) : current.GetValueOrDefault(name) ?? [];
            if (files.Count > 0)
            {
                var list = string.Join(", ", files.Select(f => "'" + f.Replace('\\', '/').Replace("'", "''") + "'"));
                sql.Append($"CREATE VIEW {name} AS SELECT * FROM read_parquet([{list}], hive_partitioning = false);\n");
            }
            else
            {
                empty.Add(name);
                var columns = string.Join(", ", Columns[name].Split(", ").Select(c => c.Split(' ', 2)).Select(c => $"CAST(NULL AS {c[1]}) AS {c[0]}"));
                sql.Append($"CREATE VIEW {name} AS SELECT {columns} WHERE false;\n");
            }
        }
        return (sql.ToString(), empty);
    }

    /// <summary>The gold files (one per year, replaced whole: a glob is exact there).</summary>
    private static List<string> GoldFiles(LocalPipelineStore store)
    {
        var folder = Path.Combine(store.Gold.Root, GoldLayout.Indicateurs);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal)]
            : [];
    }
}

using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>
/// The DuckDB views `fnavdl query` defines over a local store: one per curated table, plus `indicateurs`
/// and the dimension tables `regions` and `thematiques` over the gold area. Columns come from the files
/// (hive_partitioning off: the in-file annee and code_region are authoritative and typed). A table with no file yet gets an empty view with the
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

    public static IReadOnlyList<string> Names { get; } = [.. CuratedLayout.Tables, GoldLayout.Indicateurs, .. GoldLayout.Dimensions];

    /// <summary>The CREATE VIEW statements, and the names of the views that are empty for want of files.</summary>
    public static (string Sql, IReadOnlyList<string> Empty) For(LocalPipelineStore store)
    {
        var sql = new StringBuilder();
        var empty = new List<string>();
        foreach (var name in Names.Except(GoldLayout.Dimensions))
        {
            var folder = Path.Combine(name == GoldLayout.Indicateurs ? store.Gold.Root : store.Curated.Root, name);
            if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.parquet", SearchOption.AllDirectories).Any(f => !Path.GetFileName(f).StartsWith('.')))
            {
                var glob = Literal((folder + "/**/*.parquet").Replace('\\', '/'));
                sql.Append($"CREATE VIEW {name} AS SELECT * FROM read_parquet('{glob}', hive_partitioning = false);\n");
            }
            else
            {
                empty.Add(name);
                var columns = string.Join(", ", Columns[name].Split(", ").Select(c => c.Split(' ', 2)).Select(c => $"CAST(NULL AS {c[1]}) AS {c[0]}"));
                sql.Append($"CREATE VIEW {name} AS SELECT {columns} WHERE false;\n");
            }
        }
        foreach (var table in GoldDimensions.Tables)
            sql.Append(DimensionView(store, table));
        return (sql.ToString(), empty);
    }

    /// <summary>
    /// A dimension table's view: its gold file, or — in a store whose indicators were never computed —
    /// the same rows from the reference the file is written from, so a join never silently drops names.
    /// </summary>
    private static string DimensionView(LocalPipelineStore store, GoldDimensions.Table table)
    {
        var file = store.Gold.FullPath(GoldLayout.DimensionFile(table.Name));
        if (File.Exists(file))
            return $"CREATE VIEW {table.Name} AS SELECT * FROM read_parquet('{Literal(file.Replace('\\', '/'))}');\n";
        var rows = string.Join(", ", table.Rows.Select(r => $"('{Literal(r.Code)}', '{Literal(r.Label)}')"));
        return $"CREATE VIEW {table.Name} AS SELECT * FROM (VALUES {rows}) AS t({table.KeyColumn}, {table.LabelColumn});\n";
    }

    private static string Literal(string text) => text.Replace("'", "''");
}

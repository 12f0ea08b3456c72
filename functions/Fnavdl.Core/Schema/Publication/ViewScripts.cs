using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Schema.Publication;

/// <summary>
/// The analysts' view scripts, generated from the table definitions: <c>queries/views.sql</c> (DuckDB)
/// and <c>queries/synapse/views.sql</c> (Azure Synapse serverless SQL). The committed files are these
/// texts; a test regenerates them and fails on any difference (see queries/README.md to regenerate).
/// </summary>
/// <remarks>
/// Each view names its columns, so a column that the definition adds and the files lack reads as NULL
/// instead of silently shifting the others: DuckDB with <c>union_by_name</c> (a unit written before the
/// column existed stays readable), Synapse through the OPENROWSET <c>WITH</c> clause, which also types
/// the strings as UTF-8 instead of letting the engine guess VARCHAR(8000) in the database collation.
/// </remarks>
public static class ViewScripts
{
    public static string DuckDb(IReadOnlyList<TableDefinition> tables)
    {
        var sql = new StringBuilder();
        sql.Append("""
            -- Views over the curated lake, for DuckDB (1.1 or later).
            -- GENERATED from the table definitions (functions/Fnavdl.Core/Schema/Definition): do not edit by hand,
            -- regenerate with `fnavdl schema --sql duckdb > queries/views.sql` (see queries/README.md).
            -- Set the lake root first (the folder that holds projets/, suivi/, enveloppes/, …: the store's curated/,
            -- or the curated/ of a `fnavdl pull` copy), then read this file:
            --   SET VARIABLE lake = '/path/to/fnavdl-store/curated';
            --   .read queries/views.sql
            -- Columns come from the files (hive_partitioning = false): the in-file annee and code_region are
            -- authoritative and typed (INTEGER, VARCHAR), where the folder names would be guessed (see Lake/README.md).
            -- union_by_name: a file written before a column was added reads it as NULL.
            -- A table with no file yet (e.g. no suivi uploaded) makes the .read fail at its view.
            -- The dimension views regions and thematiques (codes to names) come last and need no file.
            --
            -- Only the CURRENT version of each replacement unit is read. A unit's files carry their version in their
            -- name ({table}/annee=…/code_region=…/{name}.{version}.parquet), and the unit records next to curated/
            -- (units/…/{unit}.json: unit_key, ingestion_id) say which version is current. A plain glob would also match
            -- the files of a version being committed, or of one superseded a moment ago: half a unit.
            -- (The unit records are found at <lake>/../units; SET VARIABLE units = '…' if they live elsewhere.)

            CREATE OR REPLACE VIEW fnavdl_versions_courantes AS
                SELECT unit_key || '#' || ingestion_id AS version
                FROM read_json(coalesce(getvariable('units'), getvariable('lake') || '/../units') || '/**/*.json',
                               columns = {unit_key: 'VARCHAR', ingestion_id: 'VARCHAR'});

            -- "{unit key}#{version}" of a curated file, from its path.
            CREATE OR REPLACE MACRO fnavdl_cle_version(m) AS
                CASE WHEN struct_extract(m, 'tbl') IN ('suivi', 'enveloppes')
                     THEN struct_extract(m, 'tbl') || '/' || struct_extract(m, 'partition')
                     ELSE 'projets/' || struct_extract(m, 'partition') || '/appel=' || substr(struct_extract(m, 'stem'), 7) END
                || '#' || struct_extract(m, 'version');
            CREATE OR REPLACE MACRO fnavdl_version_du_fichier(chemin) AS
                fnavdl_cle_version(regexp_extract(replace(chemin, '\', '/'),
                    '/([a-z_]+)/(annee=[0-9]+/code_region=[A-Za-z0-9]+)/([a-z0-9-]+)\.([A-Za-z0-9_-]+)\.parquet$',
                    ['tbl', 'partition', 'stem', 'version']));

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var table in tables)
        {
            sql.Append('\n').Append("-- ").Append(table.Name).Append(" : ").Append(table.Title).Append(". ").Append(table.Description).Append('\n');
            sql.Append("CREATE OR REPLACE VIEW ").Append(table.Name).Append(" AS\n    SELECT\n");
            AppendColumns(sql, table.Columns.Select(c => (c.Name, c.Description)), "        ", _ => "");
            sql.Append("    FROM read_parquet(getvariable('lake') || '/").Append(table.Name)
                .Append("/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)\n")
                .Append("    WHERE fnavdl_version_du_fichier(filename) IN (SELECT version FROM fnavdl_versions_courantes);\n");
        }
        // The dimension tables need no file: their rows are the reference the gold files are written from,
        // so a join on code_region or thematique works on a curated folder alone (before any indicators).
        foreach (var dimension in GoldDimensions.Tables)
            sql.Append('\n').Append("-- ").Append(dimension.Name).Append(" : ").Append(dimension.About)
                .Append(" Les mêmes lignes que gold/").Append(GoldLayout.DimensionFile(dimension.Name)).Append('.').Append('\n')
                .Append(DuckDbDimension(dimension, "CREATE OR REPLACE VIEW"));
        return sql.ToString();
    }

    /// <summary>A dimension table as a DuckDB view over its rows (no file), e.g. <c>CREATE VIEW regions AS SELECT * FROM (VALUES …)</c>.</summary>
    public static string DuckDbDimension(GoldDimensions.Table dimension, string create)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        var rows = string.Join(",\n", dimension.Rows.Select(r => $"        ('{Literal(r.Code)}', '{Literal(r.Label)}')"));
        return $"{create} {dimension.Name} AS\n    SELECT * FROM (VALUES\n{rows}\n    ) AS t({dimension.KeyColumn}, {dimension.LabelColumn});\n";
    }

    private static string Literal(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    public static string Synapse(IReadOnlyList<TableDefinition> tables)
    {
        var sql = new StringBuilder();
        sql.Append("""
            -- The same views for Azure Synapse serverless SQL, over the curated container (Hive layout), and the gold
            -- container's indicators and dimension tables (regions, thematiques).
            -- GENERATED from the table definitions (functions/Fnavdl.Core/Schema/Definition): do not edit by hand,
            -- regenerate with `fnavdl schema --sql synapse > queries/synapse/views.sql` (see queries/README.md).
            -- Replace <account> with the storage account (or create an EXTERNAL DATA SOURCE and use relative paths).
            -- Serverless SQL adds nothing for the annee=/code_region= folders unless asked (filepath()); the
            -- in-file annee and code_region columns are used, as in DuckDB. Run in a user database, not master.
            -- The WITH clause types every column (strings as UTF-8); a column a file lacks reads as NULL.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var table in tables)
            AppendSynapseView(sql, "curated", table.Name, table.Name + "/annee=*/code_region=*/*.parquet", table.Title + ". " + table.Description,
                [.. table.Columns.Select(c => (c.Name, c.Type))]);
        AppendSynapseView(sql, "gold", GoldLayout.Indicateurs, GoldLayout.Indicateurs + "/annee=*/*.parquet", "Indicateurs calculés, une ligne par année, périmètre, indicateur et dimension.",
            [.. IndicatorFile.Schema.GetDataFields().Select(f => (f.Name, SqlTypes.Of(f)))]);
        // One file each, replaced whole: its exact name, not a glob.
        foreach (var dimension in GoldDimensions.Tables)
            AppendSynapseView(sql, "gold", dimension.Name, GoldLayout.DimensionFile(dimension.Name), dimension.About,
                [(dimension.KeyColumn, ColumnType.Text), (dimension.LabelColumn, ColumnType.Text)]);
        return sql.ToString();
    }

    private static void AppendSynapseView(StringBuilder sql, string container, string name, string files, string about,
        IReadOnlyList<(string Name, ColumnType Type)> columns)
    {
        sql.Append('\n').Append("-- ").Append(name).Append(" : ").Append(about).Append('\n');
        sql.Append("CREATE OR ALTER VIEW dbo.").Append(name).Append(" AS\nSELECT * FROM OPENROWSET(\n")
            .Append("    BULK 'https://<account>.dfs.core.windows.net/").Append(container).Append('/')
            .Append(files).Append("',\n    FORMAT = 'PARQUET')\nWITH (\n");
        AppendColumns(sql, columns.Select(c => (c.Name, "")), "    ", c => " " + SqlTypes.Synapse(columns.Single(x => x.Name == c).Type));
        sql.Append(") AS rows;\nGO\n");
    }

    /// <summary>One column a line, comma-separated, with its description as a trailing comment when it has one.</summary>
    private static void AppendColumns(StringBuilder sql, IEnumerable<(string Name, string Description)> columns, string indent, Func<string, string> type)
    {
        var list = columns.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            sql.Append(indent).Append(list[i].Name).Append(type(list[i].Name)).Append(i < list.Count - 1 ? "," : "");
            if (list[i].Description.Length > 0) sql.Append(" -- ").Append(list[i].Description);
            sql.Append('\n');
        }
    }
}

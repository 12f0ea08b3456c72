using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Publication;

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
            -- Only the CURRENT file of each replacement unit is read. Each region's manifest, <lake>/manifestes/{code_region}.csv,
            -- names the current file of each of its units (column fichier: annee=…/code_region=…/{name}.{version}.parquet, its
            -- path under each table folder of the unit), and a deposit is committed by replacing its region's manifest in one
            -- write: a view keeps a file only if a manifest names it, so it shows every unit of a deposit old or every one new.
            -- A plain glob would also match the files of a version being committed, of one superseded a moment ago, or of a
            -- commit that was killed.

            -- versions_courantes : les manifestes des régions, une ligne par unité de remplacement et sa version courante.
            CREATE OR REPLACE VIEW versions_courantes AS
                SELECT

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        AppendColumns(sql, UnitManifest.Columns, "        ", _ => "");
        sql.Append("    FROM read_csv(getvariable('lake') || '/").Append(UnitManifest.Folder)
            .Append("/*.csv', header = true, delim = ',', quote = '\"', escape = '\"',\n                  columns = {")
            .AppendJoin(", ", UnitManifest.Columns.Select(c => $"'{c.Name}': 'VARCHAR'")).Append("});\n\n")
            .Append("-- A curated file's path under its table folder: annee=…/code_region=…/{name}.{version}.parquet.\n")
            .Append("CREATE OR REPLACE MACRO fnavdl_fichier(chemin) AS array_to_string(parse_path(chemin)[-3:], '/');\n");
        foreach (var table in tables)
        {
            sql.Append('\n').Append("-- ").Append(table.Name).Append(" : ").Append(table.Title).Append(". ").Append(table.Description).Append('\n');
            sql.Append("CREATE OR REPLACE VIEW ").Append(table.Name).Append(" AS\n    SELECT\n");
            AppendColumns(sql, table.Columns.Select(c => (c.Name, c.Description)), "        ", _ => "");
            sql.Append("    FROM read_parquet(getvariable('lake') || '/").Append(table.Name)
                .Append("/**/*.parquet', hive_partitioning = false, union_by_name = true, filename = true)\n")
                .Append("    WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes);\n");
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
            -- Only the CURRENT file of each replacement unit is read: each region's manifest (curated/manifestes/{code_region}.csv,
            -- view versions_courantes) names the current file of each of its units (fichier: annee=…/code_region=…/{name}.{version}.parquet,
            -- its path under each table folder of the unit), and a curated view keeps the rows of a file only if a manifest names it
            -- (filepath(1), (2), (3) are what the three wildcards matched). A deposit is committed by replacing its region's manifest
            -- in one write, so a view shows every unit of a deposit old or every one new; a bare OPENROWSET over the folders would
            -- also read a version being committed, one just superseded, or what a killed commit left.

            -- versions_courantes : les manifestes des régions, une ligne par unité de remplacement et sa version courante.
            CREATE OR ALTER VIEW dbo.versions_courantes AS
            SELECT * FROM OPENROWSET(
                BULK 'https://<account>.dfs.core.windows.net/curated/manifestes/*.csv',
                FORMAT = 'CSV', PARSER_VERSION = '2.0', HEADER_ROW = TRUE, FIELDTERMINATOR = ',', FIELDQUOTE = '"', ROWTERMINATOR = '0x0a')
            WITH (

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        AppendColumns(sql, UnitManifest.Columns, "    ", _ => " " + SqlTypes.Synapse(ColumnType.Text));
        sql.Append(") AS manifestes;\nGO\n");
        foreach (var table in tables)
            AppendSynapseView(sql, "curated", table.Name, table.Name + "/annee=*/code_region=*/*.parquet", table.Title + ". " + table.Description,
                [.. table.Columns.Select(c => (c.Name, c.Type))], CurrentFilesOnly);
        AppendSynapseView(sql, "gold", GoldLayout.Indicateurs, GoldLayout.Indicateurs + "/annee=*/*.parquet", "Indicateurs calculés, une ligne par année, périmètre, indicateur et dimension.",
            [.. IndicatorFile.Schema.GetDataFields().Select(f => (f.Name, SqlTypes.Of(f)))]);
        // One file each, replaced whole: its exact name, not a glob.
        foreach (var dimension in GoldDimensions.Tables)
            AppendSynapseView(sql, "gold", dimension.Name, GoldLayout.DimensionFile(dimension.Name), dimension.About,
                [(dimension.KeyColumn, ColumnType.Text), (dimension.LabelColumn, ColumnType.Text)]);
        return sql.ToString();
    }

    /// <summary>A curated view keeps a file's rows only if a region's manifest names the file (its path under the table folder).</summary>
    private const string CurrentFilesOnly =
        "WHERE CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8\n"
        + "    IN (SELECT fichier FROM dbo.versions_courantes)";

    private static void AppendSynapseView(StringBuilder sql, string container, string name, string files, string about,
        IReadOnlyList<(string Name, ColumnType Type)> columns, string? filter = null)
    {
        sql.Append('\n').Append("-- ").Append(name).Append(" : ").Append(about).Append('\n');
        sql.Append("CREATE OR ALTER VIEW dbo.").Append(name).Append(" AS\nSELECT * FROM OPENROWSET(\n")
            .Append("    BULK 'https://<account>.dfs.core.windows.net/").Append(container).Append('/')
            .Append(files).Append("',\n    FORMAT = 'PARQUET')\nWITH (\n");
        AppendColumns(sql, columns.Select(c => (c.Name, "")), "    ", c => " " + SqlTypes.Synapse(columns.Single(x => x.Name == c).Type));
        sql.Append(") AS rows");
        if (filter is not null) sql.Append('\n').Append(filter);
        sql.Append(";\nGO\n");
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

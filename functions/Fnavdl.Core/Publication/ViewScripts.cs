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
            -- The files do not repeat what is the same for a whole unit or project: each view joins back the deposit's lineage
            -- (source_chemin, source_sha256, horodatage_depot) from the unit's depots file, and a bridge's project key from its
            -- projets row (same fichier, same num_projet), and computes cle_projet; queries written against the views keep working.

            -- versions_courantes : les manifestes des régions, une ligne par unité de remplacement et sa version courante.
            CREATE OR REPLACE VIEW versions_courantes AS
                SELECT

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        AppendColumns(sql, UnitManifest.Columns, "        ", _ => "");
        sql.Append("    FROM read_csv(getvariable('lake') || '/").Append(UnitManifest.Folder)
            .Append("/*.csv', header = true, delim = ',', quote = '\"', escape = '\"',\n                  columns = {")
            .AppendJoin(", ", UnitManifest.Columns.Select(c => $"'{c.Name}': 'VARCHAR'")).Append("});\n\n")
            .Append("-- A curated file's path under its table folder: annee=…/code_region=…/{name}.{version}.parquet.\n")
            .Append(DuckDbMacros);
        foreach (var table in tables)
        {
            sql.Append('\n').Append("-- ").Append(table.Name).Append(" : ").Append(table.Title).Append(". ").Append(table.Description).Append('\n');
            sql.Append(DuckDbView(table, "CREATE OR REPLACE VIEW", name =>
                $"SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet(getvariable('lake') || '/{name}/**/*.parquet', "
                + "hive_partitioning = false, union_by_name = true, filename = true)\n"
                + "              WHERE fnavdl_fichier(filename) IN (SELECT fichier FROM versions_courantes)"));
        }
        // The dimension tables need no file: their rows are the reference the gold files are written from,
        // so a join on code_region or thematique works on a curated folder alone (before any indicators).
        foreach (var dimension in GoldDimensions.Tables)
            sql.Append('\n').Append("-- ").Append(dimension.Name).Append(" : ").Append(dimension.About)
                .Append(" Les mêmes lignes que gold/").Append(GoldLayout.DimensionFile(dimension.Name)).Append('.').Append('\n')
                .Append(DuckDbDimension(dimension, "CREATE OR REPLACE VIEW"));
        return sql.ToString();
    }

    /// <summary>
    /// The macros the DuckDB views use: a curated file's path under its table folder (what a manifest's <c>fichier</c>
    /// names, the same for every table of a unit), and <c>cle_projet</c> from the four key columns, escaped as
    /// <see cref="Schema.Canonical.ProjectKey"/> does.
    /// </summary>
    public const string DuckDbMacros =
        "-- A curated file's path under its table folder: annee=…/code_region=…/{name}.{version}.parquet, the same for every table of a unit.\n"
        + "CREATE OR REPLACE MACRO fnavdl_fichier(chemin) AS array_to_string(parse_path(chemin)[-3:], '/');\n"
        + "-- cle_projet: annee|code_region|appel_a_projets|id_projet, a | or \\ of the call or the id preceded by \\.\n"
        + "CREATE OR REPLACE MACRO fnavdl_cle_projet(annee, code_region, appel, id) AS concat(annee, '|', code_region, '|', "
        + "replace(replace(appel, '\\', '\\\\'), '|', '\\|'), '|', replace(replace(id, '\\', '\\\\'), '|', '\\|'));\n";

    /// <summary>
    /// A curated table's DuckDB view: its own rows (<paramref name="source"/> gives, for a table name, a relation of its
    /// current files' rows with their <c>fichier</c>), with what the files do not repeat joined back (<see cref="ColumnPlace"/>):
    /// the deposit's lineage from the unit's <c>depots</c> file, a bridge's project key from its <c>projets</c> row, and
    /// <c>cle_projet</c> computed. The <c>depots</c> view keeps one row per deposit.
    /// </summary>
    public static string DuckDbView(TableDefinition table, string create, Func<string, string> source)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(source);
        var sql = new StringBuilder();
        sql.Append(create).Append(' ').Append(table.Name).Append(" AS\n    WITH t AS (").Append(source(table.Name)).Append(')');
        var joinsProjet = table.Columns.Any(c => c.Place == ColumnPlace.Projet);
        var joinsDepot = table.Columns.Any(c => c.Place == ColumnPlace.Depot);
        if (joinsProjet) sql.Append(",\n         p AS (").Append(source(TableNames.Projets)).Append(')');
        if (joinsDepot) sql.Append(",\n         d AS (").Append(source(TableNames.Depots)).Append(')');
        sql.Append("\n    SELECT").Append(table.Name == TableNames.Depots ? " DISTINCT" : "").Append('\n');
        var key = joinsProjet ? "p" : "t";
        AppendColumns(sql, table.Columns.Select(c => (Expression(c, key, (a, r, c2, i) =>
            $"fnavdl_cle_projet({a}, {r}, {c2}, {i})"), c.Description)), "        ", _ => "");
        sql.Append("    FROM t");
        if (joinsProjet) sql.Append("\n    LEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet");
        if (joinsDepot) sql.Append("\n    LEFT JOIN d ON d.fichier = t.fichier");
        return sql.Append(";\n").ToString();
    }

    /// <summary>The select-list item of a view column: <c>t.name</c>, <c>d.name</c>, <c>p.name</c>, or the computed key <c>… AS cle_projet</c>.</summary>
    private static string Expression(ColumnDefinition column, string keyAlias, Func<string, string, string, string, string> projectKey) => column.Place switch
    {
        ColumnPlace.File => "t." + column.Name,
        ColumnPlace.Depot => "d." + column.Name,
        ColumnPlace.Projet => "p." + column.Name,
        ColumnPlace.Computed when column.Name == CommonDefinitions.CleProjet.Name =>
            projectKey($"{keyAlias}.annee", $"{keyAlias}.code_region", $"{keyAlias}.appel_a_projets", $"{keyAlias}.id_projet") + " AS " + column.Name,
        _ => throw new InvalidOperationException($"No view expression for column '{column.Name}' ({column.Place})."),
    };

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
            -- As in DuckDB, the deposit's lineage is joined back from the unit's depots file, a bridge's project key from its projets
            -- row (same fichier, same num_projet), and cle_projet is computed.

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
            AppendSynapseCuratedView(sql, table);
        AppendSynapseView(sql, "gold", GoldLayout.Indicateurs, GoldLayout.Indicateurs + "/annee=*/*.parquet", "Indicateurs calculés, une ligne par année, périmètre, indicateur et dimension.",
            [.. IndicatorFile.Schema.GetDataFields().Select(f => (f.Name, SqlTypes.Of(f)))]);
        // One file each, replaced whole: its exact name, not a glob.
        foreach (var dimension in GoldDimensions.Tables)
            AppendSynapseView(sql, "gold", dimension.Name, GoldLayout.DimensionFile(dimension.Name), dimension.About,
                [(dimension.KeyColumn, ColumnType.Text), (dimension.LabelColumn, ColumnType.Text)]);
        return sql.ToString();
    }

    /// <summary>A curated file's path under its table folder, from what the three wildcards of its OPENROWSET matched.</summary>
    private const string SynapseFichier =
        "CONCAT('annee=', rows.filepath(1), '/code_region=', rows.filepath(2), '/', rows.filepath(3), '.parquet') COLLATE Latin1_General_100_BIN2_UTF8";

    /// <summary>
    /// A curated view, as <see cref="DuckDbView"/>: each table's rows come from the files a region's manifest names
    /// (a common table expression per table read), and what the files do not repeat is joined back on the unit's file.
    /// </summary>
    private static void AppendSynapseCuratedView(StringBuilder sql, TableDefinition table)
    {
        sql.Append('\n').Append("-- ").Append(table.Name).Append(" : ").Append(table.Title).Append(". ").Append(table.Description).Append('\n');
        sql.Append("CREATE OR ALTER VIEW dbo.").Append(table.Name).Append(" AS\nWITH t AS (\n");
        AppendSynapseFiles(sql, table.Name, [.. table.Columns.Where(c => c.InFile)]);
        var joinsProjet = table.Columns.Any(c => c.Place == ColumnPlace.Projet);
        var joinsDepot = table.Columns.Any(c => c.Place == ColumnPlace.Depot);
        if (joinsProjet)
        {
            sql.Append("), p AS (\n");
            var projets = ProjetsDefinition.Table.Columns;
            AppendSynapseFiles(sql, TableNames.Projets,
                [.. projets.Where(c => c.InFile && (c.Name == CommonDefinitions.NumProjet.Name || table.Columns.Any(k => k.Place == ColumnPlace.Projet && k.Name == c.Name)))]);
        }
        if (joinsDepot)
        {
            sql.Append("), d AS (\n");
            AppendSynapseFiles(sql, TableNames.Depots, DepotsDefinition.Table.Columns);
        }
        sql.Append(")\nSELECT").Append(table.Name == TableNames.Depots ? " DISTINCT" : "").Append('\n');
        AppendColumns(sql, table.Columns.Select(c => (Expression(c, joinsProjet ? "p" : "t", (a, r, appel, id) =>
            $"CONCAT({a}, '|', {r}, '|', {SynapseEscaped(appel)}, '|', {SynapseEscaped(id)})"), "")), "    ", _ => "");
        sql.Append("FROM t");
        if (joinsProjet) sql.Append("\nLEFT JOIN p ON p.fichier = t.fichier AND p.num_projet = t.num_projet");
        if (joinsDepot) sql.Append("\nLEFT JOIN d ON d.fichier = t.fichier");
        sql.Append(";\nGO\n");
    }

    private static string SynapseEscaped(string column) => $"REPLACE(REPLACE({column}, '\\', '\\\\'), '|', '\\|')";

    /// <summary>The rows of a table's current files, typed by the WITH clause, with their <c>fichier</c>.</summary>
    private static void AppendSynapseFiles(StringBuilder sql, string table, IReadOnlyList<ColumnDefinition> columns)
    {
        sql.Append("    SELECT rows.*, ").Append(SynapseFichier).Append(" AS fichier\n")
            .Append("    FROM OPENROWSET(\n        BULK 'https://<account>.dfs.core.windows.net/curated/").Append(table)
            .Append("/annee=*/code_region=*/*.parquet',\n        FORMAT = 'PARQUET')\n    WITH (\n");
        AppendColumns(sql, columns.Select(c => (c.Name, "")), "        ", c => " " + SqlTypes.Synapse(columns.Single(x => x.Name == c).Type));
        sql.Append("    ) AS rows\n    WHERE ").Append(SynapseFichier).Append("\n        IN (SELECT fichier FROM dbo.versions_courantes)\n");
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

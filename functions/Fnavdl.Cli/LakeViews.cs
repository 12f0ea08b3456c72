using System.Globalization;
using System.Text;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Lake;
using Fnavdl.Core.Publication;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>
/// The DuckDB views `fnavdl query` defines over a local store: one per curated table, over the current
/// version of each unit, plus `indicateurs` and the dimension tables `regions` and `thematiques` over the
/// gold area. Columns come from the files (hive_partitioning off: the in-file annee and
/// code_region are authoritative and typed). A table with no file yet gets an empty view with the
/// same columns, so queries that join it still run.
/// </summary>
internal static class LakeViews
{
    /// <summary>A view's columns and DuckDB types (for the empty views): the table definitions, and the gold file's schema.</summary>
    private static IReadOnlyList<(string Name, string Type)> ColumnsOf(string view) => view == GoldLayout.Indicateurs
        ? [.. IndicatorFile.Schema.GetDataFields().Select(f => (f.Name, SqlTypes.DuckDb(SqlTypes.Of(f))))]
        : [.. TableCatalog.Find(view)!.Columns.Select(c => (c.Name, SqlTypes.DuckDb(c.Type)))];

    public static IReadOnlyList<string> Names { get; } = [.. TableCatalog.All.Select(t => t.Name), GoldLayout.Indicateurs, .. GoldLayout.Dimensions];

    /// <summary>
    /// The CREATE VIEW statements, and the names of the views that are empty for want of files. A curated
    /// view reads exactly the files of each unit's current version, as the regions' manifests name them (never a
    /// glob: a glob would also match a version being committed or just superseded).
    /// </summary>
    public static async Task<(string Sql, IReadOnlyList<string> Empty)> ForAsync(LocalPipelineStore store, CancellationToken ct = default)
    {
        var current = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var unit in await CurrentUnits.ListAsync(store.Units, "", ct))
            foreach (var file in unit.Files)
            {
                var table = file[..file.IndexOf('/', StringComparison.Ordinal)];
                if (!current.TryGetValue(table, out var files)) current[table] = files = [];
                files.Add(store.Curated.FullPath(file));
            }
        var sql = new StringBuilder(ViewScripts.DuckDbMacros);
        var empty = new List<string>();
        foreach (var name in Names.Except(GoldLayout.Dimensions))
        {
            var files = name == GoldLayout.Indicateurs ? GoldFiles(store) : current.GetValueOrDefault(name) ?? [];
            if (files.Count > 0 && name == GoldLayout.Indicateurs)
            {
                sql.Append(CultureInfo.InvariantCulture, $"CREATE VIEW {name} AS SELECT * FROM read_parquet([{List(files)}], hive_partitioning = false, union_by_name = true);\n");
            }
            else if (files.Count > 0)
            {
                // The table's rows, with the deposit's lineage and a bridge's project key joined back as queries/views.sql does.
                sql.Append(ViewScripts.DuckDbView(TableCatalog.Find(name)!, "CREATE VIEW", table => FilesOf(table, current.GetValueOrDefault(table) ?? [])));
            }
            else
            {
                empty.Add(name);
                var columns = string.Join(", ", ColumnsOf(name).Select(c => $"CAST(NULL AS {c.Type}) AS {c.Name}"));
                sql.Append(CultureInfo.InvariantCulture, $"CREATE VIEW {name} AS SELECT {columns} WHERE false;\n");
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
        return ViewScripts.DuckDbDimension(table, "CREATE VIEW");
    }

    private static string Literal(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    private static string List(IEnumerable<string> files) => string.Join(", ", files.Select(f => "'" + Literal(f.Replace('\\', '/')) + "'"));

    /// <summary>A table's current files' rows with their <c>fichier</c>; no row (its file columns typed) when it has no file.</summary>
    private static string FilesOf(string table, IReadOnlyList<string> files)
    {
        if (files.Count > 0)
            return $"SELECT *, fnavdl_fichier(filename) AS fichier FROM read_parquet([{List(files)}], hive_partitioning = false, union_by_name = true, filename = true)";
        var columns = TableCatalog.Find(table)!.Columns.Where(c => c.InFile).Select(c => $"CAST(NULL AS {SqlTypes.DuckDb(c.Type)}) AS {c.Name}");
        return $"SELECT {string.Join(", ", columns)}, CAST(NULL AS VARCHAR) AS fichier WHERE false";
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

using System.CommandLine;
using System.Globalization;
using DuckDB.NET.Data;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli.Commands;

/// <summary>
/// `fnavdl query "SQL" [--store DIR]`: DuckDB over the local lake, with a view per table
/// (projets, its bridges, suivi, enveloppes, indicateurs, the regions and thematiques dimensions),
/// result printed as an aligned table.
/// </summary>
internal static class QueryCommand
{
    public static Command Create(CliConsole console)
    {
        var sql = new Argument<string>("sql") { Description = "Requête SQL DuckDB, par ex. \"select code_region, count(*) from projets group by 1\"." };
        var store = StoreOptions.Store();
        var connection = StoreOptions.Connection();
        var cache = AzureLakeCache.CacheOption();
        var command = new Command("query", "Interroge le lac avec DuckDB : vues projets, projets_thematiques, projets_departements, projets_epci, projets_co_porteurs, suivi, enveloppes, indicateurs, regions, thematiques. Code de sortie 1 si DuckDB refuse la requête. Avec --connection, sur une copie locale du lac Azure mise à jour d'abord.")
        {
            sql, store, connection, cache,
        };
        command.SetAction(async (parsed, ct) =>
        {
            LocalPipelineStore? local;
            if (parsed.GetValue(connection) is { Length: > 0 } azure)
            {
                var pulled = await AzureLakeCache.PullAsync(azure, parsed.GetValue(cache)!.FullName, includeGold: true, ct);
                AzureLakeCache.Report(console, pulled);
                local = pulled.Store;
            }
            else if ((local = StoreFolder.OpenForReading(parsed.GetValue(store)!, console)) is null) return ExitCodes.Usage;
            return await RunAsync(console, local, parsed.GetValue(sql)!, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, LocalPipelineStore store, string sql, CancellationToken ct)
    {
        var (views, empty) = await LakeViews.ForAsync(store, ct);
        if (empty.Count > 0)
            console.Error.WriteLine($"Vues vides (aucun fichier encore) : {string.Join(", ", empty)}");
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var define = connection.CreateCommand())
        {
            define.CommandText = views;
            define.ExecuteNonQuery();
        }
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var numeric = Enumerable.Range(0, reader.FieldCount).Select(i => IsNumeric(reader.GetFieldType(i))).ToList();
            var rows = new List<string?[]>();
            while (reader.Read())
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Format(reader.GetValue(i)))]);
            TextTable.Write(console.Out, headers, rows, numeric);
            console.Out.WriteLine($"({rows.Count} ligne(s))");
            return ExitCodes.Ok;
        }
        catch (DuckDBException e)
        {
            // DuckDB points at the query with a caret on a line of its own: its lines are kept (a document).
            console.Error.Write($"Requête refusée par DuckDB : {e.Message}");
            console.Error.WriteLine();
            return ExitCodes.BadQuery;
        }
    }

    private static bool IsNumeric(Type type) =>
        Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) is >= TypeCode.SByte and <= TypeCode.Decimal
        || type == typeof(System.Numerics.BigInteger);

    private static string Format(object value) => value switch
    {
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFF", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFzzz", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

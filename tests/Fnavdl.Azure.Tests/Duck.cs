using DuckDB.NET.Data;

namespace Fnavdl.Azure.Tests;

/// <summary>DuckDB over Parquet downloaded from Azurite: an independent reader of what the Function wrote.</summary>
internal static class Duck
{
    public static string Table(string curatedRoot, string table) =>
        $"read_parquet('{Path.Combine(curatedRoot, table).Replace("'", "''")}/**/*.parquet', hive_partitioning = false)";

    public static List<object?[]> Rows(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}

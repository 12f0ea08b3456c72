using DuckDB.NET.Data;

namespace Fnavdl.Core.Tests.Support;

/// <summary>A throwaway in-memory DuckDB to read the lake back as its users will: an independent reader of our Parquet.</summary>
public sealed class DuckDb : IDisposable
{
    /// <summary>A curated table's files, columns as the files hold them (not guessed from the folder names).</summary>
    public static string Table(string curatedRoot, string table) =>
        $"read_parquet('{Path.Combine(curatedRoot, table).Replace("'", "''")}/**/*.parquet', hive_partitioning = false)";

    /// <summary>One query on a fresh connection.</summary>
    public static List<object?[]> Run(string sql)
    {
        using var duck = new DuckDb();
        return duck.Rows(sql);
    }

    public static object? RunScalar(string sql)
    {
        using var duck = new DuckDb();
        return duck.Scalar(sql);
    }

    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public DuckDb() => _connection.Open();

    public object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public List<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
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

    /// <summary>Column name → DuckDB type, from <c>DESCRIBE</c>.</summary>
    public Dictionary<string, string> Describe(string source) =>
        Rows($"DESCRIBE SELECT * FROM {source}").ToDictionary(r => (string)r[0]!, r => (string)r[1]!);

    public void Dispose() => _connection.Dispose();
}

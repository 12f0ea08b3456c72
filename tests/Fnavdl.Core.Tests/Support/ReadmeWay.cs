namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// The plain-DuckDB query queries/README.md gives an analyst who reads the lake without views.sql (the
/// fenced block after the comment <see cref="Marker"/>), taken from the README itself, so the tests run
/// what an analyst copies: its <c>SET VARIABLE lake</c> pointed at a curated folder, its <c>SELECT</c>
/// made a view for each table asked (the README says to change <c>projets</c> for the table's folder).
/// </summary>
public static class ReadmeWay
{
    public const string Marker = "<!-- fnavdl:readme-way (tests run this query as written) -->";

    public static string Query { get; } = Extract(File.ReadAllText(Path.Combine(RepoPaths.Root, "queries", "README.md")));

    private static string Extract(string readme)
    {
        var at = readme.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"queries/README.md has lost the query marked {Marker}");
        var start = readme.IndexOf("```sql\n", at, StringComparison.Ordinal) + "```sql\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    /// <summary>The README's query as a script defining one view per table, over <paramref name="curatedRoot"/>.</summary>
    public static string Sql(string curatedRoot, IEnumerable<string> tables)
    {
        var lines = Query.Split('\n');
        _ = Assert.Single(lines, l => l.StartsWith("SET VARIABLE lake = ", StringComparison.Ordinal));
        var select = string.Join('\n', lines.SkipWhile(l => !l.StartsWith("SELECT", StringComparison.Ordinal))).Trim().TrimEnd(';');
        Assert.Contains("/projets/", select);
        var script = $"SET VARIABLE lake = '{curatedRoot.Replace('\\', '/').Replace("'", "''")}';\n";
        foreach (var table in tables)
            script += $"CREATE VIEW {table} AS {select.Replace("/projets/", $"/{table}/", StringComparison.Ordinal)};\n";
        return script;
    }
}

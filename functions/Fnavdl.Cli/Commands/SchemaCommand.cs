using System.CommandLine;
using Fnavdl.Core.Publication;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Cli.Commands;

/// <summary>
/// `fnavdl schema projets|suivi|enveloppes`: the contract of a report kind as Table Schema JSON (the files of
/// schemas/); `fnavdl schema --sql duckdb|synapse`: the analysts' view script (queries/views.sql,
/// queries/synapse/views.sql). Both are generated from the table definitions.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var kinds = TableCatalog.Reports.Select(t => t.Name).ToArray();
        var table = new Argument<string?>("type")
        {
            Description = $"Type de bilan : {string.Join(", ", kinds)}.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        table.AcceptOnlyFromAmong(kinds);
        var sql = new Option<string?>("--sql")
        {
            Description = "Affiche plutôt le script des vues : duckdb (queries/views.sql) ou synapse (queries/synapse/views.sql).",
        };
        sql.AcceptOnlyFromAmong("duckdb", "synapse");
        var command = new Command("schema", "Affiche le contrat de données d'un type de bilan au format Table Schema (JSON lu par Validata et schema.data.gouv.fr), ou le script SQL des vues.")
        {
            table, sql,
        };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(table);
            var engine = parsed.GetValue(sql);
            if ((name is null) == (engine is null))
            {
                console.Error.WriteLine($"Donnez soit un type de bilan ({string.Join(", ", kinds)}), soit --sql duckdb|synapse.");
                return ExitCodes.Usage;
            }
            console.Out.Write(name is not null
                ? TableSchemaJson.For(TableCatalog.Find(name)!)
                : engine == "duckdb" ? ViewScripts.DuckDb(TableCatalog.All) : ViewScripts.Synapse(TableCatalog.All));
            return ExitCodes.Ok;
        });
        return command;
    }
}

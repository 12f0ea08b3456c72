using System.CommandLine;

namespace Fnavdl.Cli.Commands;

/// <summary>
/// `fnavdl pull --connection … --to DIR`: copies the Azure lake's Parquet (curated and gold) into a
/// local folder, downloading only what changed since the last pull; DIR then reads like a local store.
/// </summary>
internal static class PullCommand
{
    public static Command Create(CliConsole console)
    {
        var connection = StoreOptions.Connection();
        connection.Required = true;
        var to = new Option<DirectoryInfo>("--to")
        {
            Description = $"Dossier de la copie locale (par défaut : ./{AzureLakeCache.DefaultFolder}).",
            DefaultValueFactory = _ => new DirectoryInfo(AzureLakeCache.DefaultFolder),
            HelpName = "dossier",
        };
        var command = new Command("pull", "Copie les fichiers Parquet du lac Azure (curated, gold) dans un dossier local, en ne téléchargeant que ce qui a changé (ETag).")
        {
            connection, to,
        };
        command.SetAction(async (parsed, ct) =>
        {
            var pulled = await AzureLakeCache.PullAsync(parsed.GetValue(connection)!, parsed.GetValue(to)!.FullName, includeGold: true, ct);
            console.Out.WriteLine($"curated : {AzureLakeCache.Describe(pulled.Curated)}");
            console.Out.WriteLine($"gold : {AzureLakeCache.Describe(pulled.Gold!)}");
            console.Out.WriteLine($"Copie locale : {pulled.Store.Root}");
            return ExitCodes.Ok;
        });
        return command;
    }
}

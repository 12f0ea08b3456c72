using System.CommandLine;
using Fnavdl.Cli.Serving;
using Fnavdl.FrontDoor;

namespace Fnavdl.Cli.Commands;

/// <summary>`fnavdl serve [--store DIR] [--port N] [--region CODE]`: the regions' page and its API on 127.0.0.1, over the local store.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5173;

    public static Command Create(CliConsole console, CliHost host)
    {
        var store = StoreOptions.Store();
        var port = new Option<int>("--port")
        {
            Description = $"Port d'écoute sur 127.0.0.1 (par défaut : {DefaultPort} ; 0 choisit un port libre).",
            DefaultValueFactory = _ => DefaultPort,
        };
        var region = new Option<string?>("--region")
        {
            Description = "Fixe la région de l'utilisateur (code INSEE, par ex. 93) ; sans elle, la page demande la région (« mode local »).",
        };
        var command = new Command("serve", "Sert la page de dépôt des régions et son API sur http://127.0.0.1 : modèle, vérification, dépôt (intégré aussitôt), suivi.")
        {
            store, port, region,
        };
        command.SetAction(async (parsed, ct) =>
            await RunAsync(console, host, parsed.GetValue(store)!, parsed.GetValue(port), parsed.GetValue(region), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, CliHost host, DirectoryInfo store, int port, string? regionText, CancellationToken ct)
    {
        string? region = null;
        if (regionText is not null)
        {
            if (!host.Reference.TryResolveRegion(regionText.Trim(), out var found))
            {
                console.Error.WriteLine($"Région inconnue : « {regionText} » (code INSEE attendu, par ex. 93).");
                return ExitCodes.Usage;
            }
            region = found.Code;
        }
        if (port is < 0 or > 65535)
        {
            console.Error.WriteLine($"Port invalide : {port} (de 0 à 65535).");
            return ExitCodes.Usage;
        }
        LocalFrontDoor server;
        try
        {
            server = await LocalFrontDoor.StartAsync(host.Local(store.FullName), FrontDoorOptions.From(host.Settings), port, region, cancellationToken: ct);
        }
        catch (IOException ex)
        {
            console.Error.WriteLine($"Impossible d'écouter sur 127.0.0.1:{port} ({ex.Message}) : choisissez un autre port avec --port.");
            return ExitCodes.Usage;
        }
        await using (server)
        {
            console.Out.WriteLine($"Page de dépôt : {server.Address}");
            console.Out.WriteLine(region is null ? "Mode local : la page demande la région." : $"Région : {region}");
            console.Out.WriteLine($"Stockage : {store.FullName}");
            console.Out.WriteLine("Arrêt : Ctrl+C.");
            try
            {
                // SIGTERM (a service manager, a container) stops the host; Ctrl+C cancels the command too.
                await server.Stopped.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving.
            }
        }
        return ExitCodes.Ok;
    }
}

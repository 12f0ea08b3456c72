using System.CommandLine;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>Options shared by the commands that read or write a store.</summary>
internal static class StoreOptions
{
    public static Option<DirectoryInfo> Store(string defaultFolder = LocalPipelineStore.DefaultFolder) => new("--store")
    {
        Description = $"Dossier du stockage local (par défaut : ./{defaultFolder}, dans le dossier courant).",
        DefaultValueFactory = _ => new DirectoryInfo(defaultFolder),
    };

    public static Option<string?> Connection() => new("--connection")
    {
        Description = "Travaille sur Azure Storage au lieu du dossier local : chaîne de connexion (par ex. \"UseDevelopmentStorage=true\" pour Azurite) ou URL du compte (https://compte.blob.core.windows.net, authentification Entra ID).",
    };

    public static Option<string> Region() => new("--region")
    {
        Description = "Code INSEE de la région (par ex. 93) : obligatoire pour un fichier isolé.",
    };
}

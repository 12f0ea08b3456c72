using System.CommandLine;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>Options shared by the commands that read or write a store.</summary>
internal static class StoreOptions
{
    public static Option<DirectoryInfo> Store(string defaultFolder = LocalPipelineStore.DefaultFolder)
    {
        var option = new Option<DirectoryInfo>("--store")
        {
            Description = $"Dossier du stockage local (par défaut : ./{defaultFolder}, dans le dossier courant).",
            DefaultValueFactory = _ => new DirectoryInfo(defaultFolder),
        };
        // A usage error (exit 2) before anything runs, rather than an I/O failure half-way.
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { } folder && File.Exists(folder.FullName))
                result.AddError($"--store {folder.FullName} est un fichier, pas un dossier : indiquez le dossier du stockage (il est créé s'il n'existe pas).");
        });
        return option;
    }

    public static Option<string?> Connection() => new("--connection")
    {
        Description = "Travaille sur Azure Storage au lieu du dossier local : chaîne de connexion (par ex. \"UseDevelopmentStorage=true\" pour Azurite) ou URL du compte (https://compte.blob.core.windows.net, authentification Entra ID).",
    };

    public static Option<string> Region() => new("--region")
    {
        Description = "Code INSEE de la région (par ex. 93) : obligatoire pour un fichier isolé.",
    };
}

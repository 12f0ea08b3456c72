using System.CommandLine;
using System.Globalization;
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
            HelpName = "dossier",
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
        HelpName = "connexion",
        Description = "Travaille sur Azure Storage au lieu du dossier local : chaîne de connexion (par ex. \"UseDevelopmentStorage=true\" pour Azurite) ou URL du compte (https://compte.blob.core.windows.net, authentification Entra ID).",
    };

    public static Option<string> Region() => new("--region")
    {
        Description = "Région : code INSEE (par ex. 93), nom ou sigle (PACA). Obligatoire pour un fichier isolé.",
        HelpName = "région",
    };

    /// <summary>`--year YYYY`, parsed here so a typo gets a French message, not a .NET type name.</summary>
    public static Option<int?> Year(string description) => new("--year")
    {
        Description = description,
        HelpName = "annee",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100) return year;
            result.AddError($"Valeur invalide pour --year : « {text} » (une année sur quatre chiffres est attendue, par ex. 2021).");
            return null;
        },
    };
}

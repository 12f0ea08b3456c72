using System.CommandLine;
using System.Globalization;
using Fnavdl.Core.Storage.Local;

namespace Fnavdl.Cli;

/// <summary>Options shared by the commands that read or write a store.</summary>
internal static class StoreOptions
{
    public static Option<DirectoryInfo> Store(string defaultFolder = LocalPipelineStore.DefaultFolder) => new("--store")
    {
        Description = $"Dossier du stockage local (par défaut : ./{defaultFolder}, dans le dossier courant).",
        HelpName = "dossier",
        DefaultValueFactory = _ => new DirectoryInfo(defaultFolder),
    };

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

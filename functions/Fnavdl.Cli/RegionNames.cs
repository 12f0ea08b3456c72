using Fnavdl.Core.Reference;

namespace Fnavdl.Cli;

/// <summary>`--region` as a region may write it in a file: INSEE code ("93", "6"), name or abbreviation ("PACA").</summary>
internal static class RegionNames
{
    /// <summary>The region's INSEE code, or null after telling the user (in French) what was not understood.</summary>
    public static string? Resolve(string text, AdministrativeReference reference, CliConsole console)
    {
        if (reference.TryResolveRegion(text, out var region)) return region.Code;
        console.Error.WriteLine($"Région inconnue : « {text} » (code INSEE, nom ou sigle attendu, par ex. 93, « Provence-Alpes-Côte d'Azur » ou PACA).");
        return null;
    }
}

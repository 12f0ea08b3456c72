using Fnavdl.Core.Reference;

namespace Fnavdl.Cli;

/// <summary>The <c>--region</c> of a command that reads the lake: an INSEE region code, checked.</summary>
internal static class RegionFilter
{
    /// <summary>False (and says why) for an unknown region; <paramref name="code"/> is null when no region was asked.</summary>
    public static bool TryResolve(CliConsole console, AdministrativeReference reference, string? region, out string? code)
    {
        code = null;
        if (region is null) return true;
        code = reference.FindRegion(region)?.Code;
        if (code is not null) return true;
        console.Error.WriteLine($"Région inconnue : « {region} » (code INSEE attendu, par ex. 93).");
        return false;
    }
}

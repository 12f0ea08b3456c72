using Fnavdl.Core.Reference;

namespace Fnavdl.Cli;

/// <summary>The <c>--region</c> of a command that reads the lake: a region as files name it (code, name or abbreviation), checked.</summary>
internal static class RegionFilter
{
    /// <summary>False (and says why) for an unknown region; <paramref name="code"/> is null when no region was asked.</summary>
    public static bool TryResolve(CliConsole console, AdministrativeReference reference, string? region, out string? code)
    {
        code = null;
        if (region is null) return true;
        if (reference.TryResolveRegion(region, out var found))
        {
            code = found.Code;
            return true;
        }
        code = RegionNames.Resolve(region, console);
        return code is not null;
    }
}

using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Export;

/// <summary>
/// The State service that attributes a region's FNAVDL grants: its DREETS (décret n° 2020-1545 du
/// 9 décembre 2020), named DRIEETS in Île-de-France and DEETS in the overseas regions; in Guyane the
/// same missions belong to the Direction générale de la cohésion et des populations (décret
/// n° 2019-894 du 28 août 2019).
/// </summary>
/// <remarks>
/// No SIRET is given: none of these services' SIRET numbers was found in a public source we could
/// cite, and an identifier is never guessed. <c>idAttribuant</c> stays empty until one is sourced.
/// </remarks>
internal static class Attribuant
{
    public static string Nom(RegionInfo region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return region.Code switch
        {
            "11" => "DRIEETS Île-de-France",
            "03" => "Direction générale de la cohésion et des populations de Guyane",
            "01" or "02" or "04" or "06" => $"DEETS {region.Nom}",
            _ => $"DREETS {region.Nom}",
        };
    }
}

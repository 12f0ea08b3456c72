using System.Globalization;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Access;

/// <summary>Checks of the analysts' query parameters, each with the French message of its 400.</summary>
public static class QueryParameters
{
    public const int MinAnnee = 2000;
    public const int MaxAnnee = 2100;

    public static bool TryAnnee(string? text, out int annee, out string? error)
    {
        annee = 0;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Le paramètre « annee » est obligatoire (par exemple annee=2021).";
            return false;
        }
        if (!int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out annee) || annee is < MinAnnee or > MaxAnnee)
        {
            error = $"Le paramètre « annee » est invalide : « {text} » (année de programme attendue, par exemple 2021).";
            return false;
        }
        return true;
    }

    /// <summary>Absent is fine (all scopes); otherwise one of the spec's three, case-insensitive.</summary>
    public static bool TryPerimetre(string? text, out string? perimetre, out string? error)
    {
        perimetre = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        perimetre = text.Trim().ToLowerInvariant() switch
        {
            Perimetres.National => Perimetres.National,
            Perimetres.Region or "région" => Perimetres.Region,
            Perimetres.Appel => Perimetres.Appel,
            _ => null,
        };
        if (perimetre is null)
            error = $"Périmètre inconnu : « {text} » (valeurs admises : national, region, appel).";
        return perimetre is not null;
    }

    /// <summary>
    /// Absent is fine unless <paramref name="required"/>; otherwise a region as a file may name it: its
    /// INSEE code ("93"), its name or a common abbreviation ("PACA"), see <see cref="AdministrativeReference.TryResolveRegion"/>.
    /// </summary>
    public static bool TryRegion(string? text, AdministrativeReference reference, bool required, out string? code, out string? error)
    {
        code = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required) error = "Le paramètre « code_region » est obligatoire (code INSEE de la région, par exemple 93).";
            return !required;
        }
        if (reference.TryResolveRegion(text, out var region))
        {
            code = region.Code;
            return true;
        }
        error = $"Région inconnue : « {text} » (code INSEE de région, nom ou sigle attendu, par exemple 93 ou PACA).";
        return false;
    }
}

using System.Globalization;

namespace Fnavdl.Bench;

/// <summary>
/// The rows of a valid PACA `projets` file of any size, one at a time: amounts with no-break spaces
/// and a euro sign, lists, accents — the costly shapes, not the easy ones. Every format the bench
/// writes (<see cref="ProjetsCsvGenerator"/>, <c>ProjetsWorkbookGenerator</c>) holds these cells.
/// </summary>
internal static class ProjetsRows
{
    public static readonly string[] Header =
    [
        "Année", "Appel à projets", "Date comité", "N° projet", "Intitulé du projet", "Porteur principal", "Type de porteur", "SIRET",
        "Co-porteur(s)", "Type co-porteur", "Thématique(s)", "Département(s)", "EPCI partenaire(s)", "Montant accordé (€)", "Ménages prévus", "Durée (mois)",
    ];

    /// <summary>Index of the amount in <see cref="Cells"/>: a workbook stores it as a number (<see cref="Amount"/>).</summary>
    public const int AmountColumn = 13;

    private static readonly string[] Themes = ["Prévention des expulsions", "jeunes", "Santé mentale|DALO", "violences conjugales", "GLA"];
    private static readonly string[] Departements = ["13", "06|83", "84", "04|05", "83"];
    private static readonly string[] Epci = ["200054807", "", "200054807", "", ""];
    // Windows-1252 has the no-break space (U+00A0) but not the narrow one French .NET formats with.
    private static readonly NumberFormatInfo FrenchGroups = new() { NumberGroupSeparator = "\u00A0", NumberDecimalDigits = 0 };
    private static readonly string[] Types = ["association", "bailleur social", "CCAS", "association", "OPH"];

    /// <summary>Row <paramref name="i"/>'s cells as a region types them (the amount as French text).</summary>
    public static string[] Cells(int i)
    {
        var k = i % 5;
        var cents = Cents(i);
        var number = i.ToString(CultureInfo.InvariantCulture);
        return
        [
            "2021", $"AAP 2021-{(i % 4) + 1:00}", "15/01/2021", "P" + number, "Accompagnement renforcé n°" + number,
            "Association Habitat & Insertion", Types[k], "732829320", k == 0 ? "Logirem" : "", k == 0 ? "ESH" : "",
            Themes[k], Departements[k], Epci[k],
            (cents / 100).ToString("N0", FrenchGroups) + "," + (cents % 100).ToString("00", CultureInfo.InvariantCulture) + " €",
            ((i % 40) + 1).ToString(CultureInfo.InvariantCulture), k == 3 ? "" : "24",
        ];
    }

    /// <summary>Row <paramref name="i"/>'s amount in euros, for a numeric cell.</summary>
    public static decimal Amount(int i) => Cents(i) / 100m;

    private static int Cents(int i) => 1_000_000 + (i % 97) * 12_345;
}

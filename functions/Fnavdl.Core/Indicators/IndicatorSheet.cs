namespace Fnavdl.Core.Indicators;

/// <summary>
/// The long table as a spreadsheet reads it: the spec's columns with the labels beside the codes
/// (<c>libelle_region</c> after <c>code_region</c>, <c>libelle_dimension</c> — the theme's label — after
/// <c>dimension</c>). Each cell is typed — text, a whole number or a number — so the CSV and the XLSX
/// can keep codes as text and figures as numbers.
/// </summary>
internal static class IndicatorSheet
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "annee", "perimetre", "code_region", "libelle_region", "appel_a_projets", "indicateur", "dimension", "libelle_dimension",
        "valeur", "numerateur", "denominateur", "unite",
    ];

    /// <summary>The row's cells in <see cref="Columns"/> order: <see cref="string"/>, <see cref="int"/>, <see cref="double"/> or null.</summary>
    public static object?[] Cells(IndicatorRow r) =>
    [
        r.Annee, r.Perimetre, r.CodeRegion, IndicatorLabels.Region(r.CodeRegion), r.AppelAProjets, r.Indicateur,
        r.Dimension, IndicatorLabels.Dimension(r.Dimension), r.Valeur, r.Numerateur, r.Denominateur, r.Unite,
    ];
}

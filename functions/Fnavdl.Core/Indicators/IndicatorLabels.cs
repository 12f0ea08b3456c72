using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Vocabularies;

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The names people read beside the codes of the long table: a region's official name for its INSEE
/// code, a theme's label for its code (the <c>dimension</c> of the thematic indicators).
/// </summary>
public static class IndicatorLabels
{
    /// <summary>The code a label that matches no theme is kept as (report-format.md, "Theme vocabulary").</summary>
    public const string OtherTheme = "autre";

    /// <summary>Every theme code a row may carry, with its label, ordered by code: the spec's ten and <see cref="OtherTheme"/>.</summary>
    public static IReadOnlyList<(string Code, string Label)> Themes { get; } =
    [
        .. ThemeVocabulary.All.Select(t => (t.Code, t.Label)).Append((OtherTheme, "Autre (libellé non reconnu)"))
            .OrderBy(t => t.Item1, StringComparer.Ordinal),
    ];

    /// <summary>The 18 regions, code and official name, ordered by code.</summary>
    public static IReadOnlyList<(string Code, string Label)> Regions { get; } =
        [.. AdministrativeReference.Embedded.Regions.OrderBy(r => r.Code, StringComparer.Ordinal).Select(r => (r.Code, r.Nom))];

    private static readonly Dictionary<string, string> ThemeByCode = Themes.ToDictionary(t => t.Code, t => t.Label, StringComparer.Ordinal);

    /// <summary>"Provence-Alpes-Côte d'Azur" for "93"; null for no region (national scope).</summary>
    public static string? Region(string? codeRegion) =>
        codeRegion is null ? null : AdministrativeReference.Embedded.FindRegion(codeRegion)?.Nom;

    /// <summary>"Santé mentale" for "sante_mentale"; null when the row has no dimension.</summary>
    public static string? Dimension(string? dimension) =>
        dimension is null ? null : ThemeByCode.GetValueOrDefault(dimension, dimension);
}

namespace Fnavdl.Core.Indicators;

/// <summary>
/// The columns of one curated <c>projets</c> row that indicators use, in a compact value type (amounts
/// in cents, the region as an index into <see cref="YearData.Regions"/>, themes as a range of
/// <see cref="YearData.ThemeIds"/>), so a year of projects fits in a few arrays.
/// </summary>
internal readonly record struct ProjetFacts(
    int Region,
    long MontantCents,
    bool CoPortageDerive,
    bool PortageBailleur,
    bool EpciImplique,
    int? MenagesPrevus,
    int? DureeMois,
    int ThemeStart,
    int ThemeCount);

/// <summary>A curated <c>suivi</c> row, amounts in cents.</summary>
internal readonly record struct SuiviFacts(
    int Region,
    int MenagesAccompagnes,
    int? MenagesSortis,
    int? Relogements,
    int? Maintiens,
    long? MontantConsommeCents);

/// <summary>A curated <c>enveloppes</c> row, in cents.</summary>
internal readonly record struct EnveloppeFacts(int Region, long MontantCents);

/// <summary>One regional call (a <c>projets</c> replacement unit): its projects are a contiguous range.</summary>
internal sealed record CallRange(int Region, string AppelAProjets, int Start, int Count, IReadOnlySet<string> Epci);

/// <summary>
/// The curated rows of one programme year that the indicators read. Projects are grouped by region
/// then call (the order of the lake's files), so every scope's projects are one contiguous range.
/// </summary>
internal sealed class YearData
{
    public required int Annee { get; init; }

    /// <summary>Region codes met in any table of the year, in ordinal order.</summary>
    public required IReadOnlyList<string> Regions { get; init; }

    public required ProjetFacts[] Projets { get; init; }

    /// <summary>Theme of each (project, theme) pair: an index into <see cref="ThemeCodes"/>.</summary>
    public required int[] ThemeIds { get; init; }

    public required IReadOnlyList<string> ThemeCodes { get; init; }

    /// <summary>Calls in the order of <see cref="Projets"/> (region, then call).</summary>
    public required IReadOnlyList<CallRange> Calls { get; init; }

    public required IReadOnlyList<SuiviFacts> Suivi { get; init; }

    public required IReadOnlyList<EnveloppeFacts> Enveloppes { get; init; }
}

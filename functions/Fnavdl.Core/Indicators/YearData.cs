namespace Fnavdl.Core.Indicators;

/// <summary>
/// The columns of one curated <c>projets</c> row that indicators use, in a compact value type (amounts
/// in cents, the region as an index into <see cref="YearData.Regions"/>, themes as a range of
/// <see cref="YearData.ThemeIds"/>), so a year of projects fits in a few arrays.
/// </summary>
/// <remarks>
/// 32 bytes a project: the three flags and the two "known" bits share one byte instead of five
/// padded fields (48 bytes), which a year of ten million projects pays for in hundreds of megabytes.
/// </remarks>
internal readonly struct ProjetFacts
{
    private const byte CoPortage = 1, Bailleur = 2, Epci = 4, HasMenages = 8, HasDuree = 16;

    public ProjetFacts(int region, long montantCents, bool coPortageDerive, bool portageBailleur, bool epciImplique,
        int? menagesPrevus, int? dureeMois, int themeStart, int themeCount)
    {
        Region = region;
        MontantCents = montantCents;
        _menagesPrevus = menagesPrevus.GetValueOrDefault();
        _dureeMois = dureeMois.GetValueOrDefault();
        _flags = (byte)((coPortageDerive ? CoPortage : 0) | (portageBailleur ? Bailleur : 0) | (epciImplique ? Epci : 0)
            | (menagesPrevus.HasValue ? HasMenages : 0) | (dureeMois.HasValue ? HasDuree : 0));
        ThemeStart = themeStart;
        ThemeCount = themeCount;
    }

    private ProjetFacts(ProjetFacts p, int region, int themeStart)
    {
        this = p;
        Region = region;
        ThemeStart = themeStart;
    }

    // Declared widest first: a struct is laid out in declaration order.
    public long MontantCents { get; }
    public int Region { get; }
    public int ThemeStart { get; }
    public int ThemeCount { get; }
    private readonly int _menagesPrevus;
    private readonly int _dureeMois;
    private readonly byte _flags;

    public bool CoPortageDerive => (_flags & CoPortage) != 0;
    public bool PortageBailleur => (_flags & Bailleur) != 0;
    public bool EpciImplique => (_flags & Epci) != 0;
    public int? MenagesPrevus => (_flags & HasMenages) != 0 ? _menagesPrevus : null;
    public int? DureeMois => (_flags & HasDuree) != 0 ? _dureeMois : null;

    /// <summary>The same project placed in the year: its region, and its themes' range moved by the themes before its file's.</summary>
    public ProjetFacts InYear(int region, int themeOffset) => new(this, region, ThemeStart + themeOffset);
}

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

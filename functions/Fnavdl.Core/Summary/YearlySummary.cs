namespace Fnavdl.Core.Summary;

/// <summary>
/// The yearly summary of one programme year (indicators.md, "Yearly summary"): the indicator engine's
/// national and regional rows of the year with the year before beside them, the data quality of the
/// 18 regions, the file versions that fed it and the definitions of every figure. Exact values:
/// small-cell masking (<see cref="SmallCells"/>) applies only when rendering for people.
/// </summary>
public sealed record YearlySummary
{
    public required int Annee { get; init; }
    public int AnneePrecedente => Annee - 1;

    /// <summary>The latest processing time among the lineage's files (from the log, never the clock); null without data.</summary>
    public required DateTimeOffset? DonneesArreteesAu { get; init; }

    /// <summary>National and regional figures of the year (the engine's rows, calls left out), engine order.</summary>
    public required IReadOnlyList<SummaryFigure> Chiffres { get; init; }

    /// <summary>One row per region of the reference (18), in code order.</summary>
    public required IReadOnlyList<RegionQuality> Qualite { get; init; }

    /// <summary>The current file versions the figures come from, by region then path.</summary>
    public required IReadOnlyList<SourceFile> Lignage { get; init; }

    public required IReadOnlyList<FigureDefinition> Definitions { get; init; }

    public string SecretStatistique => SmallCells.Notice;

    /// <summary>The national figure of an indicator (no dimension), or null when the engine gave none.</summary>
    public SummaryFigure? National(string indicateur) =>
        Chiffres.FirstOrDefault(f => f.CodeRegion is null && f.Indicateur == indicateur && f.Dimension is null);

    public SummaryFigure? Region(string codeRegion, string indicateur) =>
        Chiffres.FirstOrDefault(f => f.CodeRegion == codeRegion && f.Indicateur == indicateur && f.Dimension is null);

    /// <summary>Rows of a thematic indicator for a scope (null: national), ordered by theme code.</summary>
    public IReadOnlyList<SummaryFigure> Themes(string? codeRegion, string indicateur) =>
        [.. Chiffres.Where(f => f.CodeRegion == codeRegion && f.Indicateur == indicateur && f.Dimension is not null)
            .OrderBy(f => f.Dimension, StringComparer.Ordinal)];
}

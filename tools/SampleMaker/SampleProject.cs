namespace SampleMaker;

/// <summary>
/// One project as the generator knows it. Files render it in their own shape; the figures
/// (sums, co-carried counts) are computed from these values, not from the files.
/// </summary>
public sealed record SampleProject
{
    public required int Year { get; init; }
    public required string Call { get; init; }
    public DateOnly? Decision { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required Carrier Lead { get; init; }
    public string? SirenOrSiret { get; init; }
    public IReadOnlyList<Carrier> CoCarriers { get; init; } = [];
    /// <summary>Theme labels as written in the file (aliases, or unknown labels on purpose).</summary>
    public required IReadOnlyList<string> Themes { get; init; }
    public required IReadOnlyList<string> Departments { get; init; }
    public IReadOnlyList<string> Epci { get; init; } = [];
    public required decimal Amount { get; init; }
    public decimal? Requested { get; init; }
    public int? Households { get; init; }
    public int? Months { get; init; }
    public string? Volet { get; init; }
    /// <summary>The file's own co-portage yes/no when the file has that column (may disagree on purpose).</summary>
    public bool? CoPortageColumn { get; init; }

    private IEnumerable<string> CarrierTypes => CoCarriers.Select(c => c.Type).Prepend(Lead.Type);

    /// <summary>The pipeline's co_portage_derive: an association and a social landlord among the carriers.</summary>
    public bool CoCarried => CarrierTypes.Contains(CarrierType.Association) && CarrierTypes.Contains(CarrierType.Bailleur);

    public bool LandlordCarried => CarrierTypes.Contains(CarrierType.Bailleur);
}

/// <summary>One yearly follow-up row.</summary>
public sealed record SampleSuivi(
    int Year, string ProjectId, int Accompanied, int? Exited, int? Rehoused, int? Maintained, decimal? Spent);

/// <summary>One regional envelope row.</summary>
public sealed record SampleEnvelope(int Year, decimal Amount);

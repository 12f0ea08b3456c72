namespace Fnavdl.Core.Schema.Canonical;

/// <summary>A curated `suivi` row: one project's activity in one year.</summary>
public sealed record Suivi
{
    public required string CodeRegion { get; init; }
    public required int Annee { get; init; }
    public required string IdProjet { get; init; }
    public required int MenagesAccompagnes { get; init; }
    public int? MenagesSortis { get; init; }
    public int? Relogements { get; init; }
    public int? Maintiens { get; init; }
    public decimal? MontantConsomme { get; init; }
    public required int SourceRow { get; init; }
    public string? SourceSheet { get; init; }
}

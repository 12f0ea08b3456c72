namespace Fnavdl.Core.Schema.Canonical;

/// <summary>A curated `enveloppes` row: a region's envelope for a year.</summary>
public sealed record Enveloppe
{
    public required string CodeRegion { get; init; }
    public required int Annee { get; init; }
    public required decimal Montant { get; init; }
    public required int SourceRow { get; init; }
    public string? SourceSheet { get; init; }
}

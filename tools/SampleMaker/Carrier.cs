namespace SampleMaker;

/// <summary>Canonical carrier types of the spec (report-format.md, "Carrier types").</summary>
public static class CarrierType
{
    public const string Association = "association";
    public const string Bailleur = "bailleur_social";
    public const string Collectivite = "collectivite";
    public const string Autre = "autre";
}

/// <summary>
/// A project carrier: its name, its canonical type (what the pipeline must derive) and the type as
/// the region writes it in its file (an alias of that type).
/// </summary>
public sealed record Carrier(string Name, string Type, string TypeLabel, string? Siren = null);

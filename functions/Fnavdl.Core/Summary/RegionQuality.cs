namespace Fnavdl.Core.Summary;

/// <summary>Whether and when a region reported for the year.</summary>
public sealed record RegionQuality(
    string CodeRegion,
    string NomRegion,
    bool Declarante,
    int NbProjets,
    int NbFichiers,
    DateTimeOffset? DernierFichierAccepteLe,
    int Avertissements);

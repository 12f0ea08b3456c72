namespace Fnavdl.Core.Summary;

/// <summary>A file version whose replacement units are current for the year or the year before.</summary>
public sealed record SourceFile(
    string CodeRegion,
    string Chemin,
    string Sha256,
    DateTimeOffset DeposeLe,
    DateTimeOffset TraiteLe,
    int Avertissements,
    IReadOnlyList<string> Unites);

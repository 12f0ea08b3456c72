namespace Fnavdl.Core.Schema.Canonical;

public sealed record CoPorteur(string Nom, string? Type);

namespace Fnavdl.Core.Summary;

/// <summary>What a figure means, in French, for the readers of the summary.</summary>
public sealed record FigureDefinition(string Indicateur, string Libelle, string Definition);

namespace Fnavdl.Core.Summary;

/// <summary>What a publication wrote: the year, the paths in the summaries area, and the summary.</summary>
public sealed record PublishedSummary(int Annee, string HtmlPath, IReadOnlyList<string> Paths, YearlySummary Summary);

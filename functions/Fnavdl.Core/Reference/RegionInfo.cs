namespace Fnavdl.Core.Reference;

/// <summary>One of the 18 current French regions: INSEE code ("93") and official name.</summary>
public sealed record RegionInfo(string Code, string Nom);

namespace Fnavdl.Core.Schema.Canonical;

/// <summary>A theme of a project: the vocabulary code, and the label as the file wrote it.</summary>
public sealed record Thematique(string Code, string LibelleSource);

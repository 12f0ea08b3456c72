namespace Fnavdl.Core.Schema.Vocabularies;

/// <summary>A theme of the <c>thematiques</c> vocabulary (report-format.md) and the labels regions use for it.</summary>
internal sealed record ThemeDefinition(string Code, string Label, IReadOnlyList<string> Aliases);

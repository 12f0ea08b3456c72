namespace Fnavdl.Core.Schema;

/// <summary>A canonical field of a report kind, with the header aliases regions actually write.</summary>
public sealed record FieldDefinition(string Name, FieldType Type, bool Required, IReadOnlyList<string> Aliases);

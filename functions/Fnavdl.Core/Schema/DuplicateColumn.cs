namespace Fnavdl.Core.Schema;

/// <summary>A canonical field matched by several header columns, with their texts in column order.</summary>
internal sealed record DuplicateColumn(string Field, IReadOnlyList<string> Headers);

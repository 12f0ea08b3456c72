namespace Fnavdl.Core.Lake;

/// <summary>
/// A list a text column stores as its items joined with <see cref="Separator"/> (as <c>string.Join</c> would),
/// given item by item so that the joined text is written straight into the column's buffer, never built as a string.
/// No item makes a null in a nullable column and an empty text in a required one.
/// </summary>
internal sealed record JoinedList<TRow>(Func<TRow, int> Count, Func<TRow, int, string?> Item, string Separator);

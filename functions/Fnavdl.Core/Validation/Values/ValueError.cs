namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// Why a cell could not be read as its field's type: a code from <see cref="IssueCodes"/> and a
/// French message for the region. The caller adds the row, field and value.
/// </summary>
public sealed record ValueError(string Code, string Message);

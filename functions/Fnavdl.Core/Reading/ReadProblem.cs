namespace Fnavdl.Core.Reading;

/// <summary>A problem a reader found in one row, with the column as the file names it; reported as an error.</summary>
public sealed record ReadProblem(string Code, string Message, int Row, string Column, string? Value = null);

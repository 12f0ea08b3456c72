using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Reading;

/// <summary>A problem a reader found in one row, with the column as the file names it; reported with the catalogue's severity.</summary>
internal sealed record ReadProblem(IssueMessage Issue, int Row, string Column, string? Value = null);

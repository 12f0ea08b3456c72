namespace Fnavdl.Core.Validation;

/// <summary>What a message that awaits its column was formatted with, to format it again once the column is known.</summary>
internal sealed record PendingColumn(IssueTemplate Template, (string Name, object? Value)[] Arguments);

using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Validation;

/// <summary>
/// Collects every problem of a file. All are counted; past <see cref="MaxListed"/> only the
/// counts grow, so a million-row file with an error on each row cannot exhaust memory, and the
/// report says how many were left out.
/// </summary>
internal sealed class IssueCollector(int maxListed = 10_000)
{
    private readonly List<ValidationIssue> _issues = [];

    public int MaxListed { get; } = maxListed;
    public int ErrorCount { get; private set; }
    public int WarningCount { get; private set; }
    public bool HasErrors => ErrorCount > 0;
    public int Omitted => ErrorCount + WarningCount - _issues.Count;
    public IReadOnlyList<ValidationIssue> Issues => _issues;

    /// <summary>The rows that have a problem, as the file wrote them (bounded).</summary>
    public SourceRowSample SourceRows { get; } = new();

    /// <summary>Sheet name stamped on issues that carry a row (XLSX).</summary>
    public string? CurrentSheet { get; set; }

    /// <summary>
    /// True once <see cref="MaxListed"/> issues are listed: what comes next is only counted, so a rule
    /// may count it (<see cref="Count"/>) without placing it in its row and column or writing its sentence.
    /// </summary>
    public bool IsFull => _issues.Count >= MaxListed;

    /// <summary>Counts an issue that is not listed (<see cref="IsFull"/>).</summary>
    public void Count(Severity severity)
    {
        if (severity == Severity.Error) ErrorCount++;
        else WarningCount++;
    }

    public void Add(ValidationIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Count(issue.Severity);
        if (IsFull) return;
        // A report quotes a value, it does not carry it: a 40 MB cell is shown by its start.
        if (issue.Value is { } value) issue = issue with { Value = Values.TextValueRule.Shown(value) };
        _issues.Add(issue.Row is not null && issue.Sheet is null && CurrentSheet is not null
            ? issue with { Sheet = CurrentSheet }
            : issue);
    }

    /// <summary>Records a catalogue message; its severity is the catalogue's.</summary>
    public void Raise(IssueMessage message, int? row = null, string? field = null, string? value = null) =>
        Add(ValidationIssue.Of(message, row, field, value));
}

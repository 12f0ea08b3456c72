namespace Fnavdl.Core.Validation;

/// <summary>
/// A catalogue message once its placeholders are filled: what a rule hands to the report, which
/// adds the row, field and value. Only <see cref="IssueTemplate.Format"/> makes one, so code,
/// severity and wording always come from the catalogue, never from the rule.
/// </summary>
public sealed record IssueMessage
{
    private readonly PendingColumn? _pending;

    internal IssueMessage(IssueDefinition definition, string text, PendingColumn? pending = null)
    {
        Definition = definition;
        Text = text;
        _pending = pending;
    }

    public IssueDefinition Definition { get; }

    /// <summary>The sentence; while <see cref="AwaitsColumn"/>, the column is shown as « … ».</summary>
    public string Text { get; }
    public string Code => Definition.Code;
    public Severity Severity => Definition.Severity;

    /// <summary>The template names the column and the rule left it to the report (<see cref="IssueTemplate.ColumnPlaceholder"/>).</summary>
    public bool AwaitsColumn => _pending is not null;

    /// <summary>The message with <paramref name="column"/>, as the file wrote it, in its sentence; itself when it awaits none.</summary>
    public IssueMessage InColumn(string column) =>
        _pending is { } pending ? pending.Template.Format([.. pending.Arguments, (IssueTemplate.ColumnPlaceholder, column)]) : this;
}


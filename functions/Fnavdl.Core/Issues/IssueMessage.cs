namespace Fnavdl.Core.Issues;

/// <summary>
/// A catalogue message once its placeholders are filled: what a rule hands to the report, which
/// adds the row, field and value. Only <see cref="IssueTemplate.Format"/> makes one, so code,
/// severity and wording always come from the catalogue, never from the rule.
/// </summary>
/// <remarks>
/// The sentence is written when it is first read, not when the rule raises it: a file with an error on
/// each of a million rows lists 10 000 of them and counts the rest, and a message that waits for its
/// column (<see cref="InColumn"/>) is written once, with it.
/// </remarks>
public sealed class IssueMessage : IEquatable<IssueMessage>
{
    private readonly IssueTemplate _template;
    private readonly (string Name, object? Value)[] _arguments;
    private readonly string? _column;
    private string? _text;

    internal IssueMessage(IssueTemplate template, (string Name, object? Value)[] arguments, string? column = null)
    {
        _template = template;
        _arguments = arguments;
        _column = column;
    }

    public IssueDefinition Definition => _template.Definition;

    /// <summary>The sentence; while <see cref="AwaitsColumn"/>, the column is shown as « … ».</summary>
    public string Text => _text ??= _template.Render(_arguments, _column);

    public string Code => Definition.Code;
    public Severity Severity => Definition.Severity;

    /// <summary>The template names the column and neither the rule nor the report has given it yet (<see cref="IssueTemplate.ColumnPlaceholder"/>).</summary>
    public bool AwaitsColumn => _column is null && _template.NamesColumn && !IssueTemplate.Gives(_arguments, IssueTemplate.ColumnPlaceholder);

    /// <summary>The message with <paramref name="column"/>, as the file wrote it, in its sentence; itself when it awaits none.</summary>
    public IssueMessage InColumn(string column) => AwaitsColumn ? _template.InColumn(_arguments, column) : this;

    /// <summary>Two messages are equal when they say the same thing under the same code (their sentences are written to compare them).</summary>
    public bool Equals(IssueMessage? other) =>
        other is not null && ReferenceEquals(Definition, other.Definition) && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as IssueMessage);

    public override int GetHashCode() => HashCode.Combine(Definition, StringComparer.Ordinal.GetHashCode(Text));

    public override string ToString() => $"{Code}: {Text}";
}

namespace Fnavdl.Core.Validation;

/// <summary>
/// A catalogue message once its placeholders are filled: what a rule hands to the report, which
/// adds the row, field and value. Only <see cref="IssueTemplate.Format"/> makes one, so code,
/// severity and wording always come from the catalogue, never from the rule.
/// </summary>
public sealed record IssueMessage
{
    internal IssueMessage(IssueDefinition definition, string text)
    {
        Definition = definition;
        Text = text;
    }

    public IssueDefinition Definition { get; }
    public string Text { get; }
    public string Code => Definition.Code;
    public Severity Severity => Definition.Severity;
}

using System.Runtime.CompilerServices;

namespace Fnavdl.Core.Validation;

/// <summary>
/// One entry of the <see cref="IssueCatalog"/>: a stable code, its severity (a code never changes
/// severity), a short French title for report headings and filters, the general advice a region
/// reads in the published list of codes, and the message templates the rules raise it with.
/// </summary>
public sealed class IssueDefinition(string code, Severity severity, string title, string correction)
{
    private readonly List<IssueTemplate> _templates = [];

    public string Code { get; } = code;
    public Severity Severity { get; } = severity;
    public string Title { get; } = title;

    /// <summary>How to fix the problem, in general terms (each message adds the specifics).</summary>
    public string Correction { get; } = correction;

    /// <summary>The situations the code covers, each worded once, in declaration order.</summary>
    public IReadOnlyList<IssueTemplate> Templates => _templates;

    /// <summary>Declares a message template of this code; its name is the catalogue field's.</summary>
    internal IssueTemplate Template(string text, [CallerMemberName] string name = "")
    {
        var template = new IssueTemplate(this, name, text);
        _templates.Add(template);
        return template;
    }
}

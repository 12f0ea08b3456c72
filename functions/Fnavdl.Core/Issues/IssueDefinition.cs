using System.Runtime.CompilerServices;

namespace Fnavdl.Core.Issues;

/// <summary>
/// One entry of the <see cref="IssueCatalog"/>: a stable code, its severity (a code never changes
/// severity), a short French title for report headings and filters, the general advice a region
/// reads in the published list of codes, what it is about (a cell and a column are named in the
/// sentence by the column as the file wrote it), and the message templates the rules raise it with.
/// </summary>
public sealed class IssueDefinition(string code, Severity severity, string title, string correction, IssueScope scope = IssueScope.File)
{
    private readonly List<IssueTemplate> _templates = [];

    public string Code { get; } = code;
    public Severity Severity { get; } = severity;
    public string Title { get; } = title;

    /// <summary>A file, a column or a cell: the templates of a column or a cell name it (<see cref="IssueTemplate.ColumnPlaceholder"/>).</summary>
    public IssueScope Scope { get; } = scope;

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

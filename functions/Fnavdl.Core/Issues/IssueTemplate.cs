using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Fnavdl.Core.Issues;

/// <summary>
/// One wording of an issue code, with named placeholders in the FluentValidation manner:
/// <c>« {Valeur} » n'est pas une année</c>. <c>{{</c> and <c>}}</c> write a brace. The text is parsed
/// once, when the catalogue is loaded; a message is built only when the issue is raised.
/// </summary>
/// <remarks>
/// <c>{Colonne}</c>, the column as the file wrote it, is the report's to fill, not the rule's: a value
/// parser does not know which column its cell came from. A rule may leave it out of
/// <see cref="Format"/>; the message then waits for it (<see cref="IssueMessage.InColumn"/>), which
/// <see cref="Validation.ValidationIssue.Of"/> gives it where the issue is placed.
/// </remarks>
public sealed class IssueTemplate
{
    /// <summary>The placeholder of the column as the file wrote it, filled where the issue is placed.</summary>
    public const string ColumnPlaceholder = "Colonne";

    private readonly string[] _literals;
    private readonly string[] _placeholders;
    private readonly string[] _distinctPlaceholders;

    internal IssueTemplate(IssueDefinition definition, string name, string text)
    {
        Definition = definition;
        Name = name;
        Text = text;
        (_literals, _placeholders) = Parse(text, definition.Code, name);
        _distinctPlaceholders = _placeholders.Distinct(StringComparer.Ordinal).ToArray();
    }

    public IssueDefinition Definition { get; }

    /// <summary>The template's name in the catalogue (<c>IssueCatalog.MontantInvalide.Illisible</c> → "Illisible").</summary>
    public string Name { get; }

    /// <summary>The template as written, placeholders included.</summary>
    public string Text { get; }

    /// <summary>The placeholders' names, in order of first appearance.</summary>
    public IReadOnlyList<string> Placeholders => _distinctPlaceholders;

    /// <summary>The sentence names the column as the file wrote it (<see cref="ColumnPlaceholder"/>).</summary>
    public bool NamesColumn => Array.IndexOf(_distinctPlaceholders, ColumnPlaceholder) >= 0;

    /// <summary>The template for a reader of the documentation: each placeholder written by <paramref name="placeholder"/>.</summary>
    public string Display(Func<string, string> placeholder)
    {
        var text = new StringBuilder(Text.Length + 16);
        for (var i = 0; i < _placeholders.Length; i++) text.Append(_literals[i]).Append(placeholder(_placeholders[i]));
        return text.Append(_literals[^1]).ToString();
    }

    /// <summary>
    /// Fills every placeholder; each argument must name one, and each placeholder must get one —
    /// but <see cref="ColumnPlaceholder"/>, which the message may wait for.
    /// </summary>
    /// <exception cref="IssueTemplateException">An argument is missing, unknown or given twice.</exception>
    public IssueMessage Format(params ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        for (var i = 0; i < arguments.Length; i++)
        {
            var name = arguments[i].Name;
            if (Array.IndexOf(_placeholders, name) < 0)
                throw new IssueTemplateException($"{Definition.Code}.{Name}: no placeholder {{{name}}} in \"{Text}\".");
            for (var j = 0; j < i; j++)
                if (arguments[j].Name == name) throw new IssueTemplateException($"{Definition.Code}.{Name}: {{{name}}} given twice.");
        }
        // Checked now, though the sentence is written when first read: a rule's mistake shows where it raises.
        foreach (var placeholder in _distinctPlaceholders)
            if (placeholder != ColumnPlaceholder && !Gives(arguments, placeholder))
                throw new IssueTemplateException($"{Definition.Code}.{Name}: missing argument {{{placeholder}}} for \"{Text}\".");
        return new IssueMessage(this, arguments.ToArray());
    }

    /// <summary>A message that waited for its column, with it.</summary>
    internal IssueMessage InColumn((string Name, object? Value)[] arguments, string column) => new(this, arguments, column);

    /// <summary>The sentence, once a message's text is read: <paramref name="column"/>, or « … » when the column is still to come.</summary>
    internal string Render((string Name, object? Value)[] arguments, string? column)
    {
        var awaitsColumn = NamesColumn && !Gives(arguments, ColumnPlaceholder);
        var text = new StringBuilder(Text.Length + 32);
        for (var i = 0; i < _placeholders.Length; i++)
        {
            text.Append(_literals[i]);
            text.Append(awaitsColumn && _placeholders[i] == ColumnPlaceholder ? column ?? "…" : Shown(Find(arguments, _placeholders[i])));
        }
        return text.Append(_literals[^1]).ToString();
    }

    internal static bool Gives(ReadOnlySpan<(string Name, object? Value)> arguments, string name)
    {
        foreach (var (candidate, _) in arguments)
            if (candidate == name) return true;
        return false;
    }

    private static object? Find(ReadOnlySpan<(string Name, object? Value)> arguments, string name)
    {
        foreach (var (candidate, value) in arguments)
            if (candidate == name) return value;
        throw new UnreachableException(name);
    }

    // Numbers are written without grouping, as in a cell reference or a line number; a rule that
    // wants a French grouped figure passes it already formatted.
    private static string Shown(object? value) => value switch
    {
        null => "",
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Splits the text into n+1 literals around n placeholders.</summary>
    private static (string[] Literals, string[] Placeholders) Parse(string text, string code, string name)
    {
        var literals = new List<string>();
        var placeholders = new List<string>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if ((ch == '{' || ch == '}') && i + 1 < text.Length && text[i + 1] == ch)
            {
                literal.Append(ch);
                i++;
                continue;
            }
            if (ch == '}') throw new IssueTemplateException($"{code}.{name}: lone '}}' at {i} in \"{text}\".");
            if (ch != '{')
            {
                literal.Append(ch);
                continue;
            }
            var end = text.IndexOf('}', i + 1);
            var placeholder = end < 0 ? "" : text[(i + 1)..end];
            if (placeholder.Length == 0 || !placeholder.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetterUpper(placeholder[0]))
                throw new IssueTemplateException($"{code}.{name}: malformed placeholder at {i} in \"{text}\".");
            literals.Add(literal.ToString());
            literal.Clear();
            placeholders.Add(placeholder);
            i = end;
        }
        literals.Add(literal.ToString());
        return ([.. literals], [.. placeholders]);
    }
}

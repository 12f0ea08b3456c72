using System.CommandLine;
using System.CommandLine.Invocation;
using System.Globalization;
using System.Text;

namespace Fnavdl.Cli;

/// <summary>
/// `--help` in French, wrapped to 80 columns: System.CommandLine's own help prints English titles,
/// "(REQUIRED)" and "[default: …]" whatever the user's locale.
/// </summary>
internal sealed class FrenchHelp(CliConsole console) : SynchronousCommandLineAction
{
    public const int Width = 80;
    private const int Indent = 2;

    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        console.Out.Write(Render(parseResult.CommandResult.Command));
        return ExitCodes.Ok;
    }

    /// <summary>Puts this help and French descriptions on the root's --help and --version options.</summary>
    public static void Install(RootCommand root, CliConsole console)
    {
        foreach (var option in root.Options)
        {
            if (option is System.CommandLine.Help.HelpOption help)
            {
                help.Description = "Affiche cette aide.";
                help.Action = new FrenchHelp(console);
            }
            else if (option is VersionOption version) version.Description = "Affiche la version de fnavdl.";
        }
    }

    public static string Render(Command command)
    {
        var text = new StringBuilder();
        var path = command is RootCommand ? "fnavdl" : $"fnavdl {command.Name}";
        if (command.Description is { Length: > 0 } description) Wrap(text, description, 0, Width);
        text.AppendLine();
        text.AppendLine("Utilisation :");
        var usage = new StringBuilder(Indent + path.Length).Append(' ', Indent).Append(path);
        foreach (var argument in command.Arguments) usage.Append(CultureInfo.InvariantCulture, $" <{argument.Name}>");
        if (command.Subcommands.Count > 0) usage.Append(" [commande]");
        usage.Append(" [options]");
        text.AppendLine(usage.ToString());
        Section(text, "Arguments :", command.Arguments.Select(a => ($"<{a.Name}>", a.Description ?? "")));
        Section(text, "Options :", AllOptions(command).Select(o => (Label(o), Describe(o))));
        Section(text, "Commandes :", command.Subcommands.Select(c =>
            (string.Join(' ', c.Arguments.Select(a => $"<{a.Name}>").Prepend(c.Name)), c.Description ?? "")));
        if (command.Subcommands.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Aide d'une commande : fnavdl COMMANDE --help");
        }
        return text.ToString();
    }

    // The command's own options, then the recursive ones (--help) it inherits from the root.
    private static IEnumerable<Option> AllOptions(Command command)
    {
        var own = command.Options.ToList();
        var inherited = command is RootCommand
            ? []
            : AncestorsOf(command).SelectMany(c => c.Options).Where(o => o.Recursive && !own.Contains(o));
        return own.Concat(inherited).Where(o => !o.Hidden);
    }

    private static IEnumerable<Command> AncestorsOf(Command command) =>
        command.Parents.OfType<Command>().SelectMany(p => AncestorsOf(p).Prepend(p));

    private static string Label(Option option)
    {
        var names = option.Aliases.Append(option.Name).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        return takesValue ? $"{label} <{option.HelpName ?? option.Name.TrimStart('-')}>" : label;
    }

    private static string Describe(Option option)
    {
        var description = option.Description ?? "";
        if (option.Required) description += " (obligatoire)";
        return description;
    }

    private static void Section(StringBuilder text, string title, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        text.AppendLine();
        text.AppendLine(title);
        var labelWidth = Math.Min(list.Max(r => r.Label.Length), 28);
        foreach (var (label, description) in list)
        {
            var start = Indent + labelWidth + 2;
            if (label.Length > labelWidth)
            {
                text.Append(' ', Indent).AppendLine(label);
                Wrap(text, description, start, Width);
                continue;
            }
            var first = new StringBuilder().Append(' ', Indent).Append(label.PadRight(labelWidth + 2));
            Wrap(text, description, start, Width, first.ToString());
        }
    }

    /// <summary>Word-wraps <paramref name="words"/> to <paramref name="width"/>, each line indented by <paramref name="indent"/>.</summary>
    private static void Wrap(StringBuilder text, string words, int indent, int width, string? firstPrefix = null)
    {
        var line = new StringBuilder(firstPrefix ?? new string(' ', indent));
        var empty = true;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!empty && line.Length + 1 + word.Length > width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(' ', indent);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        text.AppendLine(line.ToString().TrimEnd());
    }
}

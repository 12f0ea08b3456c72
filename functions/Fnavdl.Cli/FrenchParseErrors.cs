using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Fnavdl.Cli;

/// <summary>
/// System.CommandLine's parse errors in French. Its French resources are incomplete (and the
/// conversion error names a .NET type: "System.Nullable`1[System.Int32]"), so the command line is parsed
/// under the invariant culture — the messages are then the library's English templates, whatever the
/// user's locale — and each template is rewritten here. A message no rule knows still reaches the user,
/// behind a French lead-in.
/// </summary>
internal static partial class FrenchParseErrors
{
    private static readonly (Regex English, Func<Match, string> French)[] Rules =
    [
        (Ours(), m => m.Value),
        (CannotParse(), m => $"Valeur invalide pour {m.Groups[2]} : « {m.Groups[1]} »."),
        (OptionArgumentMissing(), m => $"Valeur manquante pour l'option {m.Groups[1]}."),
        (CommandArgumentMissing(), m => $"Argument manquant pour la commande « {m.Groups[1]} » (voir fnavdl {m.Groups[1]} --help)."),
        (OptionRequired(), m => $"L'option {m.Groups[1]} est obligatoire."),
        (CommandRequired(), _ => "Commande manquante : indiquez ce que fnavdl doit faire (validate, ingest, demo, indicators, summary, query, pull…)."),
        (Unrecognized(), m => $"Commande ou argument inconnu : « {m.Groups[1]} »."),
        (NotAmong(), m => $"Valeur non reconnue : « {m.Groups[1]} » (valeurs admises : {string.Join(", ", Quoted().Matches(m.Groups[2].Value).Select(v => v.Groups[1].Value))})."),
        (SingleArgument(), m => $"L'option {m.Groups[1]} n'accepte qu'une valeur ({m.Groups[2]} données)."),
    ];

    /// <summary>
    /// Every error in French; "no command given" is left out when a word was not understood
    /// (`fnavdl frob`): the unknown word is the real mistake.
    /// </summary>
    public static IReadOnlyList<string> DescribeAll(IReadOnlyList<ParseError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var relevant = errors.Count > 1 ? errors.Where(e => !CommandRequired().IsMatch(e.Message.Trim())) : errors;
        return [.. relevant.Select(Describe)];
    }

    public static string Describe(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = error.Message.Trim();
        foreach (var (english, french) in Rules)
        {
            var match = english.Match(message);
            if (match.Success) return french(match);
        }
        return $"Ligne de commande invalide : {message}";
    }

    /// <summary>The errors fnavdl's own parsers add (<see cref="StoreOptions.Year"/>) are French already.</summary>
    [GeneratedRegex(@"^Valeur invalide pour .*$", RegexOptions.Singleline)]
    private static partial Regex Ours();

    [GeneratedRegex(@"^Cannot parse argument '(.*)' for (?:option|command) '(.*)' as expected type '.*'\.$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Required argument missing for option: '(.*)'\.$")]
    private static partial Regex OptionArgumentMissing();

    [GeneratedRegex(@"^Required argument missing for command: '(.*)'\.$")]
    private static partial Regex CommandArgumentMissing();

    [GeneratedRegex(@"^Option '(.*)' is required\.$")]
    private static partial Regex OptionRequired();

    [GeneratedRegex(@"^Required command was not provided\.$")]
    private static partial Regex CommandRequired();

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$")]
    private static partial Regex SingleArgument();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}

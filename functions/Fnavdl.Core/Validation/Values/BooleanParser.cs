using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// Reads a yes/no value: oui/non, o/n, yes/no, y/n, vrai/faux, true/false, 1/0 and x (yes; an
/// empty cell is absent, which the caller handles), case-, accent- and punctuation-insensitively;
/// boolean cells; number cells 1 and 0.
/// </summary>
internal static class BooleanParser
{
    private static readonly Dictionary<string, bool> Words = new(StringComparer.Ordinal)
    {
        ["oui"] = true, ["o"] = true, ["yes"] = true, ["y"] = true, ["vrai"] = true, ["true"] = true,
        ["1"] = true, ["x"] = true,
        ["non"] = false, ["n"] = false, ["no"] = false, ["faux"] = false, ["false"] = false, ["0"] = false,
    };

    /// <summary>The words read as yes, and as no, in lower case (the published schema lists them).</summary>
    public static IReadOnlyList<string> TrueWords { get; } = [.. Words.Where(w => w.Value).Select(w => w.Key)];
    public static IReadOnlyList<string> FalseWords { get; } = [.. Words.Where(w => !w.Value).Select(w => w.Key)];

    public static bool TryParse(in RawValue raw, out bool value, out IssueMessage? error)
    {
        value = false;
        error = null;
        switch (raw.Kind)
        {
            case RawValueKind.Boolean:
                value = raw.Boolean;
                return true;
            case RawValueKind.Number when raw.Number is 0 or 1:
                value = raw.Number == 1;
                return true;
            case RawValueKind.Text when Words.TryGetValue(HeaderKey.Normalise(raw.Text!), out var word):
                value = word;
                return true;
            case RawValueKind.Empty:
                error = IssueCatalog.BooleenInvalide.Vide.Format();
                return false;
            default:
                error = IssueCatalog.BooleenInvalide.Illisible.Format(("Valeur", raw.Display.Trim()));
                return false;
        }
    }
}

using System.Reflection;

namespace Fnavdl.Core.Issues;

/// <summary>
/// Every issue code with its severity, French title, advice and message templates, kept apart from
/// the rules (as FluentValidation keeps messages apart from validators) so one problem is always
/// worded the same way, whichever reader or rule finds it. A rule raises
/// <c>IssueCatalog.MontantInvalide.Illisible.Format(("Valeur", shown))</c>; it never writes French
/// text nor chooses a severity. One nested class per code, in <c>IssueCatalog.*.cs</c>; the published
/// list (docs/codes-erreurs.md) is generated from here.
/// </summary>
public static partial class IssueCatalog
{
    private static readonly Lazy<IReadOnlyList<IssueDefinition>> Definitions = new(Collect);

    /// <summary>Every definition, in the order of <see cref="IssueCodes"/>.</summary>
    public static IReadOnlyList<IssueDefinition> All => Definitions.Value;

    /// <summary>The definition of a code, or null for a code the catalogue does not hold.</summary>
    public static IssueDefinition? Find(string code) => All.FirstOrDefault(d => d.Code == code);

    private static IReadOnlyList<IssueDefinition> Collect()
    {
        var byCode = typeof(IssueCatalog).GetNestedTypes(BindingFlags.Public)
            .Select(t => t.GetField(nameof(FichierIllisible.Definition), BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<IssueDefinition>()
            .ToDictionary(d => d.Code);
        var order = IssueCodes.All.Select((code, index) => (code, index)).ToDictionary(p => p.code, p => p.index);
        return [.. byCode.Values.OrderBy(d => order.GetValueOrDefault(d.Code, int.MaxValue)).ThenBy(d => d.Code, StringComparer.Ordinal)];
    }
}

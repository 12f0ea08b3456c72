using Fnavdl.Core.Issues;
using S = Fnavdl.Core.Schema.Definition.SuiviDefinition;

namespace Fnavdl.Core.Validation.Rules;

/// <summary>
/// The household counts of a <c>suivi</c> row must nest (report-format.md): households that left are at
/// most those followed, and rehousings and kept homes are each at most those that left.
/// </summary>
internal static class FollowUpCounts
{
    /// <summary>A count larger than the one it is part of: the field to blame and the catalogue's message.</summary>
    public sealed record Breach(string Field, int Value, IssueMessage Message);

    public static IEnumerable<Breach> Check(int? accompagnes, int? sortis, int? relogements, int? maintiens)
    {
        if (sortis > accompagnes)
            yield return new(S.MenagesSortis.Name, sortis.Value, IssueCatalog.IncoherenceMenages.SortisAuDelaDesAccompagnes.Format(("Sortis", sortis), ("Accompagnes", accompagnes)));
        if (relogements > sortis)
            yield return new(S.Relogements.Name, relogements.Value, IssueCatalog.IncoherenceMenages.RelogementsAuDelaDesSortis.Format(("Relogements", relogements), ("Sortis", sortis)));
        if (maintiens > sortis)
            yield return new(S.Maintiens.Name, maintiens.Value, IssueCatalog.IncoherenceMenages.MaintiensAuDelaDesSortis.Format(("Maintiens", maintiens), ("Sortis", sortis)));
    }
}

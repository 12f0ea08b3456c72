using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Validation.Rules;
using S = Fnavdl.Core.Schema.Definition.SuiviDefinition;

namespace Fnavdl.Core.Validation;

/// <summary>Turns `suivi` source rows into canonical <see cref="Suivi"/> rows.</summary>
internal sealed class SuiviNormaliser(ColumnMap columns, RowReader row, string uploadRegion,
    AdministrativeReference reference, ISet<string> knownProjects)
{
    private readonly DuplicateKeys _keys = new();
    private readonly int _codeRegion = columns.IndexOf(CommonDefinitions.CodeRegion);
    private readonly int _annee = columns.IndexOf(S.Annee);
    private readonly int _idProjet = columns.IndexOf(S.IdProjet);
    private readonly int _accompagnes = columns.IndexOf(S.MenagesAccompagnes);
    private readonly int _sortis = columns.IndexOf(S.MenagesSortis);
    private readonly int _relogements = columns.IndexOf(S.Relogements);
    private readonly int _maintiens = columns.IndexOf(S.Maintiens);
    private readonly int _consomme = columns.IndexOf(S.MontantConsomme);

    public Suivi? Normalise(Reading.RawRow raw)
    {
        row.Begin(raw);
        RegionCheck.Check(row, _codeRegion, uploadRegion, reference);
        var annee = row.Year(_annee, S.Annee);
        var id = row.Text(_idProjet, S.IdProjet);
        var accompagnes = row.Integer(_accompagnes, S.MenagesAccompagnes);
        var sortis = row.Integer(_sortis, S.MenagesSortis);
        var relogements = row.Integer(_relogements, S.Relogements);
        var maintiens = row.Integer(_maintiens, S.Maintiens);
        var consomme = row.Amount(_consomme, S.MontantConsomme);

        foreach (var breach in FollowUpCounts.Check(accompagnes, sortis, relogements, maintiens))
            row.Raise(breach.Message, breach.Field, breach.Value.ToString(CultureInfo.InvariantCulture));

        if (annee is not null && id is not null)
        {
            Span<char> year = stackalloc char[11];
            annee.Value.TryFormat(year, out var yearLength, provider: CultureInfo.InvariantCulture);
            if (_keys.FirstRow(year[..yearLength], id, raw.RowNumber) is { } first)
                row.Raise(IssueCatalog.LigneEnDouble.Suivi.Format(("IdProjet", id), ("Annee", annee), ("PremiereLigne", first)), S.IdProjet.Name, id);
            else if (!knownProjects.Contains(id))
                row.Raise(IssueCatalog.ProjetInconnu.Region.Format(("IdProjet", id), ("Region", uploadRegion)), S.IdProjet.Name, id);
        }

        if (row.HasErrors || annee is null || id is null || accompagnes is null) return null;
        return new Suivi
        {
            CodeRegion = uploadRegion,
            Annee = annee.Value,
            IdProjet = id,
            MenagesAccompagnes = accompagnes.Value,
            MenagesSortis = sortis,
            Relogements = relogements,
            Maintiens = maintiens,
            MontantConsomme = consomme,
            SourceRow = raw.RowNumber,
            SourceSheet = row.Issues.CurrentSheet,
        };
    }
}

using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Validation;

/// <summary>Turns `suivi` source rows into canonical <see cref="Suivi"/> rows.</summary>
internal sealed class SuiviNormaliser(ColumnMap columns, RowReader row, string uploadRegion,
    AdministrativeReference reference, ISet<string> knownProjects)
{
    private readonly DuplicateKeys _keys = new();
    private readonly int _codeRegion = columns.IndexOf("code_region");
    private readonly int _annee = columns.IndexOf("annee");
    private readonly int _idProjet = columns.IndexOf("id_projet");
    private readonly int _accompagnes = columns.IndexOf("menages_accompagnes");
    private readonly int _sortis = columns.IndexOf("menages_sortis");
    private readonly int _relogements = columns.IndexOf("relogements");
    private readonly int _maintiens = columns.IndexOf("maintiens");
    private readonly int _consomme = columns.IndexOf("montant_consomme");

    public Suivi? Normalise(Reading.RawRow raw)
    {
        row.Begin(raw);
        RegionCheck.Check(row, _codeRegion, uploadRegion, reference);
        var annee = row.Year(_annee, "annee", required: true);
        var id = row.Text(_idProjet, "id_projet", required: true);
        var accompagnes = row.Integer(_accompagnes, "menages_accompagnes", required: true, 0, int.MaxValue);
        var sortis = row.Integer(_sortis, "menages_sortis", required: false, 0, int.MaxValue);
        var relogements = row.Integer(_relogements, "relogements", required: false, 0, int.MaxValue);
        var maintiens = row.Integer(_maintiens, "maintiens", required: false, 0, int.MaxValue);
        var consomme = row.Amount(_consomme, "montant_consomme", required: false);

        if (sortis > accompagnes)
            row.Error(IssueCodes.IncoherenceMenages, $"Plus de ménages sortis ({sortis}) que de ménages accompagnés ({accompagnes}).", "menages_sortis", sortis.ToString());
        if (relogements > sortis)
            row.Error(IssueCodes.IncoherenceMenages, $"Plus de relogements ({relogements}) que de ménages sortis ({sortis}).", "relogements", relogements.ToString());
        if (maintiens > sortis)
            row.Error(IssueCodes.IncoherenceMenages, $"Plus de maintiens dans le logement ({maintiens}) que de ménages sortis ({sortis}).", "maintiens", maintiens.ToString());

        if (annee is not null && id is not null)
        {
            if (_keys.FirstRow($"{annee}\u001f{id}", raw.RowNumber) is { } first)
                row.Error(IssueCodes.LigneEnDouble, $"Le suivi du projet « {id} » pour {annee} figure déjà ligne {first}.", "id_projet", id);
            else if (!knownProjects.Contains(id))
                row.Warning(IssueCodes.ProjetInconnu,
                    $"Aucun projet « {id} » n'a encore été déposé pour la région {uploadRegion} : la ligne est conservée ; déposez aussi le fichier des projets.",
                    "id_projet", id);
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

using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Validation;

/// <summary>Turns `enveloppes` source rows into canonical <see cref="Enveloppe"/> rows.</summary>
internal sealed class EnveloppesNormaliser(ColumnMap columns, RowReader row, string uploadRegion, AdministrativeReference reference)
{
    private readonly DuplicateKeys _years = new();
    private readonly int _codeRegion = columns.IndexOf("code_region");
    private readonly int _annee = columns.IndexOf("annee");
    private readonly int _enveloppe = columns.IndexOf("enveloppe");

    public Enveloppe? Normalise(Reading.RawRow raw)
    {
        row.Begin(raw);
        RegionCheck.Check(row, _codeRegion, uploadRegion, reference);
        var annee = row.Year(_annee, "annee", required: true);
        var montant = row.Amount(_enveloppe, "enveloppe", required: true);
        if (annee is not null && _years.FirstRow(annee.Value.ToString(), raw.RowNumber) is { } first)
            row.Error(IssueCodes.LigneEnDouble, $"L'enveloppe de {annee} figure déjà ligne {first} : une seule enveloppe par région et par année.", "annee", annee.ToString());
        if (row.HasErrors || annee is null || montant is null) return null;
        return new Enveloppe
        {
            CodeRegion = uploadRegion,
            Annee = annee.Value,
            Montant = montant.Value,
            SourceRow = raw.RowNumber,
            SourceSheet = row.Issues.CurrentSheet,
        };
    }
}

using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using E = Fnavdl.Core.Schema.Definition.EnveloppesDefinition;

namespace Fnavdl.Core.Validation;

/// <summary>Turns `enveloppes` source rows into canonical <see cref="Enveloppe"/> rows.</summary>
internal sealed class EnveloppesNormaliser(ColumnMap columns, RowReader row, string uploadRegion, AdministrativeReference reference)
{
    private readonly DuplicateKeys _years = new();
    private readonly int _codeRegion = columns.IndexOf(CommonDefinitions.CodeRegion);
    private readonly int _annee = columns.IndexOf(E.Annee);
    private readonly int _enveloppe = columns.IndexOf(E.Enveloppe);

    public Enveloppe? Normalise(Reading.RawRow raw)
    {
        row.Begin(raw);
        RegionCheck.Check(row, _codeRegion, uploadRegion, reference);
        var annee = row.Year(_annee, E.Annee);
        var montant = row.Amount(_enveloppe, E.Enveloppe);
        if (annee is not null && _years.FirstRow(annee.Value.ToString(CultureInfo.InvariantCulture), raw.RowNumber) is { } first)
            row.Raise(IssueCatalog.LigneEnDouble.Enveloppe.Format(("Annee", annee), ("PremiereLigne", first)), E.Annee.Name, annee.Value.ToString(CultureInfo.InvariantCulture));
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

using Fnavdl.Core.Issues;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Schema.Canonical;
using Fnavdl.Core.Schema.Definition;
using Fnavdl.Core.Schema.Vocabularies;
using Fnavdl.Core.Validation.Rules;
using Fnavdl.Core.Validation.Values;
using P = Fnavdl.Core.Schema.Definition.ProjetsDefinition;

namespace Fnavdl.Core.Validation;

/// <summary>Turns `projets` source rows into canonical <see cref="Projet"/> rows, reporting every problem.</summary>
internal sealed class ProjetsNormaliser
{
    private readonly string _region;
    private readonly AdministrativeReference _reference;
    private readonly RowReader _row;
    private readonly DuplicateKeys _ids;
    private readonly int _codeRegion, _annee, _appel, _dateDecision, _idProjet, _intitule, _porteur, _typePorteur,
        _siren, _coPorteurs, _typesCoPorteurs, _coPortage, _thematiques, _departements, _epci, _montantAccorde,
        _montantDemande, _menagesPrevus, _dureeMois, _volet;

    /// <param name="expectedRows">How many rows the table likely has (0 when unknown), to size the check of repeated ids.</param>
    public ProjetsNormaliser(ColumnMap columns, RowReader row, string uploadRegion, AdministrativeReference reference, int expectedRows = 0)
    {
        _ids = new DuplicateKeys(expectedRows);
        _row = row;
        _region = uploadRegion;
        _reference = reference;
        _codeRegion = columns.IndexOf(CommonDefinitions.CodeRegion);
        _annee = columns.IndexOf(P.Annee);
        _appel = columns.IndexOf(P.AppelAProjets);
        _dateDecision = columns.IndexOf(P.DateDecision);
        _idProjet = columns.IndexOf(P.IdProjet);
        _intitule = columns.IndexOf(P.Intitule);
        _porteur = columns.IndexOf(P.Porteur);
        _typePorteur = columns.IndexOf(P.TypePorteur);
        _siren = columns.IndexOf(P.SirenPorteur);
        _coPorteurs = columns.IndexOf(P.CoPorteurs);
        _typesCoPorteurs = columns.IndexOf(P.TypesCoPorteurs);
        _coPortage = columns.IndexOf(P.CoPortage);
        _thematiques = columns.IndexOf(P.Thematiques);
        _departements = columns.IndexOf(P.Departements);
        _epci = columns.IndexOf(P.Epci);
        _montantAccorde = columns.IndexOf(P.MontantAccorde);
        _montantDemande = columns.IndexOf(P.MontantDemande);
        _menagesPrevus = columns.IndexOf(P.MenagesPrevus);
        _dureeMois = columns.IndexOf(P.DureeMois);
        _volet = columns.IndexOf(P.Volet);
    }

    /// <summary>`annee` is required unless `date_decision` gives the year: a header check.</summary>
    public static void CheckHeader(ColumnMap columns, IssueCollector issues)
    {
        if (!columns.Has(P.Annee.Name) && !columns.Has(P.DateDecision.Name))
            issues.Raise(IssueCatalog.ColonneObligatoireManquante.AnneeSansDateDecision.Format(), field: P.Annee.Name);
    }

    public Projet? Normalise(Reading.RawRow raw)
    {
        var row = _row;
        row.Begin(raw);
        RegionCheck.Check(row, _codeRegion, _region, _reference);

        var dateDecision = row.Date(_dateDecision, P.DateDecision);
        var annee = row.Year(_annee, P.Annee);
        if (annee is null && row.Raw(_annee).IsEmpty)
        {
            if (dateDecision is { } date) annee = date.Year;
            else if (row.Raw(_dateDecision).IsEmpty && (_annee >= 0 || _dateDecision >= 0))
                // Named by the year's column, or by the decision date's when the file has no year column.
                row.Raise(IssueCatalog.ValeurObligatoireManquante.AnneeNonDeductible.Format(), _annee >= 0 ? P.Annee.Name : P.DateDecision.Name);
        }

        var appel = row.Text(_appel, P.AppelAProjets);
        var id = row.Text(_idProjet, P.IdProjet);
        if (appel is not null && id is not null && _ids.FirstRow(appel, id, raw.RowNumber) is { } first)
            row.Raise(IssueCatalog.IdProjetEnDouble.Appel.Format(("IdProjet", id), ("Appel", appel), ("PremiereLigne", first)), P.IdProjet.Name, id);

        var intitule = row.Text(_intitule, P.Intitule);
        var porteur = row.Text(_porteur, P.Porteur);
        var typePorteur = CarrierType(row.Text(_typePorteur, P.TypePorteur), P.TypePorteur.Name);
        var siren = Siren(row.Text(_siren, P.SirenPorteur));

        var coPorteurs = row.List(_coPorteurs, P.CoPorteurs);
        var typeTexts = row.List(_typesCoPorteurs, P.TypesCoPorteurs);
        string?[] coTypes = typeTexts.Count == 0 ? [] : new string?[typeTexts.Count];
        for (var i = 0; i < typeTexts.Count; i++) coTypes[i] = CarrierType(typeTexts[i], P.TypesCoPorteurs.Name);
        if (typeTexts.Count > 0 && typeTexts.Count != coPorteurs.Count)
            row.Raise(IssueCatalog.CoPorteursNonAlignes.Nombres.Format(("CoPorteurs", coPorteurs.Count), ("Types", typeTexts.Count)),
                P.TypesCoPorteurs.Name, row.Raw(_typesCoPorteurs).Display);
        var coPortage = row.Boolean(_coPortage, P.CoPortage);

        var thematiques = Themes(row.List(_thematiques, P.Thematiques));
        var departements = Departements(row.List(_departements, P.Departements));
        var epci = Epci(row.List(_epci, P.Epci));

        var montant = row.Amount(_montantAccorde, P.MontantAccorde);
        var demande = row.Amount(_montantDemande, P.MontantDemande);
        var menages = row.Integer(_menagesPrevus, P.MenagesPrevus);
        var duree = row.Integer(_dureeMois, P.DureeMois);
        var volet = Volet(row.Text(_volet, P.Volet));

        // A value can also be absent because its whole column is missing (one header error).
        if (row.HasErrors || annee is null || appel is null || id is null || intitule is null || porteur is null
            || typePorteur is null || montant is null || thematiques.Length == 0 || departements.Length == 0) return null;

        var carrierTypes = _carrierTypes;
        carrierTypes.Clear();
        carrierTypes.Add(typePorteur);
        foreach (var t in coTypes) if (t is not null) carrierTypes.Add(t);
        var coPortageDerive = CarrierRules.CoPortageDerive(carrierTypes);
        if (coPortage is { } declared && declared != coPortageDerive)
            row.Raise((declared ? IssueCatalog.CoPortageIncoherent.OuiDeduitNon : IssueCatalog.CoPortageIncoherent.NonDeduitOui).Format(),
                P.CoPortage.Name, row.Raw(_coPortage).Display);

        var co = new CoPorteur[coPorteurs.Count];
        for (var i = 0; i < co.Length; i++) co[i] = new CoPorteur(coPorteurs[i], i < coTypes.Length ? coTypes[i] : null);

        return new Projet
        {
            CodeRegion = _region,
            Annee = annee.Value,
            AppelAProjets = appel,
            DateDecision = dateDecision,
            IdProjet = id,
            Intitule = intitule,
            Porteur = porteur,
            TypePorteur = typePorteur,
            SirenPorteur = siren,
            CoPorteurs = co,
            CoPortage = coPortage,
            Thematiques = thematiques,
            Departements = departements,
            Epci = epci,
            MontantAccorde = montant.Value,
            MontantDemande = demande,
            MenagesPrevus = menages,
            DureeMois = duree,
            Volet = volet,
            CoPortageDerive = coPortageDerive,
            PortageBailleur = CarrierRules.PortageBailleur(carrierTypes),
            SourceRow = raw.RowNumber,
            SourceSheet = _row.Issues.CurrentSheet,
        };
    }

    private string? CarrierType(string? text, string field)
    {
        if (text is null) return null;
        if (CarrierTypeVocabulary.Match(text) is { } code) return code;
        _row.Raise(IssueCatalog.ValeurHorsVocabulaire.TypePorteur.Format(), field, text);
        return null;
    }

    private string? Siren(string? text)
    {
        if (text is null) return null;
        if (TrySirenDigits(text, out var digits) && SirenNumber.IsValid(digits)) return digits;
        _row.Raise(IssueCatalog.SirenInvalide.CleDeControle.Format(), P.SirenPorteur.Name, text);
        return null;
    }

    // Scratch lists reused from row to row (a normaliser reads one table, on one thread): each
    // list cell then costs its result array only.
    private readonly List<Thematique> _themes = [];
    private readonly List<string> _codes = [];
    private readonly List<string> _kept = [];
    private readonly List<string> _carrierTypes = [];

    /// <summary><see cref="SirenNumber.TryNormalise"/>, without a copy for the usual cell that is already bare digits (its own normal form).</summary>
    private static bool TrySirenDigits(string text, out string digits)
    {
        if (text.Length is 9 or 14 && NumberText.AllAsciiDigits(text))
        {
            digits = text;
            return true;
        }
        return SirenNumber.TryNormalise(text, out digits);
    }

    private Thematique[] Themes(IReadOnlyList<string> labels)
    {
        var themes = _themes;
        themes.Clear();
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var code = ThemeVocabulary.Match(label);
            if (code is null)
            {
                code = "autre";
                _row.Raise(IssueCatalog.ThematiqueInconnue.Autre.Format(), P.Thematiques.Name, label);
            }
            if (code == "autre" || !HasTheme(themes, code)) themes.Add(new Thematique(code, label));
        }
        return [.. themes];
    }

    private static bool HasTheme(List<Thematique> themes, string code)
    {
        foreach (var theme in themes)
            if (theme.Code == code) return true;
        return false;
    }

    private string[] Departements(IReadOnlyList<string> items)
    {
        var result = _kept;
        result.Clear();
        foreach (var code in Codes(items))
        {
            var departement = _reference.FindDepartement(code);
            if (departement is null)
                _row.Raise(IssueCatalog.DepartementInconnu.Referentiel.Format(), P.Departements.Name, code);
            else if (departement.CodeRegion != _region)
                _row.Raise(IssueCatalog.DepartementHorsRegion.Departement.Format(
                    ("Departement", departement.Code), ("Nom", departement.Nom), ("Region", _region)), P.Departements.Name, code);
            else if (!result.Contains(departement.Code))
                result.Add(departement.Code);
        }
        return [.. result];
    }

    private string[] Epci(IReadOnlyList<string> items)
    {
        var result = _kept;
        result.Clear();
        foreach (var text in Codes(items))
        {
            var epci = TrySirenDigits(text, out var digits) ? _reference.FindEpci(digits) : null;
            if (epci is null)
                _row.Raise(IssueCatalog.EpciInconnu.Referentiel.Format(), P.Epci.Name, text);
            else if (!epci.RegionsOfMembers.Contains(_region))
                _row.Raise(IssueCatalog.EpciHorsRegion.Epci.Format(("Siren", epci.Siren), ("Nom", epci.Nom), ("Region", _region)), P.Epci.Name, text);
            else if (!result.Contains(epci.Siren))
                result.Add(epci.Siren);
        }
        return [.. result];
    }

    /// <summary>
    /// The list splitter keeps "13,84" whole because it could be an amount; department and EPCI
    /// codes never hold a comma, so here it can only separate two codes. A "code — nom" item (the
    /// template's drop-down lists) is read by its code.
    /// </summary>
    private List<string> Codes(IReadOnlyList<string> items)
    {
        var codes = _codes;
        codes.Clear();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var code = item.IndexOf(" — ", StringComparison.Ordinal) is var dash and > 0 ? item[..dash].Trim() : item;
            if (!code.Contains(',', StringComparison.Ordinal)) codes.Add(code);
            else codes.AddRange(code.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        return codes;
    }

    private string? Volet(string? text)
    {
        if (text is null) return null;
        if (VoletVocabulary.Match(text) is { } code) return code;
        _row.Raise(IssueCatalog.ValeurHorsVocabulaire.Volet.Format(), P.Volet.Name, text);
        return null;
    }
}

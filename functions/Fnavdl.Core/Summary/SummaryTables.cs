using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Summary;

/// <summary>The tables of the summary for people, with small cells masked (<see cref="SmallCells"/>).</summary>
internal static class SummaryTables
{
    // Anchors of the page's tables, which the charts link to.
    public const string RegionsAnchor = "tableau-regions";
    public const string CarriersAnchor = "tableau-co-portage";
    public const string ThemesAnchor = "tableau-thematiques";

    /// <summary>The national headline figures, in this order.</summary>
    public static IReadOnlyList<string> Headline { get; } =
    [
        Indicateurs.NbProjets, Indicateurs.MontantAccordeTotal, Indicateurs.MontantAccordeMoyen, Indicateurs.TauxCoPortage,
        Indicateurs.TauxCoPortageMontant, Indicateurs.TauxPortageBailleur, Indicateurs.TauxImplicationEpci, Indicateurs.NbEpciDistincts,
        Indicateurs.PartPopulationEpciImpliques, Indicateurs.Enveloppe, Indicateurs.TauxEngagement, Indicateurs.MenagesPrevusTotal,
        Indicateurs.MenagesAccompagnes, Indicateurs.TauxRelogement, Indicateurs.TauxMaintien, Indicateurs.CoutParMenageAccompagne,
        Indicateurs.DiversiteThematique, Indicateurs.NbRegionsDeclarantes,
    ];

    private static readonly string[] RegionColumns =
    [
        Indicateurs.NbProjets, Indicateurs.MontantAccordeTotal, Indicateurs.Enveloppe, Indicateurs.TauxEngagement,
        Indicateurs.MenagesPrevusTotal, Indicateurs.MenagesAccompagnes, Indicateurs.TauxRelogement, Indicateurs.TauxMaintien,
    ];

    private static readonly string[] CarrierColumns =
    [
        Indicateurs.TauxCoPortage, Indicateurs.TauxCoPortageMontant, Indicateurs.TauxPortageBailleur,
        Indicateurs.TauxImplicationEpci, Indicateurs.NbEpciDistincts, Indicateurs.PartPopulationEpciImpliques,
    ];

    /// <summary>When the year before and the change are empty (the builder's rule, <see cref="YearlySummaryBuilder"/>).</summary>
    public const string EmptyWhen =
        "L'année précédente et l'écart sont vides quand le périmètre (la France ou la région) n'a aucun projet l'une des deux années : " +
        "une évolution n'est montrée que si les deux années ont des données. Les écarts de taux sont en points.";

    public static IReadOnlyList<SummaryTable> Build(YearlySummary s)
    {
        var y = s.Annee.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var y1 = s.AnneePrecedente.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var reporting = s.Qualite.Where(q => q.Declarante).ToList();
        var tables = new List<SummaryTable>
        {
            new("chiffres-cles", "Chiffres clés", $"Chiffres clés nationaux {y}",
                "Objectif de la réforme : un tiers des projets co-portés ou portés par un bailleur social. " + EmptyWhen,
                ["Indicateur", y, y1, "Évolution", "Objectif"],
                [.. Headline.Select(code => s.National(code)).OfType<SummaryFigure>().Select(f => (IReadOnlyList<SummaryCell>)
                [
                    SummaryCell.Of(SummaryDefinitions.Label(f.Indicateur)), Value(f), Previous(f), Change(f),
                    f.Indicateur is Indicateurs.TauxCoPortage or Indicateurs.TauxPortageBailleur ? new SummaryCell(null, 1.0 / 3, CellKind.Percent) : SummaryCell.Empty,
                ])]),
            new(RegionsAnchor, "Régions", $"Tableau par région {y}", null,
                ["Code", "Région", .. RegionColumns.Select(SummaryDefinitions.Label)],
                [.. reporting.Select(q => RegionRow(s, q, RegionColumns))], RowHeader: 1),
            new(CarriersAnchor, "Co-portage et EPCI", $"Co-portage et implication des EPCI par région {y}", "Objectif : un tiers.",
                ["Code", "Région", .. CarrierColumns.Select(SummaryDefinitions.Label)],
                [.. reporting.Select(q => RegionRow(s, q, CarrierColumns))], RowHeader: 1),
            new("evolution", "Évolution", $"Évolution par région, {y} par rapport à {y1}", EmptyWhen,
                ["Code", "Région", $"Projets {y}", $"Projets {y1}", "Écart", $"Montant {y}", $"Montant {y1}", "Écart montant", $"Co-portage {y}", $"Co-portage {y1}", "Écart (points)"],
                [.. reporting.Select(q => EvolutionRow(s, q))], RowHeader: 1),
            new(ThemesAnchor, "Thématiques", $"Répartition thématique nationale {y}", null,
                ["Code thématique", "Thématique", "Part des projets", "Montant", "Part du montant"],
                [.. s.Themes(null, Indicateurs.PartProjetsThematique).Select(t => ThemeRow(s, null, t.Dimension!, includeRegion: false))], RowHeader: 1),
            new("tableau-thematiques-regions", "Thématiques par région", $"Répartition thématique par région {y}", null,
                ["Code", "Région", "Code thématique", "Thématique", "Part des projets", "Montant", "Part du montant"],
                [.. reporting.SelectMany(q => s.Themes(q.CodeRegion, Indicateurs.PartProjetsThematique).Select(t => ThemeRow(s, q, t.Dimension!, includeRegion: true)))], RowHeader: 1),
            new("qualite", "Qualité des données", $"Qualité des données {y} : régions déclarantes",
                $"{reporting.Count} région(s) sur {s.Qualite.Count} ont déclaré des projets pour {y}. Régions manquantes : " +
                (!s.Qualite.Any(q => !q.Declarante) ? "aucune." : string.Join(", ", s.Qualite.Where(q => !q.Declarante).Select(q => $"{q.NomRegion} ({q.CodeRegion})")) + "."),
                ["Code", "Région", "A déclaré", "Projets", "Fichiers retenus", "Dernier fichier accepté", "Avertissements"],
                [.. s.Qualite.Select(q => (IReadOnlyList<SummaryCell>)
                [
                    SummaryCell.Of(q.CodeRegion), SummaryCell.Of(q.NomRegion), SummaryCell.Of(q.Declarante ? "oui" : "non — manquante"),
                    new SummaryCell(null, q.NbProjets, CellKind.Integer), new SummaryCell(null, q.NbFichiers, CellKind.Integer),
                    q.DernierFichierAccepteLe is { } at ? new SummaryCell(FrenchFormat.DateTime(at), at.UtcDateTime.ToOADate(), CellKind.DateTime) : SummaryCell.Empty,
                    new SummaryCell(null, q.Avertissements, CellKind.Integer),
                ])], RowHeader: 1),
            new("lignage", "Lignage", "Fichiers sources (versions en vigueur)", "Les versions de fichiers déposés dont proviennent les chiffres, identifiées par leur empreinte SHA-256. Heures en UTC.",
                ["Code", "Fichier", "SHA-256", "Déposé le", "Traité le", "Avertissements"],
                [.. s.Lignage.Select(f => (IReadOnlyList<SummaryCell>)
                [
                    SummaryCell.Of(f.CodeRegion), new SummaryCell(f.Chemin, null, CellKind.Identifier), new SummaryCell(f.Sha256, null, CellKind.Identifier),
                    new SummaryCell(FrenchFormat.DateTime(f.DeposeLe), f.DeposeLe.UtcDateTime.ToOADate(), CellKind.DateTime),
                    new SummaryCell(FrenchFormat.DateTime(f.TraiteLe), f.TraiteLe.UtcDateTime.ToOADate(), CellKind.DateTime),
                    new SummaryCell(null, f.Avertissements, CellKind.Integer),
                ])]),
            new("definitions", "Définitions", "Définitions", s.SecretStatistique,
                ["Indicateur", "Libellé", "Définition"],
                [.. s.Definitions.Select(d => (IReadOnlyList<SummaryCell>)[SummaryCell.Of(d.Indicateur), SummaryCell.Of(d.Libelle), SummaryCell.Of(d.Definition)])], RowHeader: 1),
        };
        return tables;
    }

    private static IReadOnlyList<SummaryCell> RegionRow(YearlySummary s, RegionQuality q, IEnumerable<string> columns) =>
        [SummaryCell.Of(q.CodeRegion), SummaryCell.Of(q.NomRegion), .. columns.Select(c => s.Region(q.CodeRegion, c) is { } f ? Value(f) : SummaryCell.Empty)];

    private static IReadOnlyList<SummaryCell> EvolutionRow(YearlySummary s, RegionQuality q)
    {
        var projets = s.Region(q.CodeRegion, Indicateurs.NbProjets);
        var montant = s.Region(q.CodeRegion, Indicateurs.MontantAccordeTotal);
        var coPortage = s.Region(q.CodeRegion, Indicateurs.TauxCoPortage);
        return
        [
            SummaryCell.Of(q.CodeRegion), SummaryCell.Of(q.NomRegion),
            Value(projets), Previous(projets), Change(projets),
            Value(montant), Previous(montant), Change(montant),
            Value(coPortage), Previous(coPortage), Change(coPortage),
        ];
    }

    private static IReadOnlyList<SummaryCell> ThemeRow(YearlySummary s, RegionQuality? q, string theme, bool includeRegion)
    {
        SummaryFigure? Of(string indicateur) => s.Themes(q?.CodeRegion, indicateur).FirstOrDefault(f => f.Dimension == theme);
        IReadOnlyList<SummaryCell> values = [SummaryCell.Of(theme), SummaryCell.Of(SummaryDefinitions.ThemeLabel(theme)), Value(Of(Indicateurs.PartProjetsThematique)), Value(Of(Indicateurs.MontantThematique)), Value(Of(Indicateurs.PartMontantThematique))];
        return includeRegion ? [SummaryCell.Of(q!.CodeRegion), SummaryCell.Of(q.NomRegion), .. values] : values;
    }

    private static CellKind FormatOf(string unite) => unite switch
    {
        Unites.Euros => CellKind.Euros,
        Unites.Ratio => CellKind.Percent,
        _ => CellKind.Integer,
    };

    public static SummaryCell Value(SummaryFigure? f)
    {
        if (f is null) return SummaryCell.Empty;
        var masked = SmallCells.Text(SmallCells.Of(f));
        return masked is null ? new SummaryCell(null, f.Valeur, FormatOf(f.Unite)) : new SummaryCell(null, null, FormatOf(f.Unite), masked);
    }

    private static SummaryCell Previous(SummaryFigure? f)
    {
        if (f?.ValeurPrecedente is not { } before) return SummaryCell.Empty;
        var masked = SmallCells.Text(SmallCells.Of(f.Perimetre, f.Indicateur, f.Unite, before, f.DenominateurPrecedent));
        return masked is null ? new SummaryCell(null, before, FormatOf(f.Unite)) : new SummaryCell(null, null, FormatOf(f.Unite), masked);
    }

    /// <summary>A change is not shown when either side is masked: it would give the masked value away.</summary>
    private static SummaryCell Change(SummaryFigure? f)
    {
        if (f?.Ecart is not { } ecart) return SummaryCell.Empty;
        var hidden = SmallCells.Of(f) != SmallCells.Masking.None
            || SmallCells.Of(f.Perimetre, f.Indicateur, f.Unite, f.ValeurPrecedente!.Value, f.DenominateurPrecedent) != SmallCells.Masking.None;
        var format = f.Unite == Unites.Ratio ? CellKind.Points : FormatOf(f.Unite);
        return hidden ? new SummaryCell(null, null, format, SmallCells.Secret) : new SummaryCell(null, ecart, format);
    }
}

using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Tests.Schema;

public class HeaderMatchingTests
{
    private static readonly string[] ProjetsHeader =
    [
        "Année", "AAP", "N° projet", "Intitulé du projet", "Porteur", "Type de porteur", "Thématique(s)",
        "Département(s)", "Montant accordé (€)",
    ];

    [Fact]
    public void Montant_accorde_with_euro_sign_matches_its_field()
    {
        var match = KindDetector.Match(ReportKind.Projets, ["Montant accordé (€)"]);
        Assert.Equal("montant_accorde", match.ColumnFields[0]?.Name);
    }

    public static TheoryData<ReportKind, string, string> EveryAlias()
    {
        var data = new TheoryData<ReportKind, string, string>();
        foreach (var kind in Enum.GetValues<ReportKind>())
            foreach (var field in FieldCatalog.For(kind))
                foreach (var text in field.Aliases.Prepend(field.Name))
                    data.Add(kind, text, field.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAlias))]
    public void Every_alias_and_field_name_matches_its_field(ReportKind kind, string header, string field)
    {
        var match = KindDetector.Match(kind, ["colonne sans rapport", header.ToUpperInvariant()]);
        Assert.Null(match.ColumnFields[0]);
        Assert.Equal(field, match.ColumnFields[1]?.Name);
    }

    [Theory]
    [InlineData(ReportKind.Projets, "Région", "code_region")]
    [InlineData(ReportKind.Projets, "Exercice", "annee")]
    [InlineData(ReportKind.Projets, "Appel à projets", "appel_a_projets")]
    [InlineData(ReportKind.Projets, "Date comité", "date_decision")]
    [InlineData(ReportKind.Projets, "Référence", "id_projet")]
    [InlineData(ReportKind.Projets, "Nom du projet", "intitule")]
    [InlineData(ReportKind.Projets, "Structure porteuse", "porteur")]
    [InlineData(ReportKind.Projets, "Nature du porteur", "type_porteur")]
    [InlineData(ReportKind.Projets, "SIRET", "siren_porteur")]
    [InlineData(ReportKind.Projets, "Co-porteur(s)", "co_porteurs")]
    [InlineData(ReportKind.Projets, "Type co-porteur", "types_co_porteurs")]
    [InlineData(ReportKind.Projets, "Projet co-porté", "co_portage")]
    [InlineData(ReportKind.Projets, "Public(s) cible(s)", "thematiques")]
    [InlineData(ReportKind.Projets, "DPT", "departements")]
    [InlineData(ReportKind.Projets, "EPCI partenaire(s)", "epci")]
    [InlineData(ReportKind.Projets, "Aide FNAVDL", "montant_accorde")]
    [InlineData(ReportKind.Projets, "Montant demandé", "montant_demande")]
    [InlineData(ReportKind.Projets, "Objectif ménages", "menages_prevus")]
    [InlineData(ReportKind.Projets, "Durée (mois)", "duree_mois")]
    [InlineData(ReportKind.Projets, "Type d'accompagnement", "volet")]
    [InlineData(ReportKind.Suivi, "Année de programmation", "annee")]
    [InlineData(ReportKind.Suivi, "Ménages suivis", "menages_accompagnes")]
    [InlineData(ReportKind.Suivi, "Ménages sortis du dispositif", "menages_sortis")]
    [InlineData(ReportKind.Suivi, "Accès au logement", "relogements")]
    [InlineData(ReportKind.Suivi, "Expulsions évitées", "maintiens")]
    [InlineData(ReportKind.Suivi, "Dépenses réalisées", "montant_consomme")]
    [InlineData(ReportKind.Enveloppes, "Crédits notifiés", "enveloppe")]
    [InlineData(ReportKind.Enveloppes, "Exercice", "annee")]
    public void Spec_aliases_match_as_regions_write_them(ReportKind kind, string header, string field) =>
        Assert.Equal(field, KindDetector.Match(kind, [header]).ColumnFields[0]?.Name);

    public static TheoryData<ReportKind, string, string, decimal> HeadersWithAUnit() => new()
    {
        { ReportKind.Projets, "Montant accordé (k€)", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé (K€)", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant (k€)", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé [k€]", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé (keur)", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé (k€ TTC)", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé (milliers d'euros)", "montant_accorde", 1_000m },
        { ReportKind.Projets, "MONTANT ACCORDÉ (EN MILLIERS D’EUROS)", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé en k€", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé en milliers d'euros", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant accordé k€", "montant_accorde", 1_000m },
        { ReportKind.Projets, "Montant demandé (en milliers)", "montant_demande", 1_000m },
        { ReportKind.Projets, "Montant accordé (M€)", "montant_accorde", 1_000_000m },
        { ReportKind.Projets, "Montant accordé (m€)", "montant_accorde", 1_000_000m },
        { ReportKind.Projets, "Montant accordé (millions d'euros)", "montant_accorde", 1_000_000m },
        { ReportKind.Projets, "Aide FNAVDL (Md€)", "montant_accorde", 1_000_000_000m },
        { ReportKind.Suivi, "Montant consommé (k€)", "montant_consomme", 1_000m },
        { ReportKind.Enveloppes, "Enveloppe (M€)", "enveloppe", 1_000_000m },
    };

    [Theory]
    [MemberData(nameof(HeadersWithAUnit))]
    public void A_header_that_states_a_unit_matches_its_amount_field_with_that_unit(ReportKind kind, string header, string field, decimal factor)
    {
        var match = KindDetector.Match(kind, ["Année", header]);

        Assert.Equal(field, match.ColumnFields[1]?.Name);
        Assert.Equal(factor, match.UnitOf(1)?.Factor);
        Assert.Empty(match.UnknownColumns);
        Assert.Null(match.UnitOf(0));
    }

    [Theory]
    [InlineData("Montant accordé (en €)")]
    [InlineData("Montant accordé en euros")]
    [InlineData("Montant accordé (€ HT)")]
    public void A_header_in_euros_matches_without_a_unit(string header)
    {
        var match = KindDetector.Match(ReportKind.Projets, [header]);

        Assert.Equal("montant_accorde", match.ColumnFields[0]?.Name);
        Assert.Null(match.UnitOf(0));
    }

    [Theory]
    [InlineData("Montant accordé ($)", "$")]
    [InlineData("Montant accordé (k$)", "k$")]
    [InlineData("Montant accordé (USD)", "USD")]
    [InlineData("Montant accordé (%)", "%")]
    [InlineData("Montant accordé (XPF)", "XPF")]
    public void A_unit_that_cannot_be_converted_leaves_the_column_unmatched_and_says_which(string header, string unit)
    {
        var match = KindDetector.Match(ReportKind.Projets, [header]);

        Assert.Null(match.ColumnFields[0]);
        Assert.Equal([new UnconvertibleUnit(header, "montant_accorde", unit)], match.UnconvertibleUnits);
        Assert.Empty(match.UnknownColumns);
        Assert.Contains(match.MissingRequired, f => f.Name == "montant_accorde");
    }

    [Theory]
    [InlineData("Montant accordé (TTC)")]  // no unit: a qualifier
    [InlineData("Montant accordé (2021)")]
    [InlineData("Durée (k€)")]              // a unit on a field that is no amount
    [InlineData("Montant en attente")]      // « en » followed by no unit
    public void Trailing_text_that_is_no_unit_of_an_amount_is_an_unknown_column(string header)
    {
        var match = KindDetector.Match(ReportKind.Projets, [header]);

        Assert.Null(match.ColumnFields[0]);
        Assert.Equal([header], match.UnknownColumns);
        Assert.Empty(match.UnconvertibleUnits);
    }

    [Fact]
    public void Unknown_columns_are_listed_blank_ones_are_not()
    {
        var match = KindDetector.Match(ReportKind.Projets, [.. ProjetsHeader, "Commentaire", "", "  ", "Observations DDETS "]);
        Assert.Equal(["Commentaire", "Observations DDETS"], match.UnknownColumns);
        Assert.Equal(ProjetsHeader.Length + 4, match.ColumnFields.Count);
        Assert.All(match.ColumnFields.Skip(ProjetsHeader.Length), Assert.Null);
    }

    [Fact]
    public void Missing_required_fields_are_listed()
    {
        var match = KindDetector.Match(ReportKind.Projets, ["Année", "Intitulé", "Montant accordé", "Volet"]);
        Assert.Equal(
            ["appel_a_projets", "id_projet", "porteur", "type_porteur", "thematiques", "departements"],
            match.MissingRequired.Select(f => f.Name));
    }

    [Fact]
    public void A_complete_header_misses_nothing()
    {
        var match = KindDetector.Match(ReportKind.Projets, ProjetsHeader);
        Assert.Empty(match.MissingRequired);
        Assert.Empty(match.UnknownColumns);
        Assert.Empty(match.Duplicates);
        Assert.Equal(ProjetsHeader.Length, match.MatchedFieldCount);
    }

    [Fact]
    public void Two_columns_for_one_field_first_wins_and_both_are_reported()
    {
        var match = KindDetector.Match(ReportKind.Projets, [.. ProjetsHeader, "Subvention", "Montant"]);
        var duplicate = Assert.Single(match.Duplicates);
        Assert.Equal("montant_accorde", duplicate.Field);
        Assert.Equal(["Montant accordé (€)", "Subvention", "Montant"], duplicate.Headers);
        Assert.Equal("montant_accorde", match.ColumnFields[ProjetsHeader.Length - 1]?.Name);
        Assert.Null(match.ColumnFields[ProjetsHeader.Length]);
        Assert.Null(match.ColumnFields[ProjetsHeader.Length + 1]);
        Assert.Empty(match.UnknownColumns);
    }
}

using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Tests.Schema;

public class KindDetectorTests
{
    [Theory]
    [InlineData(ReportKind.Projets, "Région;Année;AAP;N° projet;Intitulé;Porteur;Type de porteur;Thématiques;Départements;Montant accordé")]
    [InlineData(ReportKind.Projets, "Intitulé;Montant accordé (€)")]
    [InlineData(ReportKind.Suivi, "Année;N° projet;Ménages accompagnés;Sorties;Relogés;Maintiens;Montant consommé")]
    [InlineData(ReportKind.Suivi, "id_projet;menages_accompagnes")]
    [InlineData(ReportKind.Enveloppes, "Région;Année;Enveloppe")]
    [InlineData(ReportKind.Enveloppes, "Exercice;Dotation")]
    public void Detects_each_kind(ReportKind expected, string header)
    {
        var match = KindDetector.Detect(header.Split(';'));
        Assert.NotNull(match);
        Assert.Equal(expected, match.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Rapport FNAVDL 2021")]
    [InlineData("Enveloppe")] // a title cell: one field only
    [InlineData("Région;Année;N° projet")] // only fields every kind shares
    [InlineData("PACA;2021;AAP 2021-1;P-001;Accompagnement;Soliha;association;Expulsions;13;150000")] // a data row
    [InlineData("Nom;Prénom;Adresse")]
    public void Returns_null_when_no_kind_is_recognisable(string row) =>
        Assert.Null(KindDetector.Detect(row.Split(';')));

    [Fact]
    public void A_projets_header_with_an_enveloppe_column_stays_projets()
    {
        var match = KindDetector.Detect(
            "Région;Année;AAP;N° projet;Intitulé;Porteur;Type de porteur;Thématiques;Départements;Montant accordé;Enveloppe".Split(';'));
        Assert.NotNull(match);
        Assert.Equal(ReportKind.Projets, match.Kind);
        Assert.Equal(["Enveloppe"], match.UnknownColumns);
    }

    [Fact]
    public void A_projets_header_missing_required_columns_stays_projets_even_with_an_enveloppe_column()
    {
        var match = KindDetector.Detect("Région;Année;Intitulé;Porteur;Montant accordé;Enveloppe".Split(';'));
        Assert.NotNull(match);
        Assert.Equal(ReportKind.Projets, match.Kind);
        Assert.Contains(match.MissingRequired, f => f.Name == "appel_a_projets");
    }

    [Fact]
    public void A_suivi_header_with_montant_consomme_is_not_projets()
    {
        var match = KindDetector.Detect("Année;N° projet;Ménages accompagnés;Montant consommé".Split(';'));
        Assert.NotNull(match);
        Assert.Equal(ReportKind.Suivi, match.Kind);
        Assert.Empty(match.UnknownColumns);
    }

    [Fact]
    public void A_suivi_header_repeating_project_descriptions_stays_suivi()
    {
        var match = KindDetector.Detect(
            "Année;N° projet;Intitulé;Porteur;Département;Ménages accompagnés;Sorties;Relogés;Maintiens;Montant consommé".Split(';'));
        Assert.NotNull(match);
        Assert.Equal(ReportKind.Suivi, match.Kind);
        Assert.Equal(["Intitulé", "Porteur", "Département"], match.UnknownColumns);
    }

    [Fact]
    public void On_equal_counts_the_kind_missing_fewer_required_columns_wins()
    {
        // suivi: annee + menages_accompagnes (misses id_projet); projets: annee + intitule (misses six).
        var match = KindDetector.Detect(["Année", "Projet", "Ménages accompagnés"]);
        Assert.NotNull(match);
        Assert.Equal(ReportKind.Suivi, match.Kind);
    }

    [Fact]
    public void Discriminating_fields_exclude_the_shared_ones()
    {
        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            var fields = KindDetector.DiscriminatingFields(kind);
            Assert.DoesNotContain("code_region", fields);
            Assert.DoesNotContain("annee", fields);
            Assert.DoesNotContain("id_projet", fields);
        }
        Assert.Contains("montant_accorde", KindDetector.DiscriminatingFields(ReportKind.Projets));
        Assert.Contains("menages_accompagnes", KindDetector.DiscriminatingFields(ReportKind.Suivi));
        Assert.Equal(["enveloppe"], KindDetector.DiscriminatingFields(ReportKind.Enveloppes));
    }

    [Fact]
    public void Detect_reports_the_same_match_as_Match_for_the_detected_kind()
    {
        string[] header = ["Région", "Année", "Enveloppe régionale", "Commentaire"];
        var detected = KindDetector.Detect(header);
        Assert.NotNull(detected);
        var direct = KindDetector.Match(ReportKind.Enveloppes, header);
        Assert.Equal(direct.ColumnFields, detected.ColumnFields);
        Assert.Equal(["Commentaire"], detected.UnknownColumns);
    }
}

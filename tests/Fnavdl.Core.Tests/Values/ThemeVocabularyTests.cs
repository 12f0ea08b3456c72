using Fnavdl.Core.Schema.Vocabularies;

namespace Fnavdl.Core.Tests.Values;

public class ThemeVocabularyTests
{
    [Fact]
    public void Holds_the_ten_themes_of_the_spec()
    {
        Assert.Equal(
            ["prevention_expulsions", "sante_mentale", "violences_femmes", "refugies", "jeunes", "gens_du_voyage",
             "logement_d_abord", "sortants_institutions", "dalo", "gestion_locative_adaptee"],
            ThemeVocabulary.All.Select(t => t.Code));
    }

    public static TheoryData<string, string> EveryCodeLabelAndAlias()
    {
        var data = new TheoryData<string, string>();
        foreach (var theme in ThemeVocabulary.All)
            foreach (var text in theme.Aliases.Prepend(theme.Label).Prepend(theme.Code).Distinct(StringComparer.Ordinal))
                data.Add(text, theme.Code);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCodeLabelAndAlias))]
    public void Matches_every_code_label_and_alias(string text, string code)
    {
        Assert.Equal(code, ThemeVocabulary.Match(text));
        Assert.Equal(code, ThemeVocabulary.Match(text.ToUpperInvariant()));
    }

    [Theory]
    // The spec's table, as written there.
    [InlineData("Prévention des expulsions", "prevention_expulsions")]
    [InlineData("expulsion", "prevention_expulsions")]
    [InlineData("Expulsions", "prevention_expulsions")]
    [InlineData("impayés de loyer", "prevention_expulsions")]
    [InlineData("CCAPEX", "prevention_expulsions")]
    [InlineData("Santé mentale", "sante_mentale")]
    [InlineData("troubles psychiques", "sante_mentale")]
    [InlineData("psychiatrie", "sante_mentale")]
    [InlineData("souffrance psychique", "sante_mentale")]
    [InlineData("Femmes victimes de violences", "violences_femmes")]
    [InlineData("violences conjugales", "violences_femmes")]
    [InlineData("violences intrafamiliales", "violences_femmes")]
    [InlineData("VIF", "violences_femmes")]
    [InlineData("VFF", "violences_femmes")]
    [InlineData("Accueil et intégration des réfugiés", "refugies")]
    [InlineData("réfugiés", "refugies")]
    [InlineData("BPI", "refugies")]
    [InlineData("protection internationale", "refugies")]
    [InlineData("Jeunes vulnérables (logement et emploi)", "jeunes")]
    [InlineData("jeunes", "jeunes")]
    [InlineData("18-25 ans", "jeunes")]
    [InlineData("sortants ASE", "jeunes")]
    [InlineData("logement-emploi des jeunes", "jeunes")]
    [InlineData("Gens du voyage (sédentarisation)", "gens_du_voyage")]
    [InlineData("gens du voyage", "gens_du_voyage")]
    [InlineData("sédentarisation", "gens_du_voyage")]
    [InlineData("Logement d'abord / sortie de la rue", "logement_d_abord")]
    [InlineData("logement d'abord", "logement_d_abord")]
    [InlineData("Logement d’abord", "logement_d_abord")]
    [InlineData("sans-abri", "logement_d_abord")]
    [InlineData("personnes à la rue", "logement_d_abord")]
    [InlineData("grande exclusion", "logement_d_abord")]
    [InlineData("Sortants d'institutions", "sortants_institutions")]
    [InlineData("sortants de prison", "sortants_institutions")]
    [InlineData("sortants d'hospitalisation", "sortants_institutions")]
    [InlineData("Ménages DALO", "dalo")]
    [InlineData("DALO", "dalo")]
    [InlineData("reconnus prioritaires", "dalo")]
    [InlineData("Gestion locative adaptée", "gestion_locative_adaptee")]
    [InlineData("GLA", "gestion_locative_adaptee")]
    [InlineData("gestion locative adaptée", "gestion_locative_adaptee")]
    // Singular / plural and spelling variants.
    [InlineData("Femme victime de violence", "violences_femmes")]
    [InlineData("violence conjugale", "violences_femmes")]
    [InlineData("réfugié", "refugies")]
    [InlineData("jeune", "jeunes")]
    [InlineData("sortant de prison", "sortants_institutions")]
    [InlineData("Sortant d'institution", "sortants_institutions")]
    [InlineData("impayé de loyer", "prevention_expulsions")]
    [InlineData("trouble psychique", "sante_mentale")]
    [InlineData("sans abri", "logement_d_abord")]
    [InlineData("SANTE MENTALE", "sante_mentale")]
    [InlineData("  santé   mentale  ", "sante_mentale")]
    public void Matches_the_spec_table_and_its_variants(string text, string code) =>
        Assert.Equal(code, ThemeVocabulary.Match(text));

    [Theory]
    [InlineData("Prévention des expulsions locatives", "prevention_expulsions")]
    [InlineData("Accompagnement des femmes victimes de violences conjugales", "violences_femmes")]
    [InlineData("Sortants de prison", "sortants_institutions")]
    [InlineData("Personnes sortant de détention", "sortants_institutions")]
    [InlineData("Accompagnement des ménages en situation d'impayés", "prevention_expulsions")]
    [InlineData("Public jeune en errance", "jeunes")]
    [InlineData("Accès au logement des bénéficiaires d'une protection internationale", "refugies")]
    [InlineData("Aires d'accueil et terrains familiaux des voyageurs", "gens_du_voyage")]
    [InlineData("Personnes en situation de rue", "logement_d_abord")]
    [InlineData("Accompagnement des publics présentant des troubles psychiatriques", "sante_mentale")]
    [InlineData("Relogement des ménages reconnus prioritaires au titre du DALO", "dalo")]
    [InlineData("Dispositif de gestion locative sociale", "gestion_locative_adaptee")]
    public void Falls_back_to_keywords_for_longer_labels(string text, string code) =>
        Assert.Equal(code, ThemeVocabulary.Match(text));

    [Theory]
    [InlineData("Culture")]
    [InlineData("Autre")]
    [InlineData("Mobilité")]
    [InlineData("")]
    [InlineData("---")]
    [InlineData("Jeunes sortants de prison")] // jeunes and sortants_institutions: do not guess
    [InlineData("Femmes victimes de violences sortant d'hospitalisation psychiatrique")]
    public void Unknown_or_ambiguous_labels_give_null(string text) =>
        Assert.Null(ThemeVocabulary.Match(text));
}

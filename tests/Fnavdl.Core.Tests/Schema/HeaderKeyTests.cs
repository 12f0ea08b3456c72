using Fnavdl.Core.Schema;

namespace Fnavdl.Core.Tests.Schema;

public class HeaderKeyTests
{
    [Theory]
    [InlineData("Montant accordé (€)", "montantaccorde")]
    [InlineData("N° projet", "nprojet")]
    [InlineData("Nº projet", "nprojet")]
    [InlineData("montant_accorde", "montantaccorde")]
    [InlineData("  THÉMATIQUE(S)  ", "thematiques")]
    [InlineData("Cœur de cible", "coeurdecible")]
    [InlineData("Ex æquo", "exaequo")]
    [InlineData("Type d’accompagnement", "typedaccompagnement")]
    [InlineData("Année\u00A0de\u202Fprogrammation", "anneedeprogrammation")]
    [InlineData("e\u0301tat", "etat")] // decomposed accent
    [InlineData("Durée (mois)", "dureemois")]
    [InlineData("---", "")]
    public void Normalise_folds_case_accents_ligatures_and_drops_punctuation(string text, string expected) =>
        Assert.Equal(expected, HeaderKey.Normalise(text));
}

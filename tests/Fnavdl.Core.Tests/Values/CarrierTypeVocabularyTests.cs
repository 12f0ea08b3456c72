using Fnavdl.Core.Schema.Vocabularies;

namespace Fnavdl.Core.Tests.Values;

public class CarrierTypeVocabularyTests
{
    [Theory]
    [InlineData("association", "association")]
    [InlineData("Association", "association")]
    [InlineData("ASSO", "association")]
    [InlineData("Associations", "association")]
    [InlineData("loi 1901", "association")]
    [InlineData("Association loi 1901", "association")]
    [InlineData("Association (loi 1901)", "association")]
    [InlineData("Fondation", "association")]
    [InlineData("bailleur", "bailleur_social")]
    [InlineData("Bailleur social", "bailleur_social")]
    [InlineData("bailleur_social", "bailleur_social")]
    [InlineData("Bailleurs sociaux", "bailleur_social")]
    [InlineData("Organisme HLM", "bailleur_social")]
    [InlineData("OPH", "bailleur_social")]
    [InlineData("ESH", "bailleur_social")]
    [InlineData("SEM", "bailleur_social")]
    [InlineData("Coopérative Hlm", "bailleur_social")]
    [InlineData("Office public de l'habitat", "bailleur_social")]
    [InlineData("Entreprise sociale pour l'habitat", "bailleur_social")]
    [InlineData("collectivité", "collectivite")]
    [InlineData("collectivite", "collectivite")]
    [InlineData("Commune", "collectivite")]
    [InlineData("CCAS", "collectivite")]
    [InlineData("ccas", "collectivite")]
    [InlineData("CIAS", "collectivite")]
    [InlineData("Département", "collectivite")]
    [InlineData("EPCI", "collectivite")]
    [InlineData("Métropole", "collectivite")]
    [InlineData("Intercommunalité", "collectivite")]
    [InlineData("autre", "autre")]
    [InlineData("AUTRE", "autre")]
    public void Matches_the_vocabulary_and_its_aliases(string text, string code) =>
        Assert.Equal(code, CarrierTypeVocabulary.Match(text));

    [Theory]
    [InlineData("entreprise")]
    [InlineData("SCI")]
    [InlineData("")]
    [InlineData("association et bailleur")]
    public void Unknown_types_give_null(string text) => Assert.Null(CarrierTypeVocabulary.Match(text));
}

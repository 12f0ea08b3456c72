using Fnavdl.Core.Schema.Vocabularies;

namespace Fnavdl.Core.Tests.Values;

public class VoletVocabularyTests
{
    [Theory]
    [InlineData("vers", "vers")]
    [InlineData("VERS", "vers")]
    [InlineData("Vers le logement", "vers")]
    [InlineData("Accompagnement vers le logement", "vers")]
    [InlineData("dans", "dans")]
    [InlineData("Dans le logement", "dans")]
    [InlineData("vers_et_dans", "vers_et_dans")]
    [InlineData("vers et dans", "vers_et_dans")]
    [InlineData("Vers et dans le logement", "vers_et_dans")]
    [InlineData("vers/dans", "vers_et_dans")]
    [InlineData("les deux", "vers_et_dans")]
    [InlineData("Mixte", "vers_et_dans")]
    public void Matches_the_three_volets(string text, string code) =>
        Assert.Equal(code, VoletVocabulary.Match(text));

    [Theory]
    [InlineData("hors logement")]
    [InlineData("")]
    [InlineData("diagnostic")]
    public void Unknown_volets_give_null(string text) => Assert.Null(VoletVocabulary.Match(text));
}

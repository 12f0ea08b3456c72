using Fnavdl.Core.Reference;

namespace Fnavdl.Core.Tests.Reference;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Provence-Alpes-Côte d'Azur", "provencealpescotedazur")]
    [InlineData("PROVENCE ALPES CÔTE D’AZUR", "provencealpescotedazur")]
    [InlineData("Île-de-France", "iledefrance")]
    [InlineData("Cœur de ville", "coeurdeville")]
    [InlineData("Ménages  sortis (n°)", "menagessortisn")] // "°" is a symbol, not a letter
    [InlineData("", "")]
    [InlineData(" - ", "")]
    public void Keys_ignore_case_accents_and_punctuation(string text, string expected) =>
        Assert.Equal(expected, TextKey.Of(text));
}

using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public class BooleanParserTests
{
    [Theory]
    [InlineData("oui", true)]
    [InlineData("OUI", true)]
    [InlineData(" Oui ", true)]
    [InlineData("o", true)]
    [InlineData("yes", true)]
    [InlineData("y", true)]
    [InlineData("vrai", true)]
    [InlineData("VRAI", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("non", false)]
    [InlineData("Non.", false)]
    [InlineData("n", false)]
    [InlineData("no", false)]
    [InlineData("faux", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    public void Reads_the_words_of_the_spec(string text, bool expected)
    {
        Assert.True(BooleanParser.TryParse(RawValue.FromText(text), out var value, out var error), error?.Text);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_boolean_cells(bool cell)
    {
        Assert.True(BooleanParser.TryParse(RawValue.FromBoolean(cell), out var value, out _));
        Assert.Equal(cell, value);
    }

    [Theory]
    [InlineData(1.0, true)]
    [InlineData(0.0, false)]
    public void Reads_number_cells_one_and_zero(double number, bool expected)
    {
        Assert.True(BooleanParser.TryParse(RawValue.FromNumber(number), out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("peut-être")]
    [InlineData("2")]
    [InlineData("ouais")]
    [InlineData("-")]
    public void Refuses_other_text(string text)
    {
        Assert.False(BooleanParser.TryParse(RawValue.FromText(text), out _, out var error));
        Assert.Equal(IssueCodes.BooleenInvalide, error?.Code);
    }

    [Fact]
    public void Refuses_other_numbers()
    {
        Assert.False(BooleanParser.TryParse(RawValue.FromNumber(2), out _, out var error));
        Assert.Equal(IssueCodes.BooleenInvalide, error?.Code);
    }
}

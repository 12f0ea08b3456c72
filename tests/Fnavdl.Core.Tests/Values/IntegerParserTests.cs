using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public class IntegerParserTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 12 ", 12)]
    [InlineData("1 200", 1200)]
    [InlineData("1\u00A0200", 1200)]
    [InlineData("1\u202F200", 1200)]
    [InlineData("12,0", 12)]
    [InlineData("12.00", 12)]
    [InlineData("0", 0)]
    [InlineData("-3", -3)]
    public void Reads_whole_numbers_from_text(string text, int expected)
    {
        Assert.True(IntegerParser.TryParse(RawValue.FromText(text), out var value, out var error), error?.Text);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(12.0, 12)]
    [InlineData(0.0, 0)]
    [InlineData(1200.0, 1200)]
    public void Reads_integral_number_cells(double number, int expected)
    {
        Assert.True(IntegerParser.TryParse(RawValue.FromNumber(number), out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("douze")]
    [InlineData("12.5")]
    [InlineData("12,5")]
    [InlineData("1.200")]
    [InlineData("12 ménages")]
    [InlineData("1 20")]
    [InlineData("99999999999")]
    [InlineData("-")]
    public void Refuses_text_that_is_not_a_whole_number(string text)
    {
        Assert.False(IntegerParser.TryParse(RawValue.FromText(text), out _, out var error));
        Assert.Equal(IssueCodes.EntierInvalide, error?.Code);
    }

    [Theory]
    [InlineData(12.5)]
    [InlineData(1e12)]
    [InlineData(double.NaN)]
    public void Refuses_number_cells_that_are_not_whole_ints(double number)
    {
        Assert.False(IntegerParser.TryParse(RawValue.FromNumber(number), out _, out var error));
        Assert.Equal(IssueCodes.EntierInvalide, error?.Code);
    }

    [Fact]
    public void Refuses_other_cell_kinds()
    {
        Assert.False(IntegerParser.TryParse(RawValue.FromBoolean(true), out _, out var error));
        Assert.Equal(IssueCodes.EntierInvalide, error?.Code);
        Assert.False(IntegerParser.TryParse(RawValue.Empty, out _, out error));
        Assert.Equal(IssueCodes.EntierInvalide, error?.Code);
    }
}

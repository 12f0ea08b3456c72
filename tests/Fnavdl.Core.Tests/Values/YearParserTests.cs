using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public class YearParserTests
{
    [Theory]
    [InlineData("2021", 2021)]
    [InlineData(" 2000 ", 2000)]
    [InlineData("2100", 2100)]
    public void Reads_four_digit_years(string text, int expected)
    {
        Assert.True(YearParser.TryParse(RawValue.FromText(text), out var year, out var error), error?.Text);
        Assert.Equal(expected, year);
    }

    [Fact]
    public void Reads_a_number_cell()
    {
        Assert.True(YearParser.TryParse(RawValue.FromNumber(2021), out var year, out _));
        Assert.Equal(2021, year);
    }

    [Fact]
    public void Reads_the_year_of_a_date_cell()
    {
        Assert.True(YearParser.TryParse(RawValue.FromDate(new DateTime(2022, 3, 1)), out var year, out _));
        Assert.Equal(2022, year);
    }

    [Fact]
    public void Reads_a_year_typed_into_a_date_formatted_cell()
    {
        // Excel shows 2021 in a date-formatted cell as 13/07/1905 (serial 2021).
        Assert.True(YearParser.TryParse(RawValue.FromDate(DateTime.FromOADate(2021)), out var year, out _));
        Assert.Equal(2021, year);
    }

    [Theory]
    [InlineData("21")]
    [InlineData("2021-2022")]
    [InlineData("deux mille vingt et un")]
    [InlineData("20211")]
    [InlineData("1999")]
    [InlineData("2101")]
    public void Refuses_text_that_is_not_a_year_in_range(string text)
    {
        Assert.False(YearParser.TryParse(RawValue.FromText(text), out _, out var error));
        Assert.Equal(IssueCodes.AnneeInvalide, error?.Code);
    }

    [Theory]
    [InlineData(2021.5)]
    [InlineData(1999)]
    [InlineData(21)]
    public void Refuses_number_cells_that_are_not_a_year_in_range(double number)
    {
        Assert.False(YearParser.TryParse(RawValue.FromNumber(number), out _, out var error));
        Assert.Equal(IssueCodes.AnneeInvalide, error?.Code);
    }

    [Fact]
    public void The_range_message_names_the_bounds()
    {
        Assert.False(YearParser.TryParse(RawValue.FromText("1999"), out _, out var error));
        Assert.Contains("2000", error!.Text);
        Assert.Contains("2100", error.Text);
    }
}

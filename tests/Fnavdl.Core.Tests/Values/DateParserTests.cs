using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public class DateParserTests
{
    [Theory]
    [InlineData("15/01/2021", 2021, 1, 15)]
    [InlineData("5/1/2021", 2021, 1, 5)]
    [InlineData("15-01-2021", 2021, 1, 15)]
    [InlineData("15.01.2021", 2021, 1, 15)]
    [InlineData("2021-01-15", 2021, 1, 15)]
    [InlineData("2021/01/15", 2021, 1, 15)]
    [InlineData("2021-01-15T00:00:00", 2021, 1, 15)]
    [InlineData("2021-01-15T10:30:00.000Z", 2021, 1, 15)]
    [InlineData("2021-01-15 10:30", 2021, 1, 15)]
    [InlineData("15/01/2021 00:00:00", 2021, 1, 15)]
    [InlineData(" 29/02/2024 ", 2024, 2, 29)]
    [InlineData("1/12/2021", 2021, 12, 1)]
    [InlineData("2021-1-5", 2021, 1, 5)]
    [InlineData("2021/12/5", 2021, 12, 5)]
    [InlineData("44211", 2021, 1, 15)] // Excel serial as text
    public void Reads_text_dates(string text, int y, int m, int d)
    {
        Assert.True(DateParser.TryParse(RawValue.FromText(text), out var date, out var error), error?.Text);
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData(44211.0, 2021, 1, 15)]
    [InlineData(44211.75, 2021, 1, 15)]
    [InlineData(61.0, 1900, 3, 1)] // after Excel's fictitious 29/02/1900
    [InlineData(1.0, 1899, 12, 31)] // DateTime.FromOADate's reading of serial 1
    public void Reads_excel_serial_numbers(double serial, int y, int m, int d)
    {
        Assert.True(DateParser.TryParse(RawValue.FromNumber(serial), out var date, out var error), error?.Text);
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Fact]
    public void Reads_date_cells()
    {
        Assert.True(DateParser.TryParse(RawValue.FromDate(new DateTime(2021, 6, 30, 14, 0, 0)), out var date, out _));
        Assert.Equal(new DateOnly(2021, 6, 30), date);
    }

    [Theory]
    [InlineData("31/02/2021")]
    [InlineData("29/02/2021")]
    [InlineData("15/13/2021")]
    [InlineData("00/01/2021")]
    [InlineData("2021-02-30")]
    public void Refuses_dates_that_do_not_exist(string text)
    {
        Assert.False(DateParser.TryParse(RawValue.FromText(text), out _, out var error));
        Assert.Equal(IssueCodes.DateInvalide, error?.Code);
        Assert.Contains("existante", error!.Text);
    }

    [Theory]
    [InlineData("15/01/21")]
    [InlineData("janvier 2021")]
    [InlineData("2021")]
    [InlineData("15/01-2021")]
    [InlineData("2021-01-15T25:00")]
    [InlineData("0")]
    [InlineData("2958466")]
    [InlineData("20210115")]
    // Shapes near the allocation-free reading of plain dates, which must agree with the patterns.
    [InlineData("2021.01.15")]
    [InlineData("2021-01/15")]
    [InlineData("123/01/2021")]
    [InlineData("15/01/20210")]
    [InlineData("15/001/2021")]
    [InlineData("2021-001-5")]
    public void Refuses_other_text(string text)
    {
        Assert.False(DateParser.TryParse(RawValue.FromText(text), out _, out var error));
        Assert.Equal(IssueCodes.DateInvalide, error?.Code);
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("1990")]
    public void A_bare_year_is_refused_with_a_hint_not_read_as_a_serial(string text)
    {
        Assert.False(DateParser.TryParse(RawValue.FromText(text), out _, out var error));
        Assert.Contains("année", error!.Text);
        Assert.False(DateParser.TryParse(RawValue.FromNumber(double.Parse(text, CultureInfo.InvariantCulture)), out _, out _));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(-1)]
    [InlineData(3e6)]
    public void Refuses_serials_out_of_range(double serial)
    {
        Assert.False(DateParser.TryParse(RawValue.FromNumber(serial), out _, out var error));
        Assert.Equal(IssueCodes.DateInvalide, error?.Code);
    }

    [Fact]
    public void Refuses_booleans_and_empty()
    {
        Assert.False(DateParser.TryParse(RawValue.FromBoolean(true), out _, out var error));
        Assert.Equal(IssueCodes.DateInvalide, error?.Code);
        Assert.False(DateParser.TryParse(RawValue.Empty, out _, out error));
        Assert.Equal(IssueCodes.DateInvalide, error?.Code);
    }
}

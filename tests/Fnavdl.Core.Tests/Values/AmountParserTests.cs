using System.Globalization;
using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public class AmountParserTests
{
    private static decimal Parse(string text)
    {
        Assert.True(AmountParser.TryParse(RawValue.FromText(text), out var euros, out var error), error?.Text);
        Assert.Null(error);
        return euros;
    }

    private static IssueMessage Fail(RawValue raw)
    {
        Assert.False(AmountParser.TryParse(raw, out _, out var error));
        Assert.NotNull(error);
        return error;
    }

    [Theory]
    [InlineData("3100000", "3100000")]
    [InlineData("3100000.50", "3100000.50")]
    [InlineData("3100000,50", "3100000.50")]
    [InlineData("3 100 000,50", "3100000.50")]
    [InlineData("3 100 000,50 €", "3100000.50")]
    [InlineData("3\u00A0100\u00A0000,50\u00A0€", "3100000.50")]
    [InlineData("3\u202F100\u202F000,50\u202F€", "3100000.50")]
    [InlineData("3\u2009100\u2009000,50", "3100000.50")]
    [InlineData("3.100.000,50 €", "3100000.50")]
    [InlineData("3,100,000.50", "3100000.50")]
    [InlineData("3.100.000", "3100000")]
    [InlineData("3,100,000", "3100000")]
    [InlineData("3,1 M€", "3100000")]
    [InlineData("1,5 M€", "1500000")]
    [InlineData("1.5M€", "1500000")]
    [InlineData("3 millions d'euros", "3000000")]
    [InlineData("450 k€", "450000")]
    [InlineData("450 K€", "450000")]
    [InlineData("450k€", "450000")]
    [InlineData("450 kEUR", "450000")]
    [InlineData("1.234 k€", "1234")]
    [InlineData("12,5 k€", "12500")]
    [InlineData("1000 EUR", "1000")]
    [InlineData("1000 euros", "1000")]
    [InlineData("1 euro", "1")]
    [InlineData("€ 1 000", "1000")]
    [InlineData("  25000  ", "25000")]
    [InlineData("12,5", "12.5")]
    [InlineData("12,50", "12.50")]
    [InlineData("12,3000", "12.30")]
    [InlineData("0,500", "0.5")]
    [InlineData("1234,500", "1234.5")]
    [InlineData("1 234,50", "1234.50")]
    [InlineData("-1 500", "-1500")]
    [InlineData("\u22121500", "-1500")]
    [InlineData("+1500", "1500")]
    [InlineData("0", "0")]
    public void Reads_the_formats_of_the_spec(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), Parse(text));

    [Theory]
    [InlineData(3100000.0, "3100000")]
    [InlineData(1234.5, "1234.5")]
    [InlineData(1234.567, "1234.57")]
    [InlineData(0.125, "0.13")]
    [InlineData(-50.0, "-50")]
    public void Numeric_cells_are_taken_as_they_are_rounded_to_the_cent(double number, string expected)
    {
        Assert.True(AmountParser.TryParse(RawValue.FromNumber(number), out var euros, out var error));
        Assert.Null(error);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), euros);
    }

    [Theory]
    [InlineData("1.234", "1 234 €", "1,234 €", "« 1,234 k€ »")]
    [InlineData("999.999", "999 999 €", "999,999 €", "« 999,999 k€ »")]
    [InlineData("12,500", "12 500 €", "12,50 €", "« 12,50 »")]
    [InlineData("1,000 €", "1 000 €", "1,00 €", "« 1,00 »")]
    public void A_single_separator_before_three_digits_is_ambiguous(string text, string thousands, string decimals, string hint)
    {
        var error = Fail(RawValue.FromText(text));
        Assert.Equal(IssueCodes.MontantAmbigu, error.Code);
        Assert.Contains($"peut se lire {thousands}", error.Text);
        Assert.Contains($"ou {decimals}", error.Text);
        Assert.Contains($"« {thousands.Replace(" €", "").Replace(" ", "")} »", error.Text);
        Assert.Contains(hint, error.Text);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12 euros 50")]
    [InlineData("1 2")]
    [InlineData("12 34 567")]
    [InlineData("1.2.3")]
    [InlineData("1,234,5")]
    [InlineData("1.234.567,89,5")]
    [InlineData("1,50.25")]
    [InlineData("12,")]
    [InlineData(",50")]
    [InlineData("€")]
    [InlineData("1 000 000 000 000")]
    [InlineData("12 $")]
    [InlineData("N/A")]
    public void Garbage_is_an_invalid_amount(string text) =>
        Assert.Equal(IssueCodes.MontantInvalide, Fail(RawValue.FromText(text)).Code);

    [Theory]
    [InlineData("12,345 6")]
    [InlineData("1 234,567")]
    [InlineData("1,234.567")]
    [InlineData("12,3456")]
    [InlineData("1,2345678 k€")]
    public void More_than_two_decimals_is_refused(string text)
    {
        var error = Fail(RawValue.FromText(text));
        Assert.Equal(IssueCodes.MontantInvalide, error.Code);
        if (text != "12,345 6") Assert.Contains("deux décimales", error.Text);
    }

    [Fact]
    public void Non_numeric_cells_are_invalid()
    {
        Assert.Equal(IssueCodes.MontantInvalide, Fail(RawValue.FromBoolean(true)).Code);
        Assert.Equal(IssueCodes.MontantInvalide, Fail(RawValue.FromDate(new DateTime(2021, 1, 1))).Code);
        Assert.Equal(IssueCodes.MontantInvalide, Fail(RawValue.Empty).Code);
        Assert.Equal(IssueCodes.MontantInvalide, Fail(RawValue.FromNumber(double.NaN)).Code);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_plainly_written_amount_is_the_decimal_of_its_digits_with_its_own_decimals(int seed)
    {
        // Grouped by spaces (plain, no-break, narrow no-break) or not, zero to two decimals, with or without €: the value and its
        // scale (what Parquet writes) are those decimal.Parse gives the bare digits.
        var random = new Random(seed);
        var integer = random.Next(4) switch
        {
            0 => random.NextInt64(0, 1_000),
            1 => random.NextInt64(0, 1_000_000),
            2 => random.NextInt64(0, 1_000_000_000),
            _ => random.NextInt64(0, 1_000_000_000_000),
        };
        var decimals = random.Next(3) switch { 0 => "", 1 => random.Next(10).ToString(CultureInfo.InvariantCulture), _ => random.Next(100).ToString("00", CultureInfo.InvariantCulture) };
        var digits = integer.ToString(CultureInfo.InvariantCulture);
        var space = " \u00A0\u202F"[random.Next(3)];
        var written = random.Next(2) == 0 ? MessageNumbers.GroupThousands(digits).Replace(' ', space) : digits;
        if (decimals.Length > 0) written += "," + decimals;
        written += random.Next(3) switch { 0 => "", 1 => $"{space}€", _ => "€" };

        Assert.True(AmountParser.TryParse(RawValue.FromText(written), out var euros, out var error), error?.Text);

        var expected = decimal.Parse(decimals.Length > 0 ? $"{digits}.{decimals}" : digits, CultureInfo.InvariantCulture);
        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(euros));
    }

    [Theory]
    [InlineData("1 234 567 890 123")]   // a thousand billion or more
    [InlineData("1234567890123")]
    [InlineData("12 34")]
    [InlineData("1234 567")]
    [InlineData("1 2345")]
    [InlineData("10,123")]
    [InlineData("10,")]
    [InlineData("€")]
    public void Amounts_near_the_plain_shape_keep_the_general_rules(string text)
    {
        Assert.False(AmountParser.TryParse(RawValue.FromText(text), out _, out var error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("1\u00A0\u00A0234", "1234")]
    [InlineData("1\u2009234,5", "1234.5")]
    [InlineData("10 ", "10")]
    [InlineData("€ 10,50", "10.50")]
    [InlineData("1.234,50 €", "1234.50")]
    public void Amounts_just_outside_the_plain_shape_are_read_by_the_general_rules(string text, string expected)
    {
        Assert.True(AmountParser.TryParse(RawValue.FromText(text), out var euros, out _));
        Assert.Equal(decimal.GetBits(decimal.Parse(expected, CultureInfo.InvariantCulture)), decimal.GetBits(euros));
    }

    [Theory]
    [InlineData("93,5", "93500")]
    [InlineData("93.5", "93500")]
    [InlineData("93", "93000")]
    [InlineData("1,234", "1234")]           // a single mark is decimal, as after « k€ »
    [InlineData("1 234,5", "1234500")]
    [InlineData("23,63501", "23635.01")]    // five decimals in k€ are cents
    [InlineData("0,001", "1")]
    [InlineData("93,5 k€", "93500")]        // the header's own unit, stated again
    [InlineData("93,5 K", "93500")]
    [InlineData("-5", "-5000")]             // the caller checks the range
    public void In_a_column_in_thousands_a_figure_is_thousands_of_euros(string text, string expected)
    {
        Assert.True(AmountParser.TryParse(RawValue.FromText(text), AmountUnit.Thousands, out var euros, out var error), error?.Text);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), euros);
    }

    [Theory]
    [InlineData(93.5, "93500")]
    [InlineData(23.6350123, "23635.01")]    // a spreadsheet's float is rounded to the cent, as in a column of euros
    [InlineData(0.1, "100")]
    public void In_a_column_in_thousands_a_numeric_cell_is_converted_and_rounded_to_the_cent(double number, string expected)
    {
        Assert.True(AmountParser.TryParse(RawValue.FromNumber(number), AmountUnit.Thousands, out var euros, out _));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), euros);
    }

    [Fact]
    public void In_a_column_in_millions_a_figure_is_millions_of_euros()
    {
        Assert.True(AmountParser.TryParse(RawValue.FromText("1,25"), AmountUnit.Millions, out var euros, out _));
        Assert.Equal(1_250_000m, euros);
        Assert.True(AmountParser.TryParse(RawValue.FromText("3,1 M€"), AmountUnit.Millions, out euros, out _));
        Assert.Equal(3_100_000m, euros);
    }

    [Theory]
    [InlineData("93 500 €", "93,5", "93 500")]
    [InlineData("93500 euros", "93,5", "93 500")]
    [InlineData("0,1 M€", "100", "100 000")]
    [InlineData("€ 1 250,50", "1,2505", "1 250,5")]
    public void A_cell_that_states_another_unit_than_its_header_is_ambiguous(string text, string inThousands, string euros)
    {
        Assert.False(AmountParser.TryParse(RawValue.FromText(text), AmountUnit.Thousands, out _, out var error));

        Assert.Equal(IssueCodes.MontantAmbigu, error!.Code);
        var message = error.InColumn("Montant accordé (k€)").Text;
        Assert.Contains("« Montant accordé (k€) »", message);
        Assert.Contains($"« {text} »", message);
        Assert.Contains($"« {inThousands} » pour {euros} €", message);
    }

    [Theory]
    [InlineData("23,635012", "23 635,012", 5)]
    [InlineData("0,000001", "0,001", 5)]
    public void A_figure_in_thousands_that_falls_below_the_cent_is_refused(string text, string euros, int decimals)
    {
        Assert.False(AmountParser.TryParse(RawValue.FromText(text), AmountUnit.Thousands, out _, out var error));

        Assert.Equal(IssueCodes.MontantInvalide, error!.Code);
        Assert.Contains($"fait {euros} €", error.Text);
        Assert.Contains($"au plus {decimals} décimales en milliers d'euros", error.Text);
    }

    [Fact]
    public void A_column_in_euros_reads_as_before()
    {
        Assert.True(AmountParser.TryParse(RawValue.FromText("93 500 €"), null, out var euros, out _));
        Assert.Equal(93_500m, euros);
        Assert.True(AmountParser.TryParse(RawValue.FromText("93,5"), null, out euros, out _));
        Assert.Equal(93.5m, euros);
    }
}

using Fnavdl.Core.Reading;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public class ListSplitterTests
{
    private static IReadOnlyList<string> Split(string text, char? delimiter = null) =>
        ListSplitter.Split(RawValue.FromText(text), delimiter);

    [Theory]
    [InlineData("13|83|84")]
    [InlineData("13;83;84")]
    [InlineData("13, 83, 84")]
    [InlineData("13,83,84")]
    [InlineData("13/83/84")]
    [InlineData("13\n83\n84")]
    [InlineData("13\r\n83\r\n84")]
    [InlineData(" 13 | 83 ;84 ")]
    [InlineData("13 | | 83 |84|")]
    [InlineData("13|83|13|84|83")]
    public void Splits_on_every_separator_trims_drops_blanks_and_duplicates(string text) =>
        Assert.Equal(["13", "83", "84"], Split(text));

    [Fact]
    public void Duplicates_are_dropped_case_insensitively_keeping_the_first_spelling() =>
        Assert.Equal(["Soliha", "Habitat et Humanisme"], Split("Soliha | Habitat et Humanisme|SOLIHA|habitat  et humanisme"));

    [Fact]
    public void Semicolon_is_not_a_separator_when_it_is_the_csv_delimiter() =>
        Assert.Equal(["a;b", "c"], Split("a;b|c", ';'));

    [Fact]
    public void Comma_is_not_a_separator_when_it_is_the_csv_delimiter() =>
        Assert.Equal(["a,b", "c"], Split("a,b;c", ','));

    [Theory]
    [InlineData("Jeunes 18,5 ans, Santé mentale", "Jeunes 18,5 ans", "Santé mentale")]
    [InlineData("1,5 M€, autre", "1,5 M€", "autre")]
    [InlineData("3,100,000 / x", "3,100,000", "x")]
    public void A_comma_inside_an_amount_does_not_split(string text, string first, string second) =>
        Assert.Equal([first, second], Split(text));

    [Fact]
    public void A_comma_between_siren_codes_splits() =>
        Assert.Equal(["200054781", "243500139"], Split("200054781,243500139"));

    [Fact]
    public void Corsican_and_overseas_codes_are_kept_as_written() =>
        Assert.Equal(["2A", "2B", "971"], Split("2A, 2B | 971"));

    [Fact]
    public void Hyphens_and_apostrophes_do_not_split() =>
        Assert.Equal(["Auvergne-Rhône-Alpes", "Logement d'abord"], Split("Auvergne-Rhône-Alpes; Logement d'abord"));

    [Fact]
    public void A_json_array_gives_its_items_trimmed_and_deduplicated() =>
        Assert.Equal(["13", "84"], ListSplitter.Split(RawValue.FromList([" 13 ", "", "84", "13"]), null));

    [Theory]
    [InlineData(13.0, "13")]
    [InlineData(243500139.0, "243500139")]
    [InlineData(12345678901234.0, "12345678901234")]
    [InlineData(1.5, "1.5")]
    public void A_number_cell_gives_one_item(double number, string expected) =>
        Assert.Equal([expected], ListSplitter.Split(RawValue.FromNumber(number), null));

    [Fact]
    public void Empty_gives_no_item() => Assert.Empty(ListSplitter.Split(RawValue.Empty, ';'));

    [Fact]
    public void Non_breaking_spaces_are_trimmed() =>
        Assert.Equal(["Soliha"], Split("\u00A0Soliha\u202F"));
}

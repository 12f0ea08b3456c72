using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public class NumberTextTests
{
    [Theory]
    [InlineData("1 234", true)]
    [InlineData("Santé mentale", true)]
    [InlineData("", true)]
    [InlineData(" 1234", false)]
    [InlineData("1234 ", false)]
    [InlineData("1  234", false)]
    [InlineData("1\u00A0234", false)]
    [InlineData("1\u200B234", false)]
    [InlineData("1 \u200B234", false)]
    public void IsClean_tells_whether_cleaning_would_change_the_text(string text, bool clean)
    {
        Assert.Equal(clean, NumberText.IsClean(text));
        Assert.Equal(clean, NumberText.CleanSpaces(text) == text);
    }

    [Theory]
    [InlineData(" 1\u00A0234\u202F567 ", "1 234 567")]
    [InlineData("a \u200B b", "a b")]
    [InlineData("\t\n", "")]
    public void CleanSpaces_trims_and_collapses_every_kind_of_space(string text, string expected)
    {
        Assert.Equal(expected, NumberText.CleanSpaces(text));
        var buffer = new char[text.Length];
        Assert.Equal(expected, new string(buffer, 0, NumberText.CleanSpaces(text, buffer)));
    }

    [Theory]
    [InlineData("3100000", "3100000")]
    [InlineData("3 100 000", "3100000")]
    [InlineData("3.100.000", "3100000")]
    [InlineData("12 34", null)]
    [InlineData("1234 567", null)]
    [InlineData(" 123", null)]
    [InlineData("12a", null)]
    public void Ungrouping_accepts_only_well_formed_groups(string integerPart, string? expected)
    {
        ReadOnlySpan<char> separators = [' ', '.'];
        Assert.Equal(expected, NumberText.UngroupDigits(integerPart, separators));
        var digits = new char[integerPart.Length];
        var ok = NumberText.TryUngroupDigits(integerPart, separators, digits, out var length);
        Assert.Equal(expected, ok ? new string(digits, 0, length) : null);
    }

    // Every kind of space the cleaning knows, mixed with words, at both ends and in runs.
    private static readonly string[] Pieces = ["a", "12", "é", " ", "  ", "\u00A0", "\u202F", "\u2009", "\u200B", "\u2060", "\uFEFF", "\t", "\n", "\u3000", "x"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 200)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Cleaning_is_the_words_between_spaces_joined_by_one_plain_space(int seed)
    {
        var random = new Random(seed);
        var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var spaces = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c)
            .Where(c => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF').ToArray();
        var expected = string.Join(' ', text.Split(spaces, StringSplitOptions.RemoveEmptyEntries));

        var buffer = new char[text.Length];
        Assert.Equal(expected, new string(buffer, 0, NumberText.CleanSpaces(text, buffer)));
        Assert.Equal(expected, NumberText.CleanSpaces(text));
        Assert.Equal(expected == text, NumberText.IsClean(text));
    }
}

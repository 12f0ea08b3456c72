using Fnavdl.Core.Issues;
using Fnavdl.Core.Validation.Values;

namespace Fnavdl.Core.Tests.Values;

public sealed class TextValueRuleTests
{
    public static TheoryData<int> EveryControlCharacter() => [.. Enumerable.Range(0, 0xA0).Where(c => char.IsControl((char)c))];

    [Theory]
    [MemberData(nameof(EveryControlCharacter))]
    public void Every_control_character_but_tab_and_line_breaks_is_refused_wherever_it_sits(int code)
    {
        var ch = (char)code;
        foreach (var text in new[] { $"{ch}", $"Projet {ch}", $"{ch} projet", new string('x', 300) + ch })
        {
            var problem = TextValueRule.Check(text, "intitule");
            if (ch is '\t' or '\n' or '\r')
            {
                Assert.Null(problem);
                continue;
            }
            Assert.NotNull(problem);
            Assert.Equal(IssueCodes.CaractereDeControle, problem.Code);
            Assert.Contains(ch == '\0' ? "nul" : code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture), problem.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_first_control_character_is_the_one_named()
    {
        var problem = TextValueRule.Check("a\u0007b\u001bc", "porteur");

        Assert.Contains("0007", problem!.Text);
        Assert.DoesNotContain("001B", problem.Text);
    }

    [Theory]
    [InlineData("id_projet", 100)]
    [InlineData("appel_a_projets", 200)]
    [InlineData("intitule", 2000)]
    [InlineData("champ_sans_limite", TextValueRule.DefaultMaxLength)]
    public void A_text_is_refused_one_character_past_its_fields_limit(string field, int max)
    {
        Assert.Null(TextValueRule.Check(new string('x', max), field));
        Assert.Equal(IssueCodes.TexteTropLong, TextValueRule.Check(new string('x', max + 1), field)!.Code);
    }
}

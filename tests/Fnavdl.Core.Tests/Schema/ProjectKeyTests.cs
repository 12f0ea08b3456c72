using Fnavdl.Core.Schema.Canonical;

namespace Fnavdl.Core.Tests.Schema;

public sealed class ProjectKeyTests
{
    [Fact]
    public void A_plain_project_reads_as_its_four_key_values_joined_by_bars() =>
        Assert.Equal("2021|93|AAP 2021-01|P-001", ProjectKey.Of(2021, "93", "AAP 2021-01", "P-001"));

    [Fact]
    public void Bars_and_backslashes_inside_the_call_or_the_reference_are_escaped_so_keys_never_collide()
    {
        // Unescaped, both would read 2021|93|A|B|C.
        var first = ProjectKey.Of(2021, "93", "A|B", "C");
        var second = ProjectKey.Of(2021, "93", "A", "B|C");

        Assert.Equal(@"2021|93|A\|B|C", first);
        Assert.Equal(@"2021|93|A|B\|C", second);
        Assert.Equal(@"2021|93|A\\|C", ProjectKey.Of(2021, "93", @"A\", "C"));
        Assert.NotEqual(ProjectKey.Of(2021, "93", @"A\", "|C"), ProjectKey.Of(2021, "93", @"A\|", "C"));
    }
}

using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Tests.Validation;

public sealed class DuplicateKeysTests
{
    [Fact]
    public void Every_repeated_key_names_its_first_row_after_the_table_has_grown_many_times()
    {
        var keys = new DuplicateKeys();
        const int Distinct = 200_000;

        var firstPass = Enumerable.Range(0, Distinct).Select(i => keys.FirstRow("AAP 2021", $"P{i}", i + 2)).ToList();
        var secondPass = Enumerable.Range(0, Distinct).Select(i => keys.FirstRow("AAP 2021", $"P{i}", Distinct + i + 2)).ToList();

        Assert.All(firstPass, first => Assert.Null(first));
        Assert.Equal(Enumerable.Range(0, Distinct).Select(i => (int?)(i + 2)), secondPass);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000)]
    [InlineData(50_000)]
    [InlineData(5_000_000)]
    public void A_table_sized_for_more_or_fewer_keys_than_come_finds_the_same_repeats(int expectedKeys)
    {
        var keys = new DuplicateKeys(expectedKeys);

        var firsts = Enumerable.Range(0, 20_000).Select(i => keys.FirstRow($"P{i % 15_000}", i + 2)).ToList();

        Assert.All(firsts.Take(15_000), first => Assert.Null(first));
        Assert.Equal(Enumerable.Range(0, 5_000).Select(i => (int?)(i + 2)), firsts.Skip(15_000));
    }

    [Fact]
    public void A_key_in_two_parts_is_not_the_same_key_as_its_parts_cut_elsewhere()
    {
        var keys = new DuplicateKeys();

        Assert.Null(keys.FirstRow("AAP 1", "P12", 2));
        Assert.Null(keys.FirstRow("AAP 1P", "12", 3));
        Assert.Null(keys.FirstRow("AAP 1P12", 4));
        Assert.Equal(2, keys.FirstRow("AAP 1", "P12", 5));
        Assert.Equal(4, keys.FirstRow("AAP 1P12", 6));
    }
}

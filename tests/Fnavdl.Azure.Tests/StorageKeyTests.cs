namespace Fnavdl.Azure.Tests;

public sealed class StorageKeyTests
{
    [Theory]
    [InlineData("projets/annee=2021/code_region=93/appel=AAP-2021-01")]
    [InlineData(@"a\b#c?d%e'f~g")]
    [InlineData("région Île-de-France")]
    [InlineData("tab\there\u0001\u007f\u009f")]
    [InlineData("~2F")]
    [InlineData("")]
    public void Encode_then_decode_gives_back_the_key(string key) =>
        Assert.Equal(key, StorageKey.Decode(StorageKey.Encode(key)));

    [Fact]
    public void Encoded_keys_contain_no_character_Table_Storage_forbids()
    {
        var encoded = StorageKey.Encode("projets/x\\y#z?w\u0000\u0085'%");

        Assert.DoesNotContain(encoded, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        Assert.Equal("projets~2Fx~5Cy~23z~3Fw~00~85~27~25", encoded);
    }

    [Fact]
    public void Keys_without_special_characters_are_kept_as_they_are() =>
        Assert.Equal("Île-de-France_93", StorageKey.Encode("Île-de-France_93"));

    [Fact]
    public void A_truncated_escape_is_rejected() =>
        Assert.Throws<FormatException>(() => StorageKey.Decode("abc~2"));
}

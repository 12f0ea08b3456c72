using Fnavdl.Core.Schema.Vocabularies;

namespace Fnavdl.Core.Tests.Values;

public class MatchCacheTests
{
    [Fact]
    public void A_text_seen_again_is_answered_from_the_cache_with_the_same_result()
    {
        var calls = 0;
        var cache = new MatchCache(text => { calls++; return text == "asso" ? "association" : null; });

        Assert.Equal("association", cache.Match("asso"));
        Assert.Equal("association", cache.Match(new string("asso".AsSpan())));
        Assert.Null(cache.Match("inconnu"));
        Assert.Null(cache.Match("inconnu"));

        Assert.Equal(2, calls);
    }

    [Fact]
    public void Past_its_bound_the_cache_computes_without_keeping()
    {
        var calls = 0;
        var cache = new MatchCache(text => { calls++; return text; });
        for (var i = 0; i < MatchCache.MaxEntries + 10; i++) cache.Match($"t{i}");

        Assert.Equal(MatchCache.MaxEntries, cache.Count);
        var before = calls;
        Assert.Equal($"t{MatchCache.MaxEntries + 5}", cache.Match($"t{MatchCache.MaxEntries + 5}"));
        Assert.Equal(before + 1, calls);
    }

    [Fact]
    public void Long_texts_are_not_kept()
    {
        var cache = new MatchCache(_ => "x");
        cache.Match(new string('a', MatchCache.MaxTextLength + 1));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void The_vocabularies_give_the_same_answer_twice_for_known_and_unknown_texts()
    {
        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal("jeunes", ThemeVocabulary.Match("Jeunes"));
            Assert.Null(ThemeVocabulary.Match("Jeunes sortants de prison"));
            Assert.Equal(CarrierTypeVocabulary.BailleurSocial, CarrierTypeVocabulary.Match("OPH"));
            Assert.Null(CarrierTypeVocabulary.Match("syndicat"));
        }
    }
}

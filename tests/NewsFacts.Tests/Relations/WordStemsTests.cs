using NewsFacts.Relations;

namespace NewsFacts.Tests.Relations;

public class WordStemsTests
{
    [Theory]
    [InlineData("sue", "sues", "sued")]
    [InlineData("stop", "stops", "stopped", "stopping")]
    [InlineData("supply", "supplies", "supplied", "supplying")]
    [InlineData("leave", "leaves", "leaving")]
    [InlineData("fire", "fires", "fired")]
    [InlineData("use", "uses", "used")]
    [InlineData("cancel", "cancelled", "cancels")]
    [InlineData("control", "controlled", "controlling")]
    [InlineData("bid", "bids", "bidding")]
    [InlineData("merge", "merges", "merged", "merging")]
    [InlineData("buy", "buys", "buying", "BUYS")]
    [InlineData("company", "companies", "Companies")]
    public void Inflections_of_a_word_share_its_stem(string word, params string[] forms)
    {
        foreach (string form in forms)
        {
            Assert.True(WordStems.Hash(word) == WordStems.Hash(form), $"{form} should stem like {word}");
        }
    }

    [Theory]
    [InlineData("investor", "invest")]
    [InlineData("add", "ad")]
    [InlineData("sell", "sel")]
    [InlineData("pass", "pas")]
    [InlineData("analysis", "analysi")]
    [InlineData("bring", "br")]
    [InlineData("the", "th")]
    [InlineData("one", "on")]
    public void Short_words_doublings_and_derivations_keep_their_own_stem(string word, string other) =>
        Assert.NotEqual(WordStems.Hash(other), WordStems.Hash(word));

    [Fact]
    public void Every_trigger_inflection_is_a_trigger_of_the_same_relation()
    {
        foreach (var (word, form) in new[] { ("sue", "sued"), ("stop", "stopped"), ("step", "stepped"), ("supply", "supplies"), ("fire", "fired"), ("use", "used") })
        {
            int relation = TriggerLexicon.Classify(WordStems.Hash(word));
            Assert.NotEqual(0, relation);
            Assert.Equal(relation, TriggerLexicon.Classify(WordStems.Hash(form)));
        }
    }

    [Fact]
    public void The_per_document_cache_gives_each_token_the_stem_the_features_compute()
    {
        const string text = "Harlow Systems sued Kestrel Data, which supplies 12 chips, after it stopped paying $5m.";
        var tokens = NewsFacts.Text.NewsTokenizer.Tokenize(text);
        var cache = new TokenStems(text, tokens);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int t = 0; t < tokens.Count; t++)
            {
                Assert.Equal(RelationFeatures.Stem(text, tokens[t]), cache[t]);
            }
        }
    }
}

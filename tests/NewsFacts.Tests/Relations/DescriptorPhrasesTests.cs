using NewsFacts.Relations;
using NewsFacts.Text;

namespace NewsFacts.Tests.Relations;

public class DescriptorPhrasesTests
{
    // The describing phrase before the name at token index `argument`, as text ("" when there is none).
    private static string PhraseBefore(string text, string argument, string? earlier = null)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        int Index(string word) => tokens.FindIndex(t => text[t.Start..t.End] == word);
        int start = Index(argument);
        int limit = earlier is null ? 0 : Index(earlier) + 1;
        int phrase = DescriptorPhrases.StartBefore(text, tokens, start, limit);
        return phrase == start ? "" : text[tokens[phrase].Start..tokens[start - 1].End];
    }

    [Theory]
    [InlineData("WPP bought US rival Grey last year.", "Grey", "US rival")]
    [InlineData("Gazprom took over nuclear fuel giant Atomstroieksport in October.", "Atomstroieksport", "nuclear fuel giant")]
    [InlineData("Yugansk was sold to the little-known investment company Baikal.", "Baikal", "the little-known investment company")]
    [InlineData("Santander completed its takeover of British bank Abbey.", "Abbey", "British bank")]
    public void A_kind_of_organisation_before_a_name_is_its_description(string text, string argument, string expected) =>
        Assert.Equal(expected, PhraseBefore(text, argument));

    [Theory]
    [InlineData("Acme partners with Bolt on chips.", "Bolt")]
    [InlineData("Acme sold its unit Bolt to a rival.", "Bolt")]
    [InlineData("Acme is the owner of Bolt.", "Bolt")]
    [InlineData("Acme named Jane Okafor chief executive.", "Okafor")]
    public void Relational_nouns_and_plain_wordings_have_no_description(string text, string argument) =>
        Assert.Equal("", PhraseBefore(text, argument));

    [Fact]
    public void The_phrase_stops_at_prepositions_verbs_and_the_earlier_argument()
    {
        Assert.Equal("rival", PhraseBefore("The deal between Acme and rival Bolt collapsed.", "Bolt"));
        Assert.Equal("rival", PhraseBefore("Acme rival Bolt grew.", "Bolt", earlier: "Acme"));
        Assert.Equal("chip maker", PhraseBefore("Acme bought chip maker Bolt.", "Bolt"));
    }
}

using NewsFacts.Entities;
using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;
using NewsFacts.Text;

namespace NewsFacts.Tests.Entities;

public class GovernmentBodiesTests
{
    // Tags each token of `text` as given ("B-LOC", "I-ORG", "O" ...), joins state bodies and returns the tags.
    private static string[] Join(string text, string[] tags, bool[]? fromGazetteer = null)
    {
        var tokens = NewsTokenizer.Tokenize(text).ToArray();
        Assert.Equal(tokens.Length, tags.Length);
        var bytes = tags.Select(t => TagSet.TryParse(t, out byte b) ? b : throw new ArgumentException(t)).ToArray();
        var confidence = Enumerable.Repeat(0.5f, tokens.Length).ToArray();
        GovernmentBodies.Join(text, tokens, bytes, confidence, fromGazetteer ?? new bool[tokens.Length]);
        return bytes.Select(TagSet.Name).ToArray();
    }

    [Theory]
    [InlineData("the Indian government said", "O B-MISC O O", "O B-ORG I-ORG O")]
    [InlineData("the US Treasury said", "O B-LOC B-ORG O", "O B-ORG I-ORG O")]
    [InlineData("the German finance ministry said", "O B-MISC O O O", "O B-ORG I-ORG I-ORG O")]
    [InlineData("the Nigerian central bank said", "O B-MISC O O O", "O B-ORG I-ORG I-ORG O")]
    [InlineData("the New Zealand High Court ruled", "O B-LOC I-LOC O O O", "O B-ORG I-ORG I-ORG I-ORG O")]
    public void A_place_or_nationality_before_a_state_body_becomes_one_organisation(string text, string tags, string expected) =>
        Assert.Equal(expected.Split(' '), Join(text, tags.Split(' ')));

    [Theory]
    [InlineData("the Indian economy grew", "O B-MISC O O")]
    [InlineData("the Indian central heating", "O B-MISC O O")]
    [InlineData("Acme government unit", "B-ORG O O")]
    [InlineData("the US Treasury Bills", "O B-LOC B-ORG I-ORG")]
    [InlineData("yields on US government bonds rose", "O O B-LOC O O O")]
    [InlineData("UK Treasury figures show", "B-LOC B-ORG O O")]
    public void Other_nouns_organisations_and_longer_names_are_left_alone(string text, string tags) =>
        Assert.Equal(tags.Split(' '), Join(text, tags.Split(' ')));

    [Fact]
    public void A_place_the_gazetteer_named_is_left_alone() =>
        Assert.Equal(["O", "B-LOC", "O", "O"], Join("the Indian government said", ["O", "B-LOC", "O", "O"], [false, true, false, false]));

    [Fact]
    public void The_pipeline_names_a_government_as_an_organisation()
    {
        var result = SharedExtractor.Default.Extract("The Indian government sold its 26% stake in IPCL to Reliance.");
        var government = Assert.Single(result.Entities, e => e.Text == "Indian government");
        Assert.Equal(EntityType.Organization, government.Type);
        Assert.True(government.Confidence is > 0 and <= 1);
    }
}

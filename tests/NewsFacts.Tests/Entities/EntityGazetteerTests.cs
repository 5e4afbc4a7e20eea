using NewsFacts.Entities;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Entities;

public class EntityGazetteerTests
{
    private static ExtractionResult ExtractWith(EntityGazetteer gazetteer, string text) =>
        NewsFactsExtractor.Create(new NewsFactsOptions { Gazetteer = gazetteer }).Extract(text);

    [Fact]
    public void Added_name_is_found_with_confidence_one_and_its_type()
    {
        const string text = "Acme Robotics said sales rose.";
        var withoutGazetteer = SharedExtractor.Default.Extract(text);
        Assert.DoesNotContain(withoutGazetteer.Entities, e => e.Text == "Acme Robotics" && e.Type == EntityType.Organization && e.Confidence == 1);

        var result = ExtractWith(new EntityGazetteer().Add("Acme Robotics", EntityType.Organization), text);
        var acme = Assert.Single(result.Entities, e => e.Text == "Acme Robotics");
        Assert.Equal(EntityType.Organization, acme.Type);
        Assert.Equal(1.0, acme.Confidence);
        Assert.Equal("Acme Robotics", acme.Canonical);
        Assert.Equal((0, 13), (acme.Start, acme.End));
    }

    [Fact]
    public void Matching_is_case_sensitive_on_whole_tokens()
    {
        const string text = "The meta data and Metaverse plans of Metas.";
        var gazetteer = new EntityGazetteer().Add("Meta", EntityType.Organization);
        Assert.Equal(FactsJson.Serialize(SharedExtractor.Default.Extract(text)), FactsJson.Serialize(ExtractWith(gazetteer, text)));
        Assert.Contains(ExtractWith(gazetteer, "The Meta data.").Entities, e => e.Text == "Meta" && e.Confidence == 1);
    }

    [Fact]
    public void Longest_name_wins()
    {
        var gazetteer = new EntityGazetteer()
            .Add("Acme", EntityType.Location)
            .Add("Acme Robotics Group", EntityType.Organization);
        var result = ExtractWith(gazetteer, "Acme Robotics Group said profits rose in Acme today.");
        var first = result.Entities.First();
        Assert.Equal(("Acme Robotics Group", EntityType.Organization), (first.Text, first.Type));
        Assert.Contains(result.Entities, e => e.Text == "Acme" && e.Type == EntityType.Location && e.Start > 20);
    }

    [Fact]
    public void Curly_and_straight_apostrophes_match_each_other()
    {
        var gazetteer = new EntityGazetteer().Add("Macy\u2019s Inc", EntityType.Organization);
        var result = ExtractWith(gazetteer, "Shares in Macy's Inc fell.");
        var macys = Assert.Single(result.Entities, e => e.Text == "Macy's Inc");
        Assert.Equal((1.0, EntityType.Organization), (macys.Confidence, macys.Type));
    }

    [Fact]
    public void Suppress_removes_a_model_mention()
    {
        const string text = "Analysts at Morgan Stanley said demand was weak.";
        Assert.Contains(SharedExtractor.Default.Extract(text).Entities, e => e.Text == "Morgan Stanley"); // precondition: the model finds it

        var result = ExtractWith(new EntityGazetteer().Suppress("Morgan Stanley"), text);
        Assert.DoesNotContain(result.Entities, e => e.Text.Contains("Morgan", StringComparison.Ordinal));
    }

    [Fact]
    public void Gazetteer_name_inside_a_model_mention_clears_the_remainder_after_it()
    {
        const string text = "Shares in Bank of America fell on Monday.";
        Assert.Contains(SharedExtractor.Default.Extract(text).Entities, e => e.Text == "Bank of America"); // precondition

        var result = ExtractWith(new EntityGazetteer().Add("Bank", EntityType.Organization), text);
        var bank = Assert.Single(result.Entities);
        Assert.Equal(("Bank", 1.0), (bank.Text, bank.Confidence));
    }

    [Fact]
    public void Gazetteer_name_ending_a_two_token_model_mention_clears_the_token_before()
    {
        const string text = "Analysts at Morgan Stanley said demand was weak.";
        Assert.Contains(SharedExtractor.Default.Extract(text).Entities, e => e.Text == "Morgan Stanley"); // precondition

        var result = ExtractWith(new EntityGazetteer().Add("Stanley", EntityType.Person), text);
        var stanley = Assert.Single(result.Entities);
        Assert.Equal(("Stanley", EntityType.Person), (stanley.Text, stanley.Type));
    }

    [Fact]
    public void Gazetteer_name_at_the_end_of_a_long_model_mention_leaves_no_partial_mention()
    {
        const string text = "Shares in Bank of America fell on Monday.";
        Assert.Contains(SharedExtractor.Default.Extract(text).Entities, e => e.Text == "Bank of America"); // precondition

        var result = ExtractWith(new EntityGazetteer().Add("America", EntityType.Location), text);
        var america = Assert.Single(result.Entities);
        Assert.Equal(("America", EntityType.Location), (america.Text, america.Type));
    }

    [Fact]
    public void Parse_reads_names_types_suppressions_comments_and_blank_lines()
    {
        var gazetteer = EntityGazetteer.Parse(
        [
            "# user names",
            "",
            "Acme Robotics\tORG",
            "Jane Roe\tPER",
            "John Doe\tperson",
            "Springfield\tLOC",
            "  Euro 2024 \t MISC  ",
            "Morgan Stanley\tSUPPRESS",
        ]);
        Assert.Equal(5, gazetteer.Count);
        Assert.Equal(1, gazetteer.SuppressedCount);

        var result = ExtractWith(gazetteer, "Jane Roe of Acme Robotics met John Doe in Springfield before Euro 2024.");
        Assert.Contains(result.Entities, e => e.Text == "Jane Roe" && e.Type == EntityType.Person && e.Confidence == 1);
        Assert.Contains(result.Entities, e => e.Text == "Acme Robotics" && e.Type == EntityType.Organization);
        Assert.Contains(result.Entities, e => e.Text == "John Doe" && e.Type == EntityType.Person);
        Assert.Contains(result.Entities, e => e.Text == "Springfield" && e.Type == EntityType.Location);
        Assert.Contains(result.Entities, e => e.Text == "Euro 2024" && e.Type == EntityType.Miscellaneous);
    }

    [Theory]
    [InlineData(new[] { "Acme\tORG", "# ok", "no tab here" }, 3)]
    [InlineData(new[] { "Acme\tCOMPANY" }, 1)]
    [InlineData(new[] { "", "\tORG" }, 2)]
    [InlineData(new[] { "Acme\tORG", "Beta\t" }, 2)]
    public void Parse_rejects_bad_lines_naming_the_line_number(string[] lines, int badLine)
    {
        var error = Assert.Throws<FormatException>(() => EntityGazetteer.Parse(lines));
        Assert.Contains($"line {badLine}", error.Message);
    }

    [Fact]
    public void Parse_reports_a_name_without_tokens_as_a_format_error()
    {
        var error = Assert.Throws<FormatException>(() => EntityGazetteer.Parse(["Acme\tORG", "\u200B\tORG"]));
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Parse_reports_a_suppressed_name_without_tokens_as_a_format_error()
    {
        var error = Assert.Throws<FormatException>(() => EntityGazetteer.Parse(["# names", "\uFEFF\u200B\tSUPPRESS"]));
        Assert.Contains("line 2", error.Message);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_names_are_rejected(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new EntityGazetteer().Add(name, EntityType.Organization));
        Assert.ThrowsAny<ArgumentException>(() => new EntityGazetteer().Suppress(name));
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => EntityGazetteer.Parse(null!));
    }
}

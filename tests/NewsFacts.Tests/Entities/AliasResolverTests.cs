using NewsFacts.Tests.Support;
using NewsFacts.Entities;
using NewsFacts.Facts;
using NewsFacts.Pipeline;

namespace NewsFacts.Tests.Entities;

public class AliasResolverTests
{
    /// <summary>Runs the text stage, marks the given mentions (surface text and type, in order of appearance) and resolves aliases.</summary>
    private static List<EntityMention> Resolve(string text, params (string Surface, EntityType Type)[] mentions) =>
        TestDocuments.With(text, mentions).Entities;

    [Fact]
    public void Surname_resolves_to_the_full_name()
    {
        var entities = Resolve(
            "Jason Droege, the interim chief, spoke. Droege said the firm was independent.",
            ("Jason Droege", EntityType.Person), ("Droege", EntityType.Person));
        Assert.Equal(["Jason Droege", "Jason Droege"], entities.Select(e => e.Canonical));
        Assert.Equal("Droege", entities[1].Text);
        Assert.Equal(EntityType.Person, entities[1].Type);
    }

    [Fact]
    public void Surname_tagged_as_organisation_takes_the_person_type()
    {
        var entities = Resolve("Jason Droege spoke. Droege said no.", ("Jason Droege", EntityType.Person), ("Droege", EntityType.Organization));
        Assert.Equal(("Jason Droege", EntityType.Person), (entities[1].Canonical, entities[1].Type));
    }

    [Fact]
    public void A_short_form_mistyped_as_a_person_still_reaches_the_full_organisation_name()
    {
        // "Northwind" (person) links to "Northwind" (organisation), which links to the full name: one hop is not enough.
        var entities = Resolve(
            "Northwind Logistics Inc. agreed a deal. Jane Okafor joined Northwind in 2021. Northwind denied it.",
            ("Northwind Logistics Inc.", EntityType.Organization), ("Jane Okafor", EntityType.Person), ("Northwind", EntityType.Organization), ("Northwind", EntityType.Person));
        Assert.Equal(("Northwind Logistics Inc.", EntityType.Organization), (entities[2].Canonical, entities[2].Type));
        Assert.Equal(("Northwind Logistics Inc.", EntityType.Organization), (entities[3].Canonical, entities[3].Type));
    }

    [Fact]
    public void First_name_alone_of_a_person_resolves_to_the_full_name()
    {
        var entities = Resolve("Alexandr Wang joins Meta. Alexandr said so.", ("Alexandr Wang", EntityType.Person), ("Meta", EntityType.Organization), ("Alexandr", EntityType.Person));
        Assert.Equal("Alexandr Wang", entities[2].Canonical);
        Assert.Equal("Meta", entities[1].Canonical);
    }

    [Fact]
    public void Alias_before_the_full_name_also_resolves()
    {
        var entities = Resolve("Droege spoke first. Later Jason Droege wrote.", ("Droege", EntityType.Person), ("Jason Droege", EntityType.Person));
        Assert.Equal("Jason Droege", entities[0].Canonical);
    }

    [Fact]
    public void Leading_part_of_an_organisation_name_resolves_to_the_full_name()
    {
        var entities = Resolve("Scale AI's founder left. Scale said no.", ("Scale AI", EntityType.Organization), ("Scale", EntityType.Organization));
        Assert.Equal(["Scale AI", "Scale AI"], entities.Select(e => e.Canonical));
    }

    [Fact]
    public void A_parent_named_on_its_own_before_its_unit_stays_a_separate_organisation()
    {
        var entities = Resolve(
            "Prices fell again. Tidewell reported higher sales. Tidewell Europe, its regional arm, cut jobs. Tidewell said more would follow.",
            ("Tidewell", EntityType.Organization), ("Tidewell Europe", EntityType.Organization), ("Tidewell", EntityType.Organization));
        Assert.Equal(["Tidewell", "Tidewell Europe", "Tidewell"], entities.Select(e => e.Canonical));
    }

    [Fact]
    public void A_short_form_in_the_headline_before_the_full_name_still_resolves()
    {
        var entities = Resolve(
            "Tidewell wins contract\nTidewell Robotics signed a deal with the navy. Tidewell said it would hire.",
            ("Tidewell", EntityType.Organization), ("Tidewell Robotics", EntityType.Organization), ("Tidewell", EntityType.Organization));
        Assert.All(entities, e => Assert.Equal("Tidewell Robotics", e.Canonical));
    }

    [Fact]
    public void A_name_plus_a_corporate_designator_is_the_same_firm_whichever_comes_first()
    {
        var entities = Resolve(
            "Prices fell again. Lenvara opened a plant. Lenvara Group said it would hire.",
            ("Lenvara", EntityType.Organization), ("Lenvara Group", EntityType.Organization));
        Assert.All(entities, e => Assert.Equal("Lenvara Group", e.Canonical));
    }

    [Fact]
    public void Leading_part_with_a_different_type_is_not_an_alias_of_an_organisation()
    {
        var entities = Resolve("Scale AI grew. Scale is a town.", ("Scale AI", EntityType.Organization), ("Scale", EntityType.Location));
        Assert.Equal("Scale", entities[1].Canonical);
        Assert.Equal(EntityType.Location, entities[1].Type);
    }

    [Fact]
    public void Spellings_differing_in_spaces_and_case_share_the_fullest_name()
    {
        var entities = Resolve("TimeWarner and Time Warner and TIME WARNER.", ("TimeWarner", EntityType.Organization), ("Time Warner", EntityType.Organization), ("TIME WARNER", EntityType.Organization));
        Assert.All(entities, e => Assert.Equal("Time Warner", e.Canonical));
    }

    [Fact]
    public void Unrelated_names_keep_their_own_canonical()
    {
        var entities = Resolve("Jason Droege met Anna Smith. Smith said so.", ("Jason Droege", EntityType.Person), ("Anna Smith", EntityType.Person), ("Smith", EntityType.Person));
        Assert.Equal(["Jason Droege", "Anna Smith", "Anna Smith"], entities.Select(e => e.Canonical));
    }

    [Fact]
    public void Canonical_uses_the_original_characters_and_offsets()
    {
        const string text = "Macy\u2019s Group grew. Macy\u2019s said so.";
        var entities = Resolve(text, ("Macy\u2019s Group", EntityType.Organization), ("Macy\u2019s", EntityType.Organization));
        Assert.Equal("Macy\u2019s Group", entities[1].Canonical);
        Assert.All(entities, e => Assert.Equal(text[e.Start..e.End], e.Text));
    }

    [Fact]
    public void End_to_end_with_gazetteer_the_surname_gets_the_full_name()
    {
        var gazetteer = new EntityGazetteer().Add("Jason Droege", EntityType.Person).Add("Droege", EntityType.Person);
        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions { Gazetteer = gazetteer });
        var result = extractor.Extract("Scale AI's interim CEO, Jason Droege, said the firm remained independent. Droege wrote in a blog post.");
        var droege = Assert.Single(result.Entities, e => e.Text == "Droege");
        Assert.Equal(("Jason Droege", EntityType.Person), (droege.Canonical, droege.Type));
        Assert.Contains(result.Entities, e => e.Text == "Jason Droege" && e.Canonical == "Jason Droege");
    }

    [Fact]
    public void Abbreviation_introduced_in_brackets_resolves_to_the_full_name()
    {
        var entities = Resolve(
            "General Motors (GM) cut jobs. Later GM said more cuts were possible.",
            ("General Motors", EntityType.Organization), ("GM", EntityType.Organization), ("GM", EntityType.Organization));
        Assert.Equal(["General Motors", "General Motors", "General Motors"], entities.Select(e => e.Canonical));
        Assert.Equal("GM", entities[2].Text);
    }
}

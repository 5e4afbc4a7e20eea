using NewsFacts.Tests.Support;
using NewsFacts.Facts;
using NewsFacts.Relations;

namespace NewsFacts.Tests.Relations;

public class ReferenceResolverTests
{
    [Fact]
    public void The_firm_at_a_sentence_start_resolves_to_the_subject_of_the_previous_sentence()
    {
        var document = TestDocuments.With(
            "Quarterly profits at Harlow Systems rose after Kestrel Data cut prices. The firm, which is one of the biggest investors in Orbital, benefited.",
            ("Harlow Systems", EntityType.Organization), ("Kestrel Data", EntityType.Organization), ("Orbital", EntityType.Organization));
        var reference = Assert.Single(ReferenceResolver.Arguments(document), a => a.IsReference);
        Assert.Equal("The firm", TestDocuments.TextOf(document, reference));
        Assert.Equal("Harlow Systems", reference.Canonical);
        Assert.Equal(1, reference.Sentence);
    }

    [Fact]
    public void Its_inside_a_sentence_resolves_to_the_nearest_organisation_before_it()
    {
        var document = TestDocuments.With(
            "Harlow Systems will gradually stop its collaboration with Kestrel Data.",
            ("Harlow Systems", EntityType.Organization), ("Kestrel Data", EntityType.Organization));
        var reference = Assert.Single(ReferenceResolver.Arguments(document), a => a.IsReference);
        Assert.Equal("its", TestDocuments.TextOf(document, reference));
        Assert.Equal("Harlow Systems", reference.Canonical);
    }

    [Theory]
    [InlineData("Harlow Systems reported results. It is expected that demand will rise.")]
    [InlineData("Harlow Systems reported results. It was likely to be a good year.")]
    public void Expletive_it_is_not_a_reference(string text)
    {
        var document = TestDocuments.With(text, ("Harlow Systems", EntityType.Organization));
        Assert.DoesNotContain(ReferenceResolver.Arguments(document), a => a.IsReference);
    }

    [Fact]
    public void A_reference_without_an_organisation_nearby_stays_unresolved()
    {
        var document = TestDocuments.With(
            "Jane Okafor spoke on Monday. Analysts were cautious. Markets fell. The company said nothing.",
            ("Jane Okafor", EntityType.Person));
        Assert.DoesNotContain(ReferenceResolver.Arguments(document), a => a.IsReference);
    }

    [Fact]
    public void References_never_resolve_to_a_person()
    {
        var document = TestDocuments.With("Jane Okafor said it would grow.", ("Jane Okafor", EntityType.Person));
        Assert.DoesNotContain(ReferenceResolver.Arguments(document), a => a.IsReference);
    }

    [Fact]
    public void Arguments_are_in_text_order_and_carry_canonical_names()
    {
        var document = TestDocuments.With(
            "Jason Droege joined Scale AI in 2020. Droege said Scale was independent.",
            ("Jason Droege", EntityType.Person), ("Scale AI", EntityType.Organization), ("Droege", EntityType.Person), ("Scale", EntityType.Organization));
        var arguments = ReferenceResolver.Arguments(document);
        Assert.Equal(["Jason Droege", "Scale AI", "Jason Droege", "Scale AI"], arguments.Select(a => a.Canonical));
        Assert.Equal(arguments.OrderBy(a => a.FirstToken), arguments);
    }

    [Theory]
    [InlineData("Harlow Systems reported record sales on Monday. \"We are pleased,\" said chief executive Jane Okafor.", "chief executive")]
    [InlineData("Harlow Systems reported record sales on Monday. Jane Okafor, chairman and chief executive, said demand was strong.", "chairman and chief executive")]
    public void An_officer_quoted_by_title_alone_implies_the_organisation_of_the_passage(string text, string title)
    {
        var document = TestDocuments.With(text, ("Harlow Systems", EntityType.Organization), ("Jane Okafor", EntityType.Person));
        var implied = Assert.Single(ReferenceResolver.Arguments(document), a => a.IsImplicit);
        Assert.Equal(title, TestDocuments.TextOf(document, implied));
        Assert.Equal("Harlow Systems", implied.Canonical);
        Assert.Equal(EntityType.Organization, implied.Type);
    }

    [Theory]
    [InlineData("Harlow Systems reported record sales. Kestrel Data chief executive Jane Okafor was cautious.")]
    [InlineData("Harlow Systems reported record sales. Its chief executive Jane Okafor was pleased.")]
    [InlineData("Harlow Systems reported record sales. \"It is a good year,\" said analyst Jane Okafor.")]
    [InlineData("Jane Okafor, chief executive, said demand was strong.")]
    public void No_implied_organisation_when_one_is_named_the_title_is_no_officer_or_none_is_near(string text)
    {
        (string, EntityType)[] names = [("Harlow Systems", EntityType.Organization), ("Kestrel Data", EntityType.Organization), ("Jane Okafor", EntityType.Person)];
        var present = names.Where(n => text.Contains(n.Item1, StringComparison.Ordinal)).OrderBy(n => text.IndexOf(n.Item1, StringComparison.Ordinal)).ToArray();
        var document = TestDocuments.With(text, present);
        Assert.DoesNotContain(ReferenceResolver.Arguments(document), a => a.IsImplicit);
    }

    [Theory]
    [InlineData("Harlow Systems reported record sales. Ruritanian President Jane Okafor said the economy was strong.", "Ruritanian", EntityType.Miscellaneous)]
    [InlineData("Harlow Systems reported record sales. Ruritania's president Jane Okafor said the economy was strong.", "Ruritania", EntityType.Location)]
    public void A_title_after_a_nationality_or_a_place_is_an_office_of_state_and_implies_no_organisation(string text, string place, EntityType type)
    {
        var document = TestDocuments.With(text, ("Harlow Systems", EntityType.Organization), (place, type), ("Jane Okafor", EntityType.Person));
        Assert.DoesNotContain(ReferenceResolver.Arguments(document), a => a.IsImplicit);

        var untagged = TestDocuments.With(text, ("Harlow Systems", EntityType.Organization), ("Jane Okafor", EntityType.Person));
        Assert.Single(ReferenceResolver.Arguments(untagged), a => a.IsImplicit); // the place's mention is what makes the difference
    }
}

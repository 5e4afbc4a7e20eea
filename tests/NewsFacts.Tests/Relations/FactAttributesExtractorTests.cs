using NewsFacts.Tests.Support;
using NewsFacts.Facts;
using NewsFacts.Relations;

namespace NewsFacts.Tests.Relations;

public class FactAttributesExtractorTests
{
    private static FactAttributes Attributes(string text, RelationType relation, params (string Surface, EntityType Type)[] mentions)
    {
        var document = TestDocuments.With(text, mentions);
        var arguments = ReferenceResolver.Arguments(document).Where(a => !a.IsReference).ToList();
        var sentence = document.Sentences[arguments[0].Sentence];
        var person = arguments.FirstOrDefault(a => a.Type == EntityType.Person);
        var subject = relation is RelationType.HoldsRole or RelationType.LeavesRole ? person : arguments[0];
        var obj = arguments.First(a => a != subject);
        return FactAttributesExtractor.Extract(document.Normalized, document.Tokens, sentence, relation, subject, obj, arguments);
    }

    [Fact]
    public void Role_in_a_possessive_apposition()
    {
        var attributes = Attributes("Scale AI's interim CEO, Jason Droege, said the firm was independent.", RelationType.HoldsRole,
            ("Scale AI", EntityType.Organization), ("Jason Droege", EntityType.Person));
        Assert.Equal("interim CEO", attributes.Role);
        Assert.Null(attributes.Amount);
    }

    [Fact]
    public void Role_before_the_name()
    {
        var attributes = Attributes("BA chief executive Rod Eddington said fares would rise.", RelationType.HoldsRole,
            ("BA", EntityType.Organization), ("Rod Eddington", EntityType.Person));
        Assert.Equal("chief executive", attributes.Role);
    }

    [Fact]
    public void Former_alone_is_no_role()
    {
        var attributes = Attributes("Mark Ellis, formerly of Harlow Systems, joined the board.", RelationType.LeavesRole,
            ("Mark Ellis", EntityType.Person), ("Harlow Systems", EntityType.Organization));
        Assert.Null(attributes.Role);
    }

    [Theory]
    [InlineData("Harlow Systems bought Kestrel Data for $14.3bn last year.", "$14.3bn")]
    [InlineData("Harlow Systems announced a multi-billion dollar investment in Kestrel Data.", "multi-billion dollar")]
    [InlineData("Harlow Systems took a 49% stake in Kestrel Data.", "49%")]
    public void Amount_near_an_investment_or_acquisition(string text, string amount)
    {
        var attributes = Attributes(text, RelationType.InvestsIn, ("Harlow Systems", EntityType.Organization), ("Kestrel Data", EntityType.Organization));
        Assert.Equal(amount, attributes.Amount);
    }

    [Fact]
    public void No_amount_for_other_relations()
    {
        var attributes = Attributes("Harlow Systems sued Kestrel Data for $14.3bn.", RelationType.Sues,
            ("Harlow Systems", EntityType.Organization), ("Kestrel Data", EntityType.Organization));
        Assert.Null(attributes.Amount);
    }

    [Fact]
    public void Source_after_according_to()
    {
        var attributes = Attributes("Harlow Systems is considering buying Kestrel Data, according to Reuters.", RelationType.Acquires,
            ("Harlow Systems", EntityType.Organization), ("Kestrel Data", EntityType.Organization), ("Reuters", EntityType.Organization));
        Assert.Equal("Reuters", attributes.Source);
    }
}

using NewsFacts.Facts;
using NewsFacts.Relations;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Relations;

public class CoordinationTests
{
    [Fact]
    public void Members_of_a_list_are_joined_by_commas_and_conjunctions()
    {
        const string text = "Northwind bought Contoso, Fabrikam and Litware from Tailspin.";
        var document = TestDocuments.With(text, ("Northwind", EntityType.Organization), ("Contoso", EntityType.Organization),
            ("Fabrikam", EntityType.Organization), ("Litware", EntityType.Organization), ("Tailspin", EntityType.Organization));
        var arguments = ReferenceResolver.Arguments(document);
        var members = Coordination.Members(document.Normalized, document.Tokens, arguments, arguments[1]);
        Assert.Equal(["Fabrikam", "Litware"], members.Select(m => m.Canonical));
        Assert.Empty(Coordination.Members(document.Normalized, document.Tokens, arguments, arguments[0]));
        Assert.Empty(Coordination.Members(document.Normalized, document.Tokens, arguments, arguments[4]));
    }

    [Fact]
    public void A_person_is_no_member_of_a_list_of_organisations()
    {
        const string text = "Contoso and Jane Okafor were named.";
        var document = TestDocuments.With(text, ("Contoso", EntityType.Organization), ("Jane Okafor", EntityType.Person));
        var arguments = ReferenceResolver.Arguments(document);
        Assert.Empty(Coordination.Members(document.Normalized, document.Tokens, arguments, arguments[0]));
    }
}

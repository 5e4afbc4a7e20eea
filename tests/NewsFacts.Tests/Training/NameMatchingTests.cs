using NewsFacts.Training.Facts;

namespace NewsFacts.Tests.Training;

public class NameMatchingTests
{
    [Theory]
    [InlineData("Scale AI", "scale ai")]
    [InlineData("The Walt Disney Co.", "walt disney")]
    [InlineData("the BBC", "bbc")]
    [InlineData("Theranos", "theranos")]
    [InlineData("Scale AI's", "scale ai")]
    [InlineData("Scale AI\u2019s", "scale ai")]
    [InlineData("Yukos'", "yukos")]
    [InlineData("Apple Inc", "apple")]
    [InlineData("Apple Inc.", "apple")]
    [InlineData("Nvidia Corp's", "nvidia")]
    [InlineData("Barclays plc", "barclays")]
    [InlineData("Acme LLC", "acme")]
    [InlineData("Tesco Ltd", "tesco")]
    [InlineData("  Morgan \t Stanley  ", "morgan stanley")]
    [InlineData("Inc", "inc")]
    [InlineData("Incyte", "incyte")]
    [InlineData("Costco", "costco")]
    public void Normalises_as_the_guidelines_score(string name, string expected)
    {
        Assert.Equal(expected, NameMatching.Normalize(name));
    }

    [Fact]
    public void Comma_separated_company_suffix_is_dropped()
    {
        Assert.Equal("apple", NameMatching.Normalize("Apple, Inc."));
        Assert.Equal("apple", NameMatching.Normalize("Apple, Inc"));
        Assert.Equal("acme", NameMatching.Normalize("Acme, Ltd."));
    }

    [Theory]
    [InlineData("Meta, Inc.", "meta")]
    [InlineData("The Walt Disney, Co.", "walt disney")]
    [InlineData("Apple , Inc.", "apple")]
    [InlineData("Smith, Jones, Ltd", "smith, jones")]
    public void Comma_forms_of_suffixes_leave_no_trailing_comma(string name, string expected)
    {
        Assert.Equal(expected, NameMatching.Normalize(name));
    }
}

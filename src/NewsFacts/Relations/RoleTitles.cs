using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Words of role titles ("interim chief executive", "managing director", "spokeswoman"): the role attribute of
/// holds_role/leaves_role facts, and the titles that imply an employer when none is named ("chairman Chung
/// Mong-koo said").
/// </summary>
internal static class RoleTitles
{
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "executive", "ceo", "cfo", "coo", "cto", "cio", "chairman", "chairwoman", "chair", "president", "founder",
        "co-founder", "cofounder", "director", "head", "boss", "analyst", "spokesman", "spokeswoman", "spokesperson",
        "economist", "editor", "partner", "manager", "governor", "secretary", "vice", "deputy", "interim", "managing",
        "senior", "general", "counsel", "officer", "operating", "financial", "technology", "owner", "chairperson",
        "strategist", "lawyer", "engineer", "researcher", "scientist", "trader", "adviser", "advisor", "consultant",
        "principal", "treasurer", "commissioner", "presidents", "leader", "executives", "acting", "former", "non-executive",
    };

    // Titles of an organisation's own officers. Analysts, economists, lawyers and advisers are usually quoted from
    // another organisation than the one the article is about, so they never imply an employer.
    private static readonly HashSet<string> OfficerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "executive", "ceo", "cfo", "coo", "cto", "cio", "chairman", "chairwoman", "chair", "chairperson",
        "president", "founder", "co-founder", "cofounder", "director", "boss", "spokesman", "spokeswoman", "spokesperson",
        "officer", "treasurer",
    };

    /// <summary>Whether the token is a word of a role title.</summary>
    public static bool IsTitleWord(string text, Token token) =>
        token.Kind == TokenKind.Word && TitleWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.In(text));

    /// <summary>Whether the token names an organisation's officer ("chairman", "spokeswoman", "chief").</summary>
    public static bool IsOfficerWord(string text, Token token) =>
        token.Kind == TokenKind.Word && OfficerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token.In(text));
}

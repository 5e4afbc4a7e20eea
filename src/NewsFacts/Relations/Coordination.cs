using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Named arguments listed together ("bought two brands, Hard Candy and Urban Decay"; "Gazprom, Rosneft and
/// Lukoil were named"): what the sentence says of one member of the list it says of each. The classifier reads
/// the pair nearest the relation's wording; the other members take its reading.
/// </summary>
internal static class Coordination
{
    private const int MaxGap = 2;

    /// <summary>
    /// The named arguments of the same type coordinated with <paramref name="member"/> (directly or through
    /// other members), in text order; empty when it stands alone. Only commas, "and", "or" and "&amp;" may
    /// separate members.
    /// </summary>
    public static List<Argument> Members(string text, List<Token> tokens, List<Argument> arguments, Argument member)
    {
        var members = new List<Argument>();
        int index = arguments.IndexOf(member);
        if (index < 0 || member.IsReference)
        {
            return members;
        }

        for (int i = index - 1; i >= 0 && Joined(text, tokens, arguments[i], arguments[i + 1], member); i--)
        {
            members.Add(arguments[i]);
        }

        for (int i = index + 1; i < arguments.Count && Joined(text, tokens, arguments[i - 1], arguments[i], member); i++)
        {
            members.Add(arguments[i]);
        }

        members.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        return members;
    }

    private static bool Joined(string text, List<Token> tokens, Argument earlier, Argument later, Argument member)
    {
        if (earlier.Sentence != later.Sentence || earlier.IsReference || later.IsReference || earlier.Type != member.Type || later.Type != member.Type)
        {
            return false;
        }

        int gap = later.FirstToken - earlier.EndToken;
        if (gap < 1 || gap > MaxGap)
        {
            return false;
        }

        for (int t = earlier.EndToken; t < later.FirstToken; t++)
        {
            if (tokens[t].In(text) is not ("," or "and" or "or" or "&"))
            {
                return false;
            }
        }

        return true;
    }
}

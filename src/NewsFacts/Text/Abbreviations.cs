namespace NewsFacts.Text;

/// <summary>
/// Words that keep their final full stop ("Mr.", "Inc.", "Jan.") and how they behave at a sentence end.
/// </summary>
internal static class Abbreviations
{
    // Titles precede a name, so a sentence never ends on them.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gen", "Col", "Lt", "Capt", "Sgt", "Gov", "Sen", "Rep",
        "Pres", "Hon", "Mt", "Ft", "Sr", "Jr", "St", "Messrs", "Mme", "Adm", "Cmdr", "Supt", "Insp", "Det",
    };

    // Other abbreviations may close a sentence ("... shares in Apple Inc. The firm said ...").
    private static readonly HashSet<string> Others = new(StringComparer.Ordinal)
    {
        "Inc", "Corp", "Co", "Ltd", "Plc", "Bros", "Cos", "Assn", "Dept", "Univ", "Intl", "Mfg", "Hldgs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "etc", "vs", "al", "approx", "est", "cf", "ca", "Ave", "Blvd", "Rd", "No", "Nos", "Vol", "pp", "Fig",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup =
        Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherLookup =
        Others.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (without its dot) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => TitleLookup.Contains(word) || OtherLookup.Contains(word);

    /// <summary>True when <paramref name="word"/> (without its dot) is a title that always precedes a name.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    /// <summary>
    /// True for dotted initialisms such as "U.S", "e.g", "a.m", "Ph.D": letters in groups of at most two,
    /// separated by dots, with at least one dot.
    /// </summary>
    public static bool IsInitialism(ReadOnlySpan<char> word)
    {
        int group = 0;
        bool sawDot = false;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }

                sawDot = true;
                group = 0;
            }
            else if (char.IsLetter(c) && ++group <= 2)
            {
                continue;
            }
            else
            {
                return false;
            }
        }

        return sawDot && group > 0;
    }
}

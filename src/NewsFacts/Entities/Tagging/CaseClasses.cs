using NewsFacts.Text;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Four classes of a token's letter case. The contextual encoder is uncased, so its vector cannot tell "apple" from
/// "Apple" or "APPLE"; giving each class its own contextual weights lets the tagger read the vector differently for a
/// capitalised word than for a lower-case one (a cheap interaction between the two kinds of evidence).
/// </summary>
internal static class CaseClasses
{
    public const int Count = 4;

    public const byte Lower = 0;
    public const byte Capitalized = 1;
    public const byte AllCaps = 2;
    public const byte Other = 3;

    /// <summary>Sets <see cref="TokenView.CaseClass"/> of every token.</summary>
    public static void Mark(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenView> views)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            views[i].CaseClass = Of(tokens[i].In(text));
        }
    }

    public static byte Of(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || !char.IsLetter(token[0]))
        {
            return Other;
        }

        if (char.IsLower(token[0]))
        {
            return Lower;
        }

        int letters = 0;
        foreach (char c in token)
        {
            if (char.IsLower(c))
            {
                return Capitalized;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2 ? AllCaps : Capitalized;
    }
}

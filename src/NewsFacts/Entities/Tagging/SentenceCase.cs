using NewsFacts.Text;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Marks title-case sentences ("Meta Deepens Bet On Data Labelling"), where capitalisation says nothing about
/// names, so the tagger can rely on the words instead of their shape.
/// </summary>
internal static class SentenceCase
{
    public static void MarkTitleCase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenView> views)
    {
        int words = 0, capitalised = 0;
        foreach (var token in tokens)
        {
            var word = token.In(text);
            if (word.Length < 4 || !char.IsLetter(word[0]) || IsAllUpper(word))
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) ? 1 : 0;
        }

        bool titleCase = words >= 3 && capitalised * 4 >= words * 3;
        for (int i = 0; i < views.Length; i++)
        {
            views[i].TitleCase = titleCase;
        }
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}

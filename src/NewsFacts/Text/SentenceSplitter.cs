namespace NewsFacts.Text;

/// <summary>
/// Groups tokens into sentences for news text: full stops, question and exclamation marks, closing
/// quotes after them, abbreviations that may or may not end a sentence ("Mr." never does, "Inc." can),
/// headlines without a final stop, paragraph breaks and bullet lines.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentences longer than this many tokens are cut, so later stages stay linear in the text.</summary>
    public const int MaxSentenceTokens = 300;

    // Capitalised words that commonly open a sentence: after an abbreviation such as "Inc." they
    // signal a boundary, while a capitalised name ("Inc. Chief Executive") does not.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
        "This", "That", "These", "Those", "There", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For",
        "By", "As", "If", "When", "While", "After", "Before", "Since", "However", "Meanwhile", "Also", "Some",
        "Many", "Most", "Analysts", "Shares", "Sales", "Profits", "Last", "Next", "Earlier", "Later", "Now",
        "Mr", "Mrs", "Ms", "Dr", "Other", "Such", "What", "Why", "How", "Who", "Both", "All", "One", "Under",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Appends the sentences of <paramref name="tokens"/> (over the normalised <paramref name="text"/>)
    /// to <paramref name="sentences"/>. Every token belongs to exactly one sentence.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        int count = tokens.Count;
        int first = 0;
        for (int t = 0; t < count; t++)
        {
            if (t > first && (StartsNewLine(text, tokens, t) || t - first >= MaxSentenceTokens))
            {
                Add(tokens, first, t, sentences);
                first = t;
            }

            if (!MayEndSentence(text, tokens[t], out bool abbreviation))
            {
                continue;
            }

            // Closing quotes and brackets, and further terminal marks ("?!", "!?"), stay with the sentence end.
            int end = t + 1;
            while (end < count && !tokens[end].HasSpaceBefore
                && (IsClosing(tokens[end].In(text)) || (!abbreviation && IsTerminalMark(text, tokens[end]))))
            {
                end++;
            }

            if (end >= count)
            {
                continue;
            }

            if (abbreviation ? AbbreviationEndsSentence(text, tokens[t], tokens[end]) : OpensSentence(text, tokens[end]))
            {
                Add(tokens, first, end, sentences);
                first = end;
                t = end - 1;
            }
        }

        if (first < count)
        {
            Add(tokens, first, count, sentences);
        }
    }

    /// <summary>Splits normalised text that has been tokenized into a new list of sentences.</summary>
    public static List<Sentence> Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        Split(text, tokens, sentences);
        return sentences;
    }

    private static void Add(IReadOnlyList<Token> tokens, int first, int endToken, List<Sentence> sentences) =>
        sentences.Add(new Sentence(tokens[first].Start, tokens[endToken - 1].End, first, endToken - first));

    private static bool MayEndSentence(ReadOnlySpan<char> text, Token token, out bool abbreviation)
    {
        abbreviation = false;
        var span = token.In(text);
        if (token.Kind == TokenKind.Punctuation)
        {
            return span[0] is '.' or '!' or '?';
        }

        if (token.Kind == TokenKind.Word && span.Length > 1 && span[^1] == '.')
        {
            abbreviation = true;
            return true;
        }

        return false;
    }

    private static bool AbbreviationEndsSentence(ReadOnlySpan<char> text, Token abbreviation, Token next)
    {
        var word = abbreviation.In(text)[..^1];
        if (Abbreviations.IsTitle(word) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return false; // "Mr. Smith", "J. P. Morgan"
        }

        if ((next.Spacing & TokenSpacing.LineBreak) != 0)
        {
            return true;
        }

        var nextText = next.In(text);
        return OpenerLookup.Contains(nextText) || nextText[0] is '"' or '\'';
    }

    private static bool OpensSentence(ReadOnlySpan<char> text, Token next)
    {
        if ((next.Spacing & TokenSpacing.LineBreak) != 0)
        {
            return true;
        }

        char c = text[next.Start];
        return !char.IsLower(c) && c is not (',' or ';' or ':' or ')' or ']' or '.' or '%');
    }

    private static bool StartsNewLine(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int t)
    {
        var token = tokens[t];
        if ((token.Spacing & TokenSpacing.Paragraph) != 0)
        {
            return true;
        }

        if ((token.Spacing & TokenSpacing.LineBreak) == 0)
        {
            return false;
        }

        // A single line break: a bullet or emoji line, or a new line that does not continue the previous
        // one (a headline without a final stop followed by the first sentence).
        if (token.Kind == TokenKind.Symbol || text[token.Start] is '*' or '-' or '>')
        {
            return true;
        }

        char previous = text[tokens[t - 1].End - 1];
        return !char.IsLower(text[token.Start]) && previous is not (',' or '(' or '-' or '&' or ':' or '/');
    }

    private static bool IsTerminalMark(ReadOnlySpan<char> text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?';

    private static bool IsClosing(ReadOnlySpan<char> token) => token.Length == 1 && token[0] is '"' or '\'' or ')' or ']' or '}';
}

using System.Globalization;

namespace NewsFacts.Text;

/// <summary>
/// The news tokenizer: a single forward scan over normalised text that emits tokens as offsets.
/// </summary>
/// <remarks>
/// Hand-written rather than a regular expression because news needs decisions a regex pre-tokenizer
/// cannot express cheaply: "$14.3bn" and "76%" stay whole, "Scale AI's" splits off "'s", "don't" splits
/// into "do" + "n't", "U.S." and "Inc." keep their dot, "O'Brien", "AT&amp;T", "Coca-Cola" and "Amazon.com" stay
/// whole, URLs and e-mail addresses are single tokens. It runs in linear time, allocates nothing per
/// token and accepts any string (lone surrogates, control characters, megabytes without a space).
/// </remarks>
public static class NewsTokenizer
{
    /// <summary>
    /// Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.
    /// <paramref name="text"/> should already be normalised with <see cref="CharNormalizer"/>.
    /// </summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int i = 0;
        int newlines = 0;
        bool space = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    newlines++;
                }

                i++;
                continue;
            }

            var spacing = !space ? TokenSpacing.None
                : newlines == 0 ? TokenSpacing.Space
                : newlines == 1 ? TokenSpacing.Space | TokenSpacing.LineBreak
                : TokenSpacing.Space | TokenSpacing.LineBreak | TokenSpacing.Paragraph;
            space = false;
            newlines = 0;

            TokenKind kind;
            int end = ScanToken(text, i, out kind);
            tokens.Add(new Token(i, end, kind, spacing));
            i = end;
        }
    }

    /// <summary>Tokenizes a whole string (normalising it first) into a new list.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 1);
        Tokenize(CharNormalizer.Normalize(text), tokens);
        return tokens;
    }

    private static int ScanToken(ReadOnlySpan<char> text, int start, out TokenKind kind)
    {
        char c = text[start];
        if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && UrlStartLength(text, start) > 0)
        {
            kind = TokenKind.Url;
            return ScanUrl(text, start);
        }

        if (IsCurrency(c) && start + 1 < text.Length && IsAsciiDigit(text[start + 1]))
        {
            kind = TokenKind.Amount;
            return ScanNumber(text, start + 1, ref kind, currency: true);
        }

        if ((IsAsciiDigit(c) || c is '#' or '*') && KeycapLength(text, start) is int keycap and > 0)
        {
            kind = TokenKind.Symbol;
            return start + keycap;
        }

        if (IsAsciiDigit(c))
        {
            kind = TokenKind.Number;
            return ScanNumber(text, start, ref kind, currency: false);
        }

        if (IsWordChar(c))
        {
            kind = TokenKind.Word;
            if (c is 'n' or 'N' && StartsWithNegationClitic(text, start))
            {
                return start + 3;
            }

            return ScanWord(text, start, ref kind);
        }

        if (c == '\'' && CliticLength(text, start + 1) is int clitic and > 0)
        {
            kind = TokenKind.Word;
            return start + 1 + clitic;
        }

        if (char.IsHighSurrogate(c) && start + 1 < text.Length && char.IsLowSurrogate(text[start + 1]))
        {
            kind = IsSupplementaryLetter(c, text[start + 1]) ? TokenKind.Word : TokenKind.Symbol;
            return kind == TokenKind.Word ? ScanWord(text, start, ref kind) : ScanEmoji(text, start);
        }

        if (c is '.' or '-' or '*' or '=' or '_' or '!' or '?' or '~' or '#')
        {
            int end = start + 1;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }

            kind = TokenKind.Punctuation;
            return end;
        }

        if (char.IsPunctuation(c))
        {
            kind = TokenKind.Punctuation;
            return SkipModifiers(text, start + 1);
        }

        // A BMP symbol may open an emoji sequence too ("\u2764\uFE0F\u200D\U0001F525", heart on fire).
        kind = TokenKind.Symbol;
        return char.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol ? ContinueEmoji(text, start + 1) : SkipModifiers(text, start + 1);
    }

    private static int ScanWord(ReadOnlySpan<char> text, int start, ref TokenKind kind)
    {
        int i = start;
        while (true)
        {
            i = SkipWordChars(text, i);
            if (i >= text.Length)
            {
                break;
            }

            char c = text[i];
            bool nextIsWord = i + 1 < text.Length && IsWordChar(text[i + 1]);
            if ((c == '-' || c == '&' || c == '_') && nextIsWord)
            {
                i++;
                continue;
            }

            if (c == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c == '\'' && nextIsWord)
            {
                if (text[i - 1] is 'n' or 'N' && i - 1 > start && StartsWithNegationClitic(text, i - 1))
                {
                    return i - 1;
                }

                if (CliticLength(text, i + 1) > 0)
                {
                    return i;
                }

                i++;
                continue;
            }

            if (c == '+' && EmailEnd(text, start) is int email and > 0)
            {
                // "john+news@bbc.co.uk": '+' never joins a word, so the address is recognised here.
                kind = TokenKind.Email;
                return email;
            }

            if (c == '@' && nextIsWord && LooksLikeEmailLocalPart(text[start..i]))
            {
                int end = ScanEmailDomain(text, i + 1);
                if (end > 0)
                {
                    kind = TokenKind.Email;
                    return end;
                }
            }

            if (IsCurrency(c) && i + 1 < text.Length && IsAsciiDigit(text[i + 1]) && i - start <= 3 && IsAllUpper(text[start..i]))
            {
                // "US$5m", "HK$30".
                kind = TokenKind.Amount;
                return ScanNumber(text, i + 1, ref kind, currency: true);
            }

            break;
        }

        if (i < text.Length && text[i] == '.')
        {
            var word = text[start..i];
            if ((word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.IsKnown(word) || Abbreviations.IsInitialism(word))
            {
                return i + 1;
            }
        }

        return i;
    }

    private static int ScanNumber(ReadOnlySpan<char> text, int i, ref TokenKind kind, bool currency)
    {
        i = SkipDigits(text, i);
        while (i + 1 < text.Length && (text[i] == ',' || text[i] == '.') && IsAsciiDigit(text[i + 1]))
        {
            i = SkipDigits(text, i + 1);
        }

        if (i < text.Length && text[i] == '%')
        {
            kind = TokenKind.Amount;
            return i + 1;
        }

        if (i < text.Length && (IsWordChar(text[i]) || ((text[i] == '-' || text[i] == '/') && i + 1 < text.Length && IsWordChar(text[i + 1]))))
        {
            // "1990s", "14.3bn", "2nd", "12-month", "24/7": the rest of the word belongs to the number.
            bool hyphen = text[i] == '-' || text[i] == '/';
            if (hyphen)
            {
                i++;
            }

            var ignored = TokenKind.Word;
            int end = ScanWord(text, i, ref ignored);
            if (!currency && hyphen)
            {
                kind = TokenKind.Word;
            }

            return end;
        }

        if (currency)
        {
            kind = TokenKind.Amount;
        }

        return i;
    }

    private static int ScanUrl(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '<' or '>'))
        {
            i++;
        }

        // Sentence punctuation after an address is not part of it.
        while (i > start + 1 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
        {
            i--;
        }

        return i;
    }

    private static int UrlStartLength(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return 8;
        }

        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return 7;
        }

        return rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && IsWordChar(rest[4]) ? 4 : 0;
    }

    private static int ScanEmailDomain(ReadOnlySpan<char> text, int i)
    {
        int start = i;
        bool sawDot = false;
        while (i < text.Length && (IsWordChar(text[i]) || ((text[i] == '.' || text[i] == '-') && i + 1 < text.Length && IsWordChar(text[i + 1]))))
        {
            sawDot |= text[i] == '.';
            i++;
        }

        return sawDot && i > start ? i : -1;
    }

    private static bool LooksLikeEmailLocalPart(ReadOnlySpan<char> part)
    {
        foreach (char c in part)
        {
            if (!IsEmailLocalChar(c))
            {
                return false;
            }
        }

        return part.Length > 0;
    }

    // The end of an e-mail address whose local part starts at text[start], or -1 when there is none.
    private static int EmailEnd(ReadOnlySpan<char> text, int start)
    {
        int at = start;
        while (at < text.Length && IsEmailLocalChar(text[at]))
        {
            at++;
        }

        bool hasDomain = at > start && at + 1 < text.Length && text[at] == '@' && IsWordChar(text[at + 1]);
        return hasDomain ? ScanEmailDomain(text, at + 1) : -1;
    }

    private static bool IsEmailLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '+';

    // An emoji whose base is a surrogate pair; two regional indicators make one flag ("\U0001F1EC\U0001F1E7").
    private static int ScanEmoji(ReadOnlySpan<char> text, int start)
    {
        int i = start + 2;
        if (IsRegionalIndicator(text, start) && IsRegionalIndicator(text, i))
        {
            i += 2;
        }

        return ContinueEmoji(text, i);
    }

    // Extends an emoji that ends before text[i] over presentation selectors, skin tones and ZWJ joins.
    private static int ContinueEmoji(ReadOnlySpan<char> text, int i)
    {
        while (true)
        {
            i = SkipModifiers(text, i);
            if (JoinedEmojiLength(text, i) is int joined and > 0)
            {
                i += joined; // zero-width joiner sequence (family, profession emoji)
                continue;
            }

            if (i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                i += 2; // skin tone modifier
                continue;
            }

            return i;
        }
    }

    // Length of a zero-width joiner at text[i] and the emoji it joins (a surrogate pair or a BMP symbol), else 0.
    private static int JoinedEmojiLength(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || text[i] != '\u200D')
        {
            return 0;
        }

        char next = text[i + 1];
        if (char.IsHighSurrogate(next))
        {
            return i + 2 < text.Length && char.IsLowSurrogate(text[i + 2]) ? 3 : 0;
        }

        return char.GetUnicodeCategory(next) == UnicodeCategory.OtherSymbol ? 2 : 0;
    }

    // Regional indicator symbols U+1F1E6..U+1F1FF (surrogates D83C DDE6..DDFF), which pair into flags.
    private static bool IsRegionalIndicator(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && text[i] == '\uD83C' && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';

    // Length of a keycap emoji at text[i] ("1\uFE0F\u20E3", "#\u20E3"), else 0.
    private static int KeycapLength(ReadOnlySpan<char> text, int i)
    {
        int j = i + 1;
        if (j < text.Length && text[j] == '\uFE0F')
        {
            j++;
        }

        return j < text.Length && text[j] == '\u20E3' ? j + 1 - i : 0;
    }

    private static int SkipModifiers(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (text[i] == '\uFE0F' || text[i] == '\uFE0E' || text[i] == '\u20E3'))
        {
            i++;
        }

        return i;
    }

    private static int SkipWordChars(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                && IsSupplementaryLetter(c, text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsSupplementaryLetter(char high, char low)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(high, low));
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber;
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    // "n't" as in "don't", "isn't": returns true when text[i..] is "n't" closing a word.
    private static bool StartsWithNegationClitic(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length && (text[i] is 'n' or 'N') && text[i + 1] == '\'' && (text[i + 2] is 't' or 'T')
        && (i + 3 >= text.Length || !IsWordChar(text[i + 3]));

    // Length of "s", "re", "ve", "ll", "d", "m" after an apostrophe when it closes the word, else 0.
    private static int CliticLength(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length && j - i < 3 && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        if (j == i || (j < text.Length && IsWordChar(text[j])))
        {
            return 0;
        }

        var suffix = text[i..j];
        return suffix.Equals("s", StringComparison.OrdinalIgnoreCase) || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase) || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("d", StringComparison.OrdinalIgnoreCase) || suffix.Equals("m", StringComparison.OrdinalIgnoreCase)
            ? j - i
            : 0;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₹' or '₩';

    private static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    internal static bool IsWordChar(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsSurrogate(c))
        {
            return false;
        }

        var category = char.GetUnicodeCategory(c);
        return category <= UnicodeCategory.OtherLetter || category is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;
    }
}

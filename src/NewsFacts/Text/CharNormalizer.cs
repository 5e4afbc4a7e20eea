namespace NewsFacts.Text;

/// <summary>
/// Maps typographic variants to the plain characters the tokenizer and models were built on
/// (curly quotes, dashes, exotic spaces, control characters), one character for one character,
/// so every offset computed on the normalised text is also an offset into the original text.
/// </summary>
public static class CharNormalizer
{
    /// <summary>Returns the normalised form of <paramref name="c"/>; unchanged for most characters.</summary>
    public static char Normalize(char c)
    {
        if (c < 0x80)
        {
            // Keep tab, newline and carriage return; every other control character becomes a space.
            return c < 0x20 && c != '\n' && c != '\r' && c != '\t' ? ' ' : c == 0x7F ? ' ' : c;
        }

        return c switch
        {
            '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200B') or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => ' ',
            '\u2028' or '\u2029' or '\u0085' => '\n',
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u0060' or '\u00B4' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            (>= '\u2010' and <= '\u2015') or '\u2212' or '\u2043' or '\uFE63' or '\uFF0D' => '-',
            '\u2026' => '.',
            '\u2022' or '\u25CF' or '\u25AA' or '\u2023' => '*',
            (>= '\u0080' and <= '\u009F') => ' ',
            _ => c,
        };
    }

    /// <summary>
    /// Writes the normalised form of <paramref name="source"/> into <paramref name="destination"/>,
    /// which must be at least as long. Lone surrogates become U+FFFD so later stages never see
    /// half a character.
    /// </summary>
    public static void Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
        }

        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    destination[i] = c;
                    destination[i + 1] = source[i + 1];
                    i++;
                    continue;
                }

                destination[i] = '\uFFFD';
                continue;
            }

            destination[i] = char.IsLowSurrogate(c) ? '\uFFFD' : Normalize(c);
        }
    }

    /// <summary>
    /// True when <paramref name="text"/> is empty or every character normalises to whitespace (spaces, U+FEFF,
    /// U+200B, control characters ...), so the tokenizer finds no token in it.
    /// </summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            // A surrogate is never blank: a pair is a character, a lone one becomes U+FFFD.
            if (char.IsSurrogate(c) || !char.IsWhiteSpace(Normalize(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the normalised copy of <paramref name="text"/> (same length).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) => Normalize(source, span));
    }
}

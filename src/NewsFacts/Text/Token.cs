namespace NewsFacts.Text;

/// <summary>What a token is, as decided by the tokenizer.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (possibly with digits, inner hyphens, apostrophes, dots or ampersands).</summary>
    Word,
    /// <summary>A number, with decimals or thousands separators ("1,000", "3.5", "1990s").</summary>
    Number,
    /// <summary>A monetary amount or percentage kept whole ("$14.3bn", "£600m", "76%").</summary>
    Amount,
    /// <summary>A punctuation mark or a run of the same mark ("...", "--").</summary>
    Punctuation,
    /// <summary>A symbol, emoji or any other character that is neither word nor punctuation.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
}

/// <summary>How a token is separated from the one before it.</summary>
[Flags]
public enum TokenSpacing : byte
{
    /// <summary>The token follows the previous one directly (or starts the text).</summary>
    None = 0,
    /// <summary>Whitespace precedes the token.</summary>
    Space = 1,
    /// <summary>A line break precedes the token.</summary>
    LineBreak = 2,
    /// <summary>A blank line (two or more line breaks) precedes the token.</summary>
    Paragraph = 4,
}

/// <summary>
/// A token as a range of the original text: <c>text[Start..End]</c> is exactly the token.
/// Tokens never own strings, so tokenizing allocates nothing per token.
/// </summary>
/// <param name="Start">Offset of the first character (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Spacing">What separates the token from the previous one.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind, TokenSpacing Spacing)
{
    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> In(ReadOnlySpan<char> text) => text[Start..End];

    /// <summary>True when whitespace or a line break precedes the token.</summary>
    public bool HasSpaceBefore => Spacing != TokenSpacing.None;
}

/// <summary>A sentence: a range of tokens and the characters they cover.</summary>
/// <param name="Start">Offset of the sentence's first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="FirstToken">Index of its first token in the document's token list.</param>
/// <param name="TokenCount">How many tokens it has.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>Index just past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

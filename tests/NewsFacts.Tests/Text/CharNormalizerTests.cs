using NewsFacts.Text;

namespace NewsFacts.Tests.Text;

public class CharNormalizerTests
{
    [Theory]
    [InlineData('\u2018', '\'')]
    [InlineData('\u2019', '\'')]
    [InlineData('\u201C', '"')]
    [InlineData('\u201D', '"')]
    [InlineData('\u00AB', '"')]
    [InlineData('\u2013', '-')]
    [InlineData('\u2014', '-')]
    [InlineData('\u2212', '-')]
    [InlineData('\u00A0', ' ')]
    [InlineData('\u2009', ' ')]
    [InlineData('\u3000', ' ')]
    [InlineData('\u2028', '\n')]
    [InlineData('\u0085', '\n')]
    [InlineData('\u2026', '.')]
    [InlineData('\u2022', '*')]
    [InlineData('\u0000', ' ')]
    [InlineData('\u001B', ' ')]
    [InlineData('\u007F', ' ')]
    [InlineData('\u0090', ' ')]
    [InlineData('\t', '\t')]
    [InlineData('\n', '\n')]
    [InlineData('\r', '\r')]
    [InlineData('a', 'a')]
    [InlineData('\u00E9', '\u00E9')]
    public void Maps_typographic_variants_one_to_one(char input, char expected)
    {
        Assert.Equal(expected, CharNormalizer.Normalize(input));
    }

    [Fact]
    public void Keeps_length_and_valid_surrogate_pairs_and_replaces_lone_surrogates()
    {
        string text = "a\uD800b\uDC00c\U0001F600\uD83D";
        string normalized = CharNormalizer.Normalize(text);
        Assert.Equal(text.Length, normalized.Length);
        Assert.Equal("a\uFFFDb\uFFFDc\U0001F600\uFFFD", normalized);
    }

    [Fact]
    public void Span_overload_rejects_short_destination()
    {
        Assert.Throws<ArgumentException>(() => CharNormalizer.Normalize("abc".AsSpan(), new char[2]));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t\r\n", true)]
    [InlineData("\uFEFF\u200B\u0007\u0000\u0085\u2028\u00A0", true)]
    [InlineData("\u200B.", false)]
    [InlineData("\u200C", false)] // zero-width non-joiner is not mapped to a space: the tokenizer keeps it
    [InlineData("\uD800", false)] // a lone surrogate becomes U+FFFD, a token
    [InlineData(" \U0001F600 ", false)]
    public void IsBlank_agrees_with_the_tokenizer(string text, bool blank)
    {
        Assert.Equal(blank, CharNormalizer.IsBlank(text));
        Assert.Equal(blank, NewsTokenizer.Tokenize(text).Count == 0);
    }
}

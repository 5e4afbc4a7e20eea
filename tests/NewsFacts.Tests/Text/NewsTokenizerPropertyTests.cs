using System.Text;
using NewsFacts.Text;
using static NewsFacts.Tests.Text.TokenAssertions;

namespace NewsFacts.Tests.Text;

/// <summary>Randomised (seeded, so reproducible) checks of the tokenizer's invariants.</summary>
public class NewsTokenizerPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "n't", "'s", "'", "\u2019", "\"", "\u201C", ".", "..", ",", "-", "\u2014", "&", "@", "$", "\u00A3", "%", "/", ":", "?", "!",
        "1", "3.5", "1,000", " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2028", "\u200B", "\u200D", "\uFE0F", "\u20E3",
        "http://", "https://x.y/", "www.", "Mr.", "U.S.", "Inc.", "O'", "AT&T", "e\u0301", "\u4E2D\u6587", "\u0645\u0631",
        "\U0001F469", "\U0001F3FD", "\U0001F1EC", "\U0001D400", "\uD800", "\uDC00", "\uFFFD", "\u0000", "\u0007", "\u007F", "\u0085",
        "\u009F", "\uFEFF", "<", ">", "*", "#", "_", "~",
    ];

    private static string RandomText(Random random, int maxPieces)
    {
        var builder = new StringBuilder();
        int count = random.Next(maxPieces + 1);
        for (int i = 0; i < count; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                    builder.Append((char)random.Next(0, 0x10000)); // any UTF-16 unit, lone surrogates included
                    break;
                case 1:
                    builder.Append((char)random.Next(0, 0x80));
                    break;
                default:
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Random_strings_give_exact_in_bounds_non_overlapping_offsets()
    {
        var random = new Random(20240611);
        for (int n = 0; n < 4000; n++)
        {
            string text = RandomText(random, 40);
            try
            {
                AssertWellFormed(text);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"case {n}: {Escape(text)}: {e.Message}");
            }
        }
    }

    [Fact]
    public void Unnormalised_span_input_with_lone_surrogates_never_throws_and_stays_in_bounds()
    {
        var random = new Random(7);
        var tokens = new List<Token>();
        for (int n = 0; n < 3000; n++)
        {
            string text = RandomText(random, 30);
            tokens.Clear();
            NewsTokenizer.Tokenize(text.AsSpan(), tokens);
            int previousEnd = 0;
            foreach (var token in tokens)
            {
                Assert.True(token.Start >= previousEnd && token.End > token.Start && token.End <= text.Length, $"case {n}: {Escape(text)}: bad token {token}");
                previousEnd = token.End;
            }
        }
    }

    [Fact]
    public void Sentences_of_random_text_partition_the_tokens()
    {
        var random = new Random(99);
        for (int n = 0; n < 2000; n++)
        {
            string text = CharNormalizer.Normalize(RandomText(random, 60));
            var tokens = new List<Token>();
            NewsTokenizer.Tokenize(text, tokens);
            var sentences = SentenceSplitter.Split(text, tokens);
            SentenceSplitterTests.AssertPartition(tokens, sentences);
        }
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a.")]
    [InlineData("a'")]
    [InlineData("a-")]
    [InlineData("1,")]
    [InlineData("a@")]
    [InlineData("a.b@")]
    [InlineData("@")]
    [InlineData(".")]
    [InlineData("\U0001F600")]
    [InlineData("\u4E2D")]
    [InlineData("$1")]
    public void Million_characters_without_spaces_tokenize_in_linear_time(string unit)
    {
        var builder = new StringBuilder(1_000_000 + unit.Length);
        while (builder.Length < 1_000_000)
        {
            builder.Append(unit);
        }

        string text = builder.ToString();
        CompletesWithin(10, () => AssertWellFormed(text));
    }

    [Fact]
    public void Url_of_a_million_characters_is_one_token()
    {
        string text = "https://example.com/" + new string('a', 1_000_000);
        List<Token>? tokens = null;
        CompletesWithin(10, () => tokens = NewsTokenizer.Tokenize(text));
        var token = Assert.Single(tokens!);
        Assert.Equal((0, text.Length, TokenKind.Url), (token.Start, token.End, token.Kind));
    }

    [Fact]
    public void Random_million_character_string_without_whitespace_is_well_formed()
    {
        var random = new Random(5);
        var builder = new StringBuilder(1_000_100);
        while (builder.Length < 1_000_000)
        {
            string piece = Pieces[random.Next(Pieces.Length)];
            if (!piece.Any(char.IsWhiteSpace) && piece != "\u2028" && piece != "\u0085")
            {
                builder.Append(piece);
            }
        }

        string text = builder.ToString();
        CompletesWithin(15, () => AssertWellFormed(text));
    }

    private static string Escape(string s)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in s)
        {
            builder.Append(c is >= ' ' and < (char)0x7F ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.Append('"').ToString();
    }
}

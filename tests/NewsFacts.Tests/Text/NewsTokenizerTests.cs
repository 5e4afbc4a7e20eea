using NewsFacts.Text;
using static NewsFacts.Tests.Text.TokenAssertions;

namespace NewsFacts.Tests.Text;

public class NewsTokenizerTests
{
    [Theory]
    [InlineData("Scale AI's", "Scale|AI|'s")]
    [InlineData("Yukos' owner", "Yukos|'|owner")]
    [InlineData("don't", "do|n't")]
    [InlineData("Don't go", "Do|n't|go")]
    [InlineData("they're here", "they|'re|here")]
    [InlineData("O'Brien said", "O'Brien|said")]
    [InlineData("AT&T", "AT&T")]
    [InlineData("Coca-Cola", "Coca-Cola")]
    [InlineData("high-speed rail", "high-speed|rail")]
    [InlineData("Amazon.com", "Amazon.com")]
    [InlineData("the U.S. economy", "the|U.S.|economy")]
    [InlineData("Mr. Smith", "Mr.|Smith")]
    [InlineData("Apple Inc. said", "Apple|Inc.|said")]
    [InlineData("a record profit.", "a|record|profit|.")]
    [InlineData("(Reuters) -", "(|Reuters|)|-")]
    [InlineData("profit, loss; gain", "profit|,|loss|;|gain")]
    [InlineData("Wait...", "Wait|...")]
    [InlineData("J. P. Morgan", "J.|P.|Morgan")]
    [InlineData("at 5 p.m. today", "at|5|p.m.|today")]
    public void Splits_news_text_into_expected_tokens(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
        AssertWellFormed(text);
    }

    [Theory]
    [InlineData("$14.3bn")]
    [InlineData("£600m")]
    [InlineData("76%")]
    [InlineData("US$5m")]
    [InlineData("€1,200")]
    [InlineData("3.5%")]
    public void Amounts_are_single_Amount_tokens(string amount)
    {
        string text = $"it was {amount} today";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(4, tokens.Count);
        var token = tokens[2];
        Assert.Equal(amount, text[token.Start..token.End]);
        Assert.Equal(TokenKind.Amount, token.Kind);
    }

    [Theory]
    [InlineData("1,000", TokenKind.Number)]
    [InlineData("3.5", TokenKind.Number)]
    [InlineData("1990s", TokenKind.Number)]
    [InlineData("12-month", TokenKind.Word)]
    public void Numbers_stay_whole(string number, TokenKind kind)
    {
        var tokens = NewsTokenizer.Tokenize(number);
        var token = Assert.Single(tokens);
        Assert.Equal((0, number.Length), (token.Start, token.End));
        Assert.Equal(kind, token.Kind);
    }

    [Fact]
    public void Sentence_final_period_after_amount_is_separate()
    {
        Assert.Equal(["rose", "to", "$1.13bn", "."], Texts("rose to $1.13bn."));
    }

    [Fact]
    public void Url_is_one_token_and_trailing_full_stop_is_separate()
    {
        const string text = "See https://example.com/a?b=1. Then";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(["See", "https://example.com/a?b=1", ".", "Then"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.Url, tokens[1].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[2].Kind);
    }

    [Fact]
    public void Www_address_is_a_url()
    {
        const string text = "visit www.bbc.co.uk/news, now";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(["visit", "www.bbc.co.uk/news", ",", "now"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.Url, tokens[1].Kind);
    }

    [Fact]
    public void Email_is_one_token()
    {
        const string text = "Write to jane.doe@bbc.co.uk.";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(["Write", "to", "jane.doe@bbc.co.uk", "."], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.Email, tokens[2].Kind);
    }

    [Fact]
    public void Email_with_plus_is_one_token()
    {
        var token = Assert.Single(NewsTokenizer.Tokenize("john+news@bbc.co.uk"));
        Assert.Equal((0, 19, TokenKind.Email), (token.Start, token.End, token.Kind));
    }

    [Fact]
    public void Curly_quotes_dashes_and_nbsp_are_normalised_but_offsets_index_the_original()
    {
        const string text = "\u201CScale\u00A0AI\u2019s deal\u201D \u2014 it\u2019s done\u2026";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(
            ["\u201C", "Scale", "AI", "\u2019s", "deal", "\u201D", "\u2014", "it", "\u2019s", "done", "\u2026"],
            tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenKind.Punctuation, tokens[0].Kind);
        Assert.Equal(TokenKind.Word, tokens[3].Kind);
        AssertWellFormed(text);
    }

    [Theory]
    [InlineData("\U0001F469\u200D\U0001F4BB")] // woman technologist (ZWJ)
    [InlineData("\U0001F44D\U0001F3FD")] // thumbs up, medium skin tone
    [InlineData("\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466")] // family (3 ZWJ)
    [InlineData("\U0001F469\U0001F3FD\u200D\U0001F4BB")] // skin tone + ZWJ
    [InlineData("\u2764\uFE0F")] // heart with emoji presentation selector
    public void Emoji_sequences_are_one_symbol_token(string emoji)
    {
        string text = $"Great {emoji} news";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(emoji, text[tokens[1].Start..tokens[1].End]);
        Assert.Equal(TokenKind.Symbol, tokens[1].Kind);
    }

    [Fact]
    public void Emoji_zwj_sequence_with_bmp_base_is_one_token()
    {
        const string emoji = "\u2764\uFE0F\u200D\U0001F525";
        var tokens = NewsTokenizer.Tokenize(emoji);
        var token = Assert.Single(tokens);
        Assert.Equal(TokenKind.Symbol, token.Kind);
    }

    [Fact]
    public void Flag_emoji_is_one_token()
    {
        const string flag = "\U0001F1EC\U0001F1E7";
        var token = Assert.Single(NewsTokenizer.Tokenize(flag));
        Assert.Equal((0, 4, TokenKind.Symbol), (token.Start, token.End, token.Kind));
    }

    [Fact]
    public void Keycap_emoji_is_one_token()
    {
        const string keycap = "1\uFE0F\u20E3";
        var token = Assert.Single(NewsTokenizer.Tokenize(keycap));
        Assert.Equal((0, 3, TokenKind.Symbol), (token.Start, token.End, token.Kind));
    }

    [Fact]
    public void Upper_case_negation_clitic_is_split()
    {
        Assert.Equal(["DO", "N'T"], Texts("DON'T"));
        Assert.Equal(["IS", "N'T"], Texts("ISN'T"));
    }

    [Theory]
    [InlineData("Great \u2764\uFE0F\u200D\U0001F525 news", "Great|\u2764\uFE0F\u200D\U0001F525|news")] // BMP base, ZWJ
    [InlineData("Great \U0001F3F3\uFE0F\u200D\u26A7\uFE0F news", "Great|\U0001F3F3\uFE0F\u200D\u26A7\uFE0F|news")] // ZWJ to a BMP symbol
    [InlineData("Great \u261D\U0001F3FD news", "Great|\u261D\U0001F3FD|news")] // BMP base, skin tone
    [InlineData("UK \U0001F1EC\U0001F1E7 wins", "UK|\U0001F1EC\U0001F1E7|wins")]
    [InlineData("\U0001F1EC\U0001F1E7\U0001F1EB\U0001F1F7", "\U0001F1EC\U0001F1E7|\U0001F1EB\U0001F1F7")] // two flags
    [InlineData("\U0001F1EC\U0001F1E7\U0001F1EB", "\U0001F1EC\U0001F1E7|\U0001F1EB")] // odd regional indicator
    [InlineData("press #\uFE0F\u20E3 or 1\u20E3", "press|#\uFE0F\u20E3|or|1\u20E3")]
    [InlineData("#1 in 10 \u2022 items", "#|1|in|10|\u2022|items")] // no keycap, unchanged
    [InlineData("1 + 1 \u00A9 A+B", "1|+|1|\u00A9|A|+|B")]
    public void Emoji_and_symbol_sequences_split_as_expected(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
        AssertWellFormed(text);
    }

    [Theory]
    [InlineData("Write to a.b+news@bbc.co.uk.", "Write|to|a.b+news@bbc.co.uk|.")]
    [InlineData("john+news@localhost", "john|+|news|@|localhost")] // no dot in the domain: not an address
    [InlineData("C++ and A+ grades", "C|+|+|and|A|+|grades")]
    public void Plus_joins_only_an_e_mail_address(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Theory]
    [InlineData("CAN'T STOP", "CA|N'T|STOP")]
    [InlineData("O'NEILL'S", "O'NEILL|'S")]
    [InlineData("N'TOMBO", "N'TOMBO")]
    public void Upper_case_apostrophes_split_like_lower_case(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Fact]
    public void Empty_and_whitespace_only_text_have_no_tokens()
    {
        Assert.Empty(NewsTokenizer.Tokenize(""));
        Assert.Empty(NewsTokenizer.Tokenize(" \t\r\n\u00A0\u2003 "));
    }

    [Fact]
    public void Null_text_throws()
    {
        Assert.Throws<ArgumentNullException>(() => NewsTokenizer.Tokenize((string)null!));
        Assert.Throws<ArgumentNullException>(() => NewsTokenizer.Tokenize("a".AsSpan(), null!));
    }

    [Fact]
    public void Spacing_records_spaces_line_breaks_and_paragraphs()
    {
        const string text = "A B\nC\r\n\r\nD\u2029E";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal(["A", "B", "C", "D", "E"], tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenSpacing.None, tokens[0].Spacing);
        Assert.Equal(TokenSpacing.Space, tokens[1].Spacing);
        Assert.Equal(TokenSpacing.Space | TokenSpacing.LineBreak, tokens[2].Spacing);
        Assert.Equal(TokenSpacing.Space | TokenSpacing.LineBreak | TokenSpacing.Paragraph, tokens[3].Spacing);
        Assert.Equal(TokenSpacing.Space | TokenSpacing.LineBreak, tokens[4].Spacing);
        Assert.False(tokens[0].HasSpaceBefore);
        Assert.True(tokens[1].HasSpaceBefore);
    }

    [Fact]
    public void Span_overload_appends_to_an_existing_list()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word, TokenSpacing.None) };
        NewsTokenizer.Tokenize("ab cd", tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal((0, 2), (tokens[1].Start, tokens[1].End));
        Assert.Equal((3, 5), (tokens[2].Start, tokens[2].End));
    }

    [Fact]
    public void Sample_article_tokens_are_well_formed_and_every_word_is_found()
    {
        string text = Support.TestFiles.SampleArticle;
        AssertWellFormed(text);
        var texts = Texts(text);
        Assert.Contains("$14.3bn", texts);
        Assert.Contains("49%", texts);
        Assert.Contains("Corp.", texts);
        Assert.Contains("Mr.", texts);
        Assert.Contains("start-up", texts);
    }
}

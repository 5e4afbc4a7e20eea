using System.Diagnostics;
using System.Text;
using NewsFacts.Text;

namespace NewsFacts.Tests.Text;

public class SentenceSplitterTests
{
    /// <summary>Normalise, tokenize, split; returns the sentences as substrings of the original text.</summary>
    private static string[] Sentences(string text)
    {
        string normalized = CharNormalizer.Normalize(text);
        var tokens = new List<Token>();
        NewsTokenizer.Tokenize(normalized, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(normalized, tokens, sentences);
        AssertPartition(tokens, sentences);
        return sentences.Select(s => text[s.Start..s.End]).ToArray();
    }

    /// <summary>Every token is in exactly one sentence, sentences are in order and their offsets match their tokens.</summary>
    internal static void AssertPartition(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        int next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0, "empty sentence");
            Assert.True(sentence.TokenCount <= SentenceSplitter.MaxSentenceTokens, "sentence longer than the cap");
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Count, next);
    }

    [Fact]
    public void Title_abbreviation_does_not_end_a_sentence()
    {
        Assert.Equal(["Mr. Smith went."], Sentences("Mr. Smith went."));
        Assert.Equal(["Dr. Jones met Mrs. Brown in St. Louis."], Sentences("Dr. Jones met Mrs. Brown in St. Louis."));
    }

    [Fact]
    public void Company_abbreviation_ends_a_sentence_before_an_opener()
    {
        Assert.Equal(["Shares in Apple Inc.", "The firm said so."], Sentences("Shares in Apple Inc. The firm said so."));
    }

    [Fact]
    public void Company_abbreviation_inside_a_name_does_not_end_a_sentence()
    {
        Assert.Equal(["Apple Inc. Chief Executive Tim Cook spoke."], Sentences("Apple Inc. Chief Executive Tim Cook spoke."));
    }

    [Fact]
    public void Initialism_ends_a_sentence_before_an_opener()
    {
        Assert.Equal(["He moved to the U.S.", "The firm said so."], Sentences("He moved to the U.S. The firm said so."));
    }

    [Fact]
    public void Initials_do_not_end_a_sentence()
    {
        Assert.Equal(["J. P. Morgan said so."], Sentences("J. P. Morgan said so."));
    }

    [Fact]
    public void Decimals_and_amounts_do_not_end_a_sentence()
    {
        Assert.Equal(["Sales rose 3.5% to $1.13bn."], Sentences("Sales rose 3.5% to $1.13bn."));
        Assert.Equal(["Sales rose 3.5% to $1.13bn.", "Analysts cheered."], Sentences("Sales rose 3.5% to $1.13bn. Analysts cheered."));
    }

    [Fact]
    public void Closing_quote_belongs_to_the_sentence_it_closes()
    {
        Assert.Equal(
            ["He said \"We will win.\"", "The firm declined to comment."],
            Sentences("He said \"We will win.\" The firm declined to comment."));
        Assert.Equal(
            ["He said \u201CWe will win.\u201D", "The firm declined."],
            Sentences("He said \u201CWe will win.\u201D The firm declined."));
    }

    [Fact]
    public void Quote_ending_in_exclamation_followed_by_lower_case_is_one_sentence()
    {
        Assert.Equal(["\"We will win!\" he said."], Sentences("\"We will win!\" he said."));
    }

    [Fact]
    public void Headline_without_full_stop_is_its_own_sentence()
    {
        Assert.Equal(
            ["OpenAI to wind down work with Scale AI", "OpenAI said on Tuesday that it will stop."],
            Sentences("OpenAI to wind down work with Scale AI\n\nOpenAI said on Tuesday that it will stop."));
        Assert.Equal(
            ["Meta buys stake in Scale AI", "Meta said on Friday it had bought a stake."],
            Sentences("Meta buys stake in Scale AI\nMeta said on Friday it had bought a stake."));
    }

    [Fact]
    public void Bullet_lines_starting_with_an_emoji_are_separate_sentences()
    {
        Assert.Equal(
            ["Key points:", "\U0001F539 Meta invests $14.3bn", "\U0001F539 Alexandr Wang joins Meta"],
            Sentences("Key points:\n\U0001F539 Meta invests $14.3bn\n\U0001F539 Alexandr Wang joins Meta"));
    }

    [Fact]
    public void Bullet_lines_starting_with_a_bullet_character_are_separate_sentences()
    {
        Assert.Equal(
            ["In brief:", "\u2022 profits rose", "- sales fell"],
            Sentences("In brief:\n\u2022 profits rose\n- sales fell"));
    }

    [Fact]
    public void Lower_case_word_after_question_mark_continues_the_sentence()
    {
        Assert.Equal(["\"Why?\" he asked."], Sentences("\"Why?\" he asked."));
        Assert.Equal(["Why? he asked."], Sentences("Why? he asked."));
    }

    [Fact]
    public void Lower_case_line_continues_a_wrapped_sentence()
    {
        Assert.Equal(["Shares in the firm\nrose sharply."], Sentences("Shares in the firm\nrose sharply."));
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(["Will it work?", "Nobody knows!", "It rose."], Sentences("Will it work? Nobody knows! It rose."));
    }

    [Fact]
    public void Interrobang_stays_with_its_sentence()
    {
        Assert.Equal(["Really?!", "The firm declined."], Sentences("Really?! The firm declined."));
    }

    [Fact]
    public void Runs_of_mixed_terminal_marks_end_one_sentence()
    {
        Assert.Equal(["Really!?", "The firm declined."], Sentences("Really!? The firm declined."));
        Assert.Equal(["\"Why?!\" he asked."], Sentences("\"Why?!\" he asked."));
        Assert.Equal(["Why?!\"", "The firm declined."], Sentences("Why?!\" The firm declined."));
        Assert.Equal(["Really?! he asked."], Sentences("Really?! he asked."));
    }

    [Fact]
    public void Sentence_starting_with_a_number_is_split()
    {
        Assert.Equal(["Sales rose.", "2024 was a good year."], Sentences("Sales rose. 2024 was a good year."));
    }

    [Fact]
    public void Empty_token_list_gives_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split("", new List<Token>()));
        Assert.Empty(Sentences("   \n\n  "));
    }

    [Fact]
    public void Long_run_without_punctuation_is_cut_at_the_cap()
    {
        string text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var sentences = Sentences(text);
        Assert.Equal(4, sentences.Length); // 300 + 300 + 300 + 100
    }

    [Fact]
    public void Sample_article_sentences_partition_the_tokens()
    {
        var sentences = Sentences(Support.TestFiles.SampleArticle);
        Assert.Equal("OpenAI to wind down work with Scale AI after Meta deal", sentences[0]);
        Assert.Contains("Shares in Nvidia Corp. rose 2% on the news.", sentences);
        Assert.Contains("Analysts at Morgan Stanley said demand for labelled data was unlikely to slow.", sentences);
        Assert.Contains("\"Nothing has changed about our commitment to customers,\" Mr. Droege wrote in a blog post.", sentences);
    }

    [Fact]
    public void Hundred_thousand_sentences_are_split_quickly()
    {
        var builder = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            builder.Append(i % 3 == 0 ? "Mr. Smith said Apple Inc. rose 3.5% on Monday. " : i % 3 == 1 ? "\"Why?\" he asked! " : "Sales rose\n\n");
        }

        string text = CharNormalizer.Normalize(builder.ToString());
        var clock = Stopwatch.StartNew();
        var tokens = new List<Token>();
        NewsTokenizer.Tokenize(text, tokens);
        var sentences = SentenceSplitter.Split(text, tokens);
        clock.Stop();
        Assert.Equal(100_000, sentences.Count);
        AssertPartition(tokens, sentences);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }
}

using NewsFacts.Contextual;
using NewsFacts.Entities;
using NewsFacts.Text;

namespace NewsFacts.Tests.Contextual;

/// <summary>The bundled all-MiniLM-L6-v2 encoder as the accurate entity mode uses it: one vector per token of ours.</summary>
public class MiniLmTokenEncoderTests
{
    private static ITokenEncoder Encoder => ContextualEntities.Encoder;

    private static float[] Encode(string sentence)
    {
        var document = NewsTokenizer.Tokenize(sentence).ToArray();
        var vectors = new float[document.Length * Encoder.Dimensions];
        Encoder.Encode(sentence, document, Range.All, vectors);
        return vectors;
    }

    private static float[] VectorOf(string sentence, int token) =>
        Encode(sentence).AsSpan(token * Encoder.Dimensions, Encoder.Dimensions).ToArray();

    [Fact]
    public void Every_token_gets_a_finite_non_zero_vector_including_symbols()
    {
        const string sentence = "Meta paid £10bn (about $12.7bn) for 49% of Scale AI — a record.";
        var vectors = Encode(sentence);
        int tokens = vectors.Length / Encoder.Dimensions;
        Assert.True(tokens >= 12);
        for (int t = 0; t < tokens; t++)
        {
            var v = vectors.AsSpan(t * Encoder.Dimensions, Encoder.Dimensions);
            Assert.All(v.ToArray(), x => Assert.True(float.IsFinite(x)));
            Assert.Contains(v.ToArray(), x => x != 0);
        }
    }

    [Fact]
    public void The_same_sentence_gives_identical_vectors()
    {
        const string sentence = "Jason Droege became interim chief executive of Scale AI.";
        Assert.Equal(Encode(sentence), Encode(sentence));
    }

    [Fact]
    public void A_word_gets_a_different_vector_in_a_different_context()
    {
        // "Apple" is token 0 in both sentences.
        var fruit = VectorOf("Apple pie is a dessert made with fruit.", 0);
        var company = VectorOf("Apple shares rose after the iPhone launch.", 0);
        Assert.NotEqual(fruit, company);
    }

    [Fact]
    public void A_sentence_longer_than_the_model_window_is_encoded_in_windows()
    {
        string sentence = string.Join(' ', Enumerable.Repeat("Acquisitions by Northwind Holdings continued", 200)) + ".";
        var vectors = Encode(sentence);
        int tokens = vectors.Length / Encoder.Dimensions;
        Assert.True(tokens > 800);
        for (int t = 0; t < tokens; t++)
        {
            Assert.Contains(vectors.AsSpan(t * Encoder.Dimensions, Encoder.Dimensions).ToArray(), x => x != 0);
        }
    }

    [Fact]
    public void An_empty_sentence_and_a_small_buffer_are_handled()
    {
        Encoder.Encode("", ReadOnlySpan<Token>.Empty, Range.All, Span<float>.Empty);
        var tokens = NewsTokenizer.Tokenize("Two words").ToArray();
        Assert.Throws<ArgumentException>(() => Encoder.Encode("Two words", tokens, Range.All, new float[Encoder.Dimensions]));
    }

    [Fact]
    public void With_context_the_surrounding_sentences_change_a_sentences_vectors_and_without_they_do_not()
    {
        const string first = "Shares of Northwind fell.";
        const string second = "Rivals in Paris gained.";
        string text = first + " " + second;
        var tokens = NewsTokenizer.Tokenize(text).ToArray();
        int split = NewsTokenizer.Tokenize(first).Count;
        var sentence = new Range(split, tokens.Length);
        using var sentenceOnly = new MiniLmTokenEncoder();
        var alone = new float[(tokens.Length - split) * Encoder.Dimensions];
        sentenceOnly.Encode(text, tokens, sentence, alone);
        var secondTokens = NewsTokenizer.Tokenize(second).ToArray();
        var secondAlone = new float[alone.Length];
        sentenceOnly.Encode(second, secondTokens, Range.All, secondAlone);
        Assert.Equal(secondAlone, alone);

        using var withContext = new MiniLmTokenEncoder(contextPieces: 32);
        Assert.EndsWith("/context-32", withContext.Name, StringComparison.Ordinal);
        var read = new float[alone.Length];
        withContext.Encode(text, tokens, sentence, read);
        Assert.NotEqual(alone, read);
        Assert.Equal(withContext.Name, MiniLmTokenEncoder.ForName(withContext.Name)!.Name);
        Assert.Null(MiniLmTokenEncoder.ForName("another-encoder"));
    }
}

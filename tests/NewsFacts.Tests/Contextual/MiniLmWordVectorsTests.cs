using NewsFacts.Contextual;

namespace NewsFacts.Tests.Contextual;

/// <summary>The context-free word vectors that the fast entity model's word scores are trained from.</summary>
public class MiniLmWordVectorsTests
{
    private static readonly Lazy<MiniLmWordVectors> Vectors = new(() => new MiniLmWordVectors());

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / Math.Sqrt(na * nb);
    }

    [Fact]
    public void A_word_gets_a_deterministic_finite_vector_whatever_its_case()
    {
        var vector = Vectors.Value.VectorOf("Nvidia");
        Assert.Equal(Vectors.Value.Dimensions, vector.Length);
        Assert.All(vector, v => Assert.True(float.IsFinite(v)));
        Assert.Contains(vector, v => v != 0);
        Assert.Equal(vector, Vectors.Value.VectorOf("Nvidia"));
        Assert.Equal(vector, Vectors.Value.VectorOf("NVIDIA")); // the encoder is uncased
    }

    [Fact]
    public void Words_of_a_kind_lie_closer_than_words_of_different_kinds()
    {
        var paris = Vectors.Value.VectorOf("paris");
        Assert.True(Cosine(paris, Vectors.Value.VectorOf("madrid")) > Cosine(paris, Vectors.Value.VectorOf("quickly")));
    }

    [Fact]
    public void The_vocabulary_lists_whole_words_only()
    {
        var words = MiniLmWordVectors.VocabularyWords().ToList();
        Assert.True(words.Count > 10_000, $"{words.Count} words");
        Assert.Contains("london", words);
        Assert.DoesNotContain(words, w => w.StartsWith("##", StringComparison.Ordinal) || w.StartsWith('['));
    }

    [Fact]
    public void An_empty_word_is_refused() => Assert.Throws<ArgumentException>(() => Vectors.Value.VectorOf(""));
}

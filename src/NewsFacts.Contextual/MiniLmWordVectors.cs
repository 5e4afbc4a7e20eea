using NewsFacts.Text;

namespace NewsFacts.Contextual;

/// <summary>
/// Context-free word vectors from all-MiniLM-L6-v2: a word read alone ([CLS] word [SEP]), the mean of its pieces'
/// last hidden states. What the encoder learned about a word from its pretraining text (that "nakamura" is a
/// surname, "bancorp" a company) without any sentence, so the vectors can be turned into a lookup table that the
/// fast entity model carries (training: <c>newsfacts train ner --word-vectors</c>). Thread-safe and deterministic.
/// </summary>
public sealed class MiniLmWordVectors : IDisposable
{
    private readonly MiniLmTokenEncoder _encoder = new();

    /// <summary>The name a model trained with these vectors records.</summary>
    public const string Name = "all-MiniLM-L6-v2/word-alone";

    /// <summary>Width of a vector (384).</summary>
    public int Dimensions => _encoder.Dimensions;

    /// <summary>The vector of <paramref name="word"/> read alone.</summary>
    /// <exception cref="ArgumentException">The word is empty.</exception>
    public float[] VectorOf(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var vector = new float[Dimensions];
        _encoder.Encode(word, [new Token(0, word.Length, TokenKind.Word, TokenSpacing.None)], 0..1, vector);
        return vector;
    }

    /// <summary>The vectors of <paramref name="words"/>, in order, read in parallel on up to <paramref name="threads"/> threads.</summary>
    public float[][] VectorsOf(IReadOnlyList<string> words, int threads)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var vectors = new float[words.Count][];
        Parallel.For(0, words.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i => vectors[i] = VectorOf(words[i]));
        return vectors;
    }

    /// <summary>The whole words of the encoder's own vocabulary (no word-piece continuations or special tokens).</summary>
    public static IEnumerable<string> VocabularyWords() =>
        MiniLmTokenEncoder.VocabularyLines().Where(w => w.Length > 1 && !w.StartsWith("##", StringComparison.Ordinal)
            && !(w.StartsWith('[') && w.EndsWith(']')) && w.Any(char.IsLetter));

    /// <inheritdoc />
    public void Dispose() => _encoder.Dispose();
}

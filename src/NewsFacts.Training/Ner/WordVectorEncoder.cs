using NewsFacts.Entities;
using NewsFacts.Entities.Tagging;
using NewsFacts.Text;

namespace NewsFacts.Training.Ner;

/// <summary>
/// Context-free word vectors as a token encoder for training: each token gets the vector of its lower-cased form,
/// or zeros when the word is not in the vocabulary (as it will at run time, where only the vocabulary's baked
/// <see cref="WordScores"/> exist). With a window of one, a token's vector joins three: the previous word's, its own
/// and the next word's (zeros outside the sentence), each normalised on its own (<see cref="Block"/>), so that the
/// weights over each stay a function of one word and bake into that word's scores. Thread-safe (read-only after
/// construction).
/// </summary>
internal sealed class WordVectorEncoder : ITokenEncoder
{
    private readonly Dictionary<ulong, float[]> _vectors;

    /// <param name="words">The vocabulary's words (any case; one vector per lower-cased form).</param>
    /// <param name="vectors">One vector per word, all of <paramref name="dimensions"/> numbers.</param>
    /// <param name="dimensions">Width of a vector.</param>
    /// <param name="name">What the vectors are (recorded in the model).</param>
    /// <param name="window">Neighbours on each side whose vectors join a token's (0 or 1).</param>
    public WordVectorEncoder(IReadOnlyList<string> words, IReadOnlyList<float[]> vectors, int dimensions, string name, int window = 0)
    {
        if (words.Count != vectors.Count || vectors.Any(v => v.Length != dimensions))
        {
            throw new ArgumentException("Each word needs one vector of the given width.");
        }

        if (window is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(window), "The word-vector window is 0 or 1.");
        }

        _vectors = new Dictionary<ulong, float[]>(words.Count);
        for (int i = 0; i < words.Count; i++)
        {
            _vectors.TryAdd(FeatureHashing.Lower(words[i]), vectors[i]);
        }

        Block = dimensions;
        Window = window;
        Dimensions = dimensions * ((2 * window) + 1);
        Name = name;
    }

    /// <inheritdoc />
    public int Dimensions { get; }

    /// <summary>Width of one word's vector: the blocks a token's vector joins.</summary>
    public int Block { get; }

    /// <summary>Neighbours on each side whose vectors join a token's.</summary>
    public int Window { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>
    /// The same vectors with the words of <paramref name="hidden"/> unknown: for the training text, so that the
    /// tagger also learns from words without a vector, as it will meet them.
    /// </summary>
    public WordVectorEncoder Hiding(IEnumerable<string> hidden)
    {
        var hiddenKeys = hidden.Select(w => FeatureHashing.Lower(w)).ToHashSet();
        var keep = _vectors.Where(e => !hiddenKeys.Contains(e.Key)).ToDictionary();
        return new WordVectorEncoder(keep, this);
    }

    private WordVectorEncoder(Dictionary<ulong, float[]> vectors, WordVectorEncoder like)
    {
        _vectors = vectors;
        Block = like.Block;
        Window = like.Window;
        Dimensions = like.Dimensions;
        Name = like.Name;
    }

    /// <summary>Words in the vocabulary.</summary>
    public int Count => _vectors.Count;

    /// <inheritdoc />
    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Range sentence, Span<float> vectors)
    {
        var (first, count) = sentence.GetOffsetAndLength(tokens.Length);
        vectors[..(count * Dimensions)].Clear();
        for (int i = 0; i < count; i++)
        {
            if (!_vectors.TryGetValue(FeatureHashing.Lower(tokens[first + i].In(text)), out var vector))
            {
                continue;
            }

            // The word's vector goes to its own token's middle block and to its neighbours' outer blocks: block 0
            // of the next token (its previous word) and the last block of the previous token (its next word).
            for (int offset = -Window; offset <= Window; offset++)
            {
                int target = i - offset;
                if (target >= 0 && target < count)
                {
                    vector.CopyTo(vectors.Slice((target * Dimensions) + ((Window + offset) * Block), Block));
                }
            }
        }
    }

    /// <summary>
    /// Replaces the dense weights of each pass of <paramref name="model"/> (trained with this encoder) by the scores
    /// they give every vocabulary word, so that the model needs no vectors at run time and tags the same.
    /// </summary>
    public EntityModel Bake(EntityModel model) =>
        new(Bake(model.First), model.Second is null ? null : Bake(model.Second), model.CalibrationSlope, model.CalibrationIntercept);

    private TaggerModel Bake(TaggerModel pass)
    {
        if (pass.Contextual is not { Groups: 1 } weights || weights.Encoder != Name || weights.Dimensions != Dimensions)
        {
            throw new ArgumentException("The entity model was not trained with these word vectors (one weight set, this window).", nameof(pass));
        }

        var keys = _vectors.Keys.Order().ToArray(); // sorted: the same bytes on every run
        int blocks = (2 * Window) + 1;
        var scores = new float[keys.Length * blocks * TagSet.Count];
        var vector = new float[Dimensions];
        for (int i = 0; i < keys.Length; i++)
        {
            // Block b of the word's scores: the weights of block b times its normalised vector alone.
            for (int b = 0; b < blocks; b++)
            {
                Array.Clear(vector);
                var slot = vector.AsSpan(b * Block, Block);
                _vectors[keys[i]].CopyTo(slot);
                ContextualWeights.Normalize(slot, Block, weights.Scale);
                weights.AddScores(vector, 0, scores.AsSpan(((i * blocks) + b) * TagSet.Count, TagSet.Count));
            }
        }

        return pass.With(contextual: null, new WordScores(keys, scores, Name, Window));
    }
}

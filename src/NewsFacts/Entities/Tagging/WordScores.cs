namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Pre-computed tag scores of known words: for each word of a vocabulary (keyed by its lower-cased hash, as
/// <see cref="TokenView.Lower"/>), the <see cref="TagSet.Count"/> scores that the trained weights give the word's
/// vector. Training learns weights over dense word vectors (from a pretrained encoder reading the word alone); since
/// such a vector depends on the word only, its scores are baked in once, and tagging costs one lookup per token
/// instead of a dense product or an encoder. Words outside the vocabulary score zero. With a window of one, each
/// word also keeps the scores it gives the token after it and the token before it (weights over the neighbours'
/// vectors), so a token's score reads its neighbours' rows too, at no further lookup.
/// </summary>
internal sealed class WordScores
{
    private const int T = TagSet.Count;

    private readonly Dictionary<ulong, int> _rows;

    /// <param name="keys">The words' lower-cased hashes, distinct.</param>
    /// <param name="scores">Row-major: word * <see cref="TagSet.Count"/> + tag.</param>
    /// <param name="source">What the vectors were (recorded in the model, for its readers).</param>
    /// <param name="window">
    /// 0: one block of scores per word, for the token itself. 1: three blocks, in this order: what the word adds
    /// to the token after it (the word is that token's previous word), to itself, and to the token before it.
    /// </param>
    public WordScores(ulong[] keys, float[] scores, string source, int window = 0)
    {
        if (window is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(window), "The word-score window is 0 or 1.");
        }

        Stride = T * ((2 * window) + 1);
        if (scores.Length != keys.Length * Stride)
        {
            throw new ArgumentException("Word scores do not match the word count, window and tag set.");
        }

        _rows = Models.WordIndex.Of(keys, Stride);

        Keys = keys;
        Scores = scores;
        Source = source;
        Window = window;
    }

    /// <summary>Neighbours on each side whose words add scores to a token (0 or 1).</summary>
    public int Window { get; }

    /// <summary>Scores per word: one block of <see cref="TagSet.Count"/> per position in the window.</summary>
    public int Stride { get; }

    public ulong[] Keys { get; }

    public float[] Scores { get; }

    public string Source { get; }

    public int Count => Keys.Length;

    /// <summary>
    /// Where the word whose lower-cased hash is <paramref name="lowerHash"/> keeps its scores, plus one; 0 when the
    /// word is unknown (so that a default <see cref="TokenView"/> means "no scores").
    /// </summary>
    public int RowOf(ulong lowerHash) => _rows.TryGetValue(lowerHash, out int offset) ? offset + 1 : 0;

    /// <summary>Adds the scores at <paramref name="wordRow"/> (from <see cref="RowOf"/>; 0 adds nothing).</summary>
    public void AddScores(int wordRow, Span<float> row) => AddBlock(wordRow, Window, row);

    /// <summary>
    /// With a window, adds what the words before and after a token (their rows from <see cref="RowOf"/>; 0 for none
    /// or outside the sentence) give it.
    /// </summary>
    public void AddNeighbourScores(int previousRow, int nextRow, Span<float> row)
    {
        if (Window > 0)
        {
            AddBlock(previousRow, 0, row);
            AddBlock(nextRow, 2 * Window, row);
        }
    }

    private void AddBlock(int wordRow, int block, Span<float> row)
    {
        if (wordRow > 0)
        {
            var scores = Scores.AsSpan(wordRow - 1 + (block * T), T);
            for (int k = 0; k < T; k++)
            {
                row[k] += scores[k];
            }
        }
    }

    /// <summary>True when <paramref name="other"/> keeps the same words at the same rows (so a row found in one fits both).</summary>
    public bool SameWordsAs(WordScores other) => ReferenceEquals(Keys, other.Keys) || Keys.AsSpan().SequenceEqual(other.Keys);

    /// <summary>Writes the scores; <paramref name="withWindow"/> records the window (formats that have the field).</summary>
    public void Save(BinaryWriter writer, bool withWindow)
    {
        if (!withWindow && Window != 0)
        {
            throw new InvalidOperationException("Word scores with a window need a format that records it.");
        }

        writer.Write(Source);
        if (withWindow)
        {
            writer.Write(Window);
        }

        writer.Write(Keys.Length);
        for (int i = 0; i < Keys.Length; i++)
        {
            writer.Write(Keys[i]);
            for (int k = 0; k < Stride; k++)
            {
                writer.Write(Scores[(i * Stride) + k]);
            }
        }
    }

    /// <summary>Reads scores written by <see cref="Save"/> with the same <paramref name="withWindow"/>.</summary>
    public static WordScores Load(BinaryReader reader, bool withWindow)
    {
        string source = reader.ReadString();
        int window = withWindow ? reader.ReadInt32() : 0;
        if (window is < 0 or > 1)
        {
            throw new InvalidDataException("The entity model's word-score window is out of range.");
        }

        int stride = T * ((2 * window) + 1);
        int count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException("The entity model's word count is out of range.");
        }

        var keys = new ulong[count];
        var scores = new float[count * stride];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            for (int k = 0; k < stride; k++)
            {
                scores[(i * stride) + k] = reader.ReadSingle();
            }
        }

        try
        {
            return new WordScores(keys, scores, source, window);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The entity model's word scores are invalid: " + e.Message, e);
        }
    }
}

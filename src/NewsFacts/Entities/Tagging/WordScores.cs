namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Pre-computed tag scores of known words: for each word of a vocabulary (keyed by its lower-cased hash, as
/// <see cref="TokenView.Lower"/>), the <see cref="TagSet.Count"/> scores that the trained weights give the word's
/// vector. Training learns weights over dense word vectors (from a pretrained encoder reading the word alone); since
/// such a vector depends on the word only, its scores are baked in once, and tagging costs one lookup per token
/// instead of a dense product or an encoder. Words outside the vocabulary score zero.
/// </summary>
internal sealed class WordScores
{
    private const int T = TagSet.Count;

    private readonly Dictionary<ulong, int> _rows;

    /// <param name="keys">The words' lower-cased hashes, distinct.</param>
    /// <param name="scores">Row-major: word * <see cref="TagSet.Count"/> + tag.</param>
    /// <param name="source">What the vectors were (recorded in the model, for its readers).</param>
    public WordScores(ulong[] keys, float[] scores, string source)
    {
        if (scores.Length != keys.Length * T)
        {
            throw new ArgumentException("Word scores do not match the word count and tag set.");
        }

        _rows = Models.WordIndex.Of(keys, T);

        Keys = keys;
        Scores = scores;
        Source = source;
    }

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
    public void AddScores(int wordRow, Span<float> row)
    {
        if (wordRow > 0)
        {
            var scores = Scores.AsSpan(wordRow - 1, T);
            for (int k = 0; k < T; k++)
            {
                row[k] += scores[k];
            }
        }
    }

    /// <summary>True when <paramref name="other"/> keeps the same words at the same rows (so a row found in one fits both).</summary>
    public bool SameWordsAs(WordScores other) => ReferenceEquals(Keys, other.Keys) || Keys.AsSpan().SequenceEqual(other.Keys);

    public void Save(BinaryWriter writer)
    {
        writer.Write(Source);
        writer.Write(Keys.Length);
        for (int i = 0; i < Keys.Length; i++)
        {
            writer.Write(Keys[i]);
            for (int k = 0; k < T; k++)
            {
                writer.Write(Scores[(i * T) + k]);
            }
        }
    }

    public static WordScores Load(BinaryReader reader)
    {
        string source = reader.ReadString();
        int count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException("The entity model's word count is out of range.");
        }

        var keys = new ulong[count];
        var scores = new float[count * T];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            for (int k = 0; k < T; k++)
            {
                scores[(i * T) + k] = reader.ReadSingle();
            }
        }

        try
        {
            return new WordScores(keys, scores, source);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The entity model's word scores are invalid: " + e.Message, e);
        }
    }
}

using NewsFacts.Entities.Tagging;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Pre-computed class scores of known words for the relation classifier. The classifier was trained with, per
/// region of the pair (<see cref="Regions"/>: the words between the arguments, a few before the first and a few after
/// the second), the mean of those words' pretrained vectors as dense features; since the weights times a mean is the
/// mean of the weights times each vector, each word keeps its own scores per region, and scoring a pair adds, per
/// region, the mean of its words' scores (unknown words count, with zero scores).
/// </summary>
internal sealed class PairWordScores
{
    /// <summary>Between, before and after.</summary>
    public const int Regions = 3;

    /// <summary>Tokens read on each side of the pair.</summary>
    public const int Window = 3;

    private readonly Dictionary<ulong, int> _rows;

    /// <param name="keys">The words' lower-cased hashes (see <see cref="FeatureHashing.Lower"/>), distinct.</param>
    /// <param name="scores">Per word, per region, one score per class.</param>
    /// <param name="classes">The classifier's class count.</param>
    public PairWordScores(ulong[] keys, float[] scores, int classes)
    {
        if (classes < 1 || scores.Length != keys.Length * Regions * classes)
        {
            throw new ArgumentException("Word scores do not match the word, region and class counts.");
        }

        _rows = Models.WordIndex.Of(keys, Regions * classes);

        Keys = keys;
        Scores = scores;
        Classes = classes;
    }

    public ulong[] Keys { get; }

    public float[] Scores { get; }

    public int Classes { get; }

    /// <summary>
    /// The token range of each region of a pair (shared with training, so both read the same words). The words
    /// between stop where a phrase describing the later argument begins (see <see cref="DescriptorPhrases"/>).
    /// </summary>
    public static (int From, int To) RegionOf(int region, string text, List<Token> tokens, Sentence sentence, Argument earlier, Argument later) => region switch
    {
        0 => (earlier.EndToken, Math.Max(earlier.EndToken, DescriptorPhrases.StartBefore(text, tokens, later.FirstToken, earlier.EndToken))),
        1 => (Math.Max(sentence.FirstToken, earlier.FirstToken - Window), earlier.FirstToken),
        _ => (later.EndToken, Math.Min(sentence.EndToken, later.EndToken + Window)),
    };

    /// <summary>Adds the pair's word scores to <paramref name="scores"/>.</summary>
    /// <param name="text">The document's normalised text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="sentence">The pair's sentence.</param>
    /// <param name="earlier">The pair's first argument.</param>
    /// <param name="later">The pair's second argument.</param>
    /// <param name="scores">Receives the scores (added).</param>
    /// <param name="rows">
    /// A per-document cache, one entry per token, zeroed before the document's first pair: where the token's word
    /// keeps its scores plus one, -1 for no scores, 0 for not yet looked up. Pairs overlap, so each token is looked
    /// up once.
    /// </param>
    public void Add(string text, List<Token> tokens, Sentence sentence, Argument earlier, Argument later, Span<float> scores, Span<int> rows)
    {
        for (int region = 0; region < Regions; region++)
        {
            var (from, to) = RegionOf(region, text, tokens, sentence, earlier, later);
            int words = 0;
            for (int t = from; t < to; t++)
            {
                if (tokens[t].Kind == TokenKind.Word)
                {
                    words++;
                }
            }

            if (words == 0)
            {
                continue;
            }

            float share = 1f / words;
            for (int t = from; t < to; t++)
            {
                if (tokens[t].Kind != TokenKind.Word)
                {
                    continue;
                }

                if (rows[t] == 0)
                {
                    rows[t] = _rows.TryGetValue(FeatureHashing.Lower(tokens[t].In(text)), out int offset) ? offset + 1 : -1;
                }

                if (rows[t] > 0)
                {
                    var row = Scores.AsSpan(rows[t] - 1 + (region * Classes), Classes);
                    for (int k = 0; k < Classes; k++)
                    {
                        scores[k] += share * row[k];
                    }
                }
            }
        }
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(Keys.Length);
        foreach (ulong key in Keys)
        {
            writer.Write(key);
        }

        foreach (float score in Scores)
        {
            writer.Write(score);
        }
    }

    public static PairWordScores Load(BinaryReader reader, int classes)
    {
        int count = reader.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException("The relation model's word count is out of range.");
        }

        var keys = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
        }

        var scores = new float[count * Regions * classes];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = reader.ReadSingle();
        }

        try
        {
            return new PairWordScores(keys, scores, classes);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException("The relation model's word scores are invalid: " + e.Message, e);
        }
    }
}

using NewsFacts.Entities.Tagging;
using NewsFacts.Relations;
using NewsFacts.Text;

namespace NewsFacts.Training.Relations;

/// <summary>
/// Pretrained word vectors (each word read alone) for the relation classifier: per block of a pair (between, before,
/// after: <see cref="PairWordScores.RegionOf"/>), the mean of the normalised vectors of its words is a dense feature;
/// after training, the learned weights are baked into per-word class scores (<see cref="PairWordScores"/>) so that
/// the library needs no vectors.
/// </summary>
internal sealed class PairWordVectors
{
    private readonly Dictionary<ulong, float[]> _vectors = [];

    /// <param name="words">The vocabulary (any case).</param>
    /// <param name="vectors">One vector per word.</param>
    /// <param name="scale">Length each word's vector is scaled to.</param>
    public PairWordVectors(IReadOnlyList<string> words, IReadOnlyList<float[]> vectors, float scale)
    {
        Dimensions = vectors.Count == 0 ? 0 : vectors[0].Length;
        for (int i = 0; i < words.Count; i++)
        {
            var v = (float[])vectors[i].Clone();
            ContextualWeights.Normalize(v, Dimensions, scale);
            _vectors.TryAdd(FeatureHashing.Lower(words[i]), v);
        }
    }

    public int Dimensions { get; }

    /// <summary>
    /// Per region of the pair (see <see cref="PairWordScores.RegionOf"/>), the mean vector of its words (unknown
    /// words count as zero vectors; all zeros without words), concatenated.
    /// </summary>
    public float[] Features(string text, List<Token> tokens, Sentence sentence, Argument earlier, Argument later)
    {
        var features = new float[PairWordScores.Regions * Dimensions];
        for (int region = 0; region < PairWordScores.Regions; region++)
        {
            var (from, to) = PairWordScores.RegionOf(region, text, tokens, sentence, earlier, later);
            var mean = features.AsSpan(region * Dimensions, Dimensions);
            int words = 0;
            for (int t = from; t < to; t++)
            {
                if (tokens[t].Kind != TokenKind.Word)
                {
                    continue;
                }

                words++;
                if (_vectors.TryGetValue(FeatureHashing.Lower(tokens[t].In(text)), out var v))
                {
                    for (int d = 0; d < Dimensions; d++)
                    {
                        mean[d] += v[d];
                    }
                }
            }

            for (int d = 0; d < Dimensions && words > 0; d++)
            {
                mean[d] /= words;
            }
        }

        return features;
    }

    /// <summary>Width of <see cref="Features"/>.</summary>
    public int Width => PairWordScores.Regions * Dimensions;

    /// <summary>
    /// Each word's scores per region: <paramref name="weights"/> (feature-major, <paramref name="classes"/> per
    /// feature of <see cref="Features"/>) times the word's vector.
    /// </summary>
    public PairWordScores Bake(float[] weights, int classes)
    {
        var keys = _vectors.Keys.Order().ToArray();
        int perWord = PairWordScores.Regions * classes;
        var scores = new float[keys.Length * perWord];
        for (int i = 0; i < keys.Length; i++)
        {
            var v = _vectors[keys[i]];
            for (int region = 0; region < PairWordScores.Regions; region++)
            {
                var target = scores.AsSpan((i * perWord) + (region * classes), classes);
                for (int d = 0; d < Dimensions; d++)
                {
                    var row = weights.AsSpan(((region * Dimensions) + d) * classes, classes);
                    for (int k = 0; k < classes; k++)
                    {
                        target[k] += v[d] * row[k];
                    }
                }
            }
        }

        return new PairWordScores(keys, scores, classes);
    }
}

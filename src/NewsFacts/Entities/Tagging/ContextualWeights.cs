namespace NewsFacts.Entities.Tagging;

/// <summary>
/// The accurate mode's extra weights: one row of <see cref="TagSet.Count"/> weights per dimension of a contextual
/// token vector. A token's vector is scaled to length <see cref="Scale"/> before it meets the weights, so the dense
/// features weigh about as much as a few hashed ones whatever the encoder's raw magnitudes.
/// </summary>
internal sealed class ContextualWeights
{
    /// <param name="encoder">The encoder's name.</param>
    /// <param name="dimensions">Width of a token's vector.</param>
    /// <param name="scale">Length each normalised block is scaled to.</param>
    /// <param name="groups">Weight sets (see <see cref="Groups"/>).</param>
    /// <param name="weights">The weights, group-major.</param>
    /// <param name="block">
    /// Width of the blocks normalised one by one (a token's vector may join several vectors, such as its neighbours'
    /// word vectors); 0 for the whole vector. Only training uses other blocks: such weights are baked, never saved.
    /// </param>
    public ContextualWeights(string encoder, int dimensions, float scale, int groups, float[] weights, int block = 0)
    {
        if (dimensions <= 0 || groups is not (1 or CaseClasses.Count) || weights.Length != groups * dimensions * TagSet.Count
            || block < 0 || (block > 0 && dimensions % block != 0))
        {
            throw new ArgumentException("Contextual weights do not match the dimension count, blocks, groups and tag set.");
        }

        Block = block > 0 ? block : dimensions;

        Groups = groups;

        Encoder = encoder;
        Dimensions = dimensions;
        Scale = scale;
        Weights = weights;
    }

    /// <summary>The <see cref="ITokenEncoder.Name"/> the weights were trained with.</summary>
    public string Encoder { get; }

    public int Dimensions { get; }

    /// <summary>Width of the blocks of a token's vector that are normalised one by one (see <see cref="Normalize"/>).</summary>
    public int Block { get; }

    public float Scale { get; }

    /// <summary>1 (one set of weights) or <see cref="CaseClasses.Count"/> (one set per case class of the token).</summary>
    public int Groups { get; }

    /// <summary>Where, in weights of <paramref name="groups"/> groups, those for a token of <paramref name="caseClass"/> start.</summary>
    public static int GroupOffset(int groups, int dimensions, byte caseClass) => groups == 1 ? 0 : caseClass * dimensions * TagSet.Count;

    /// <summary>Row-major: (group * Dimensions + dimension) * TagSet.Count + tag.</summary>
    public float[] Weights { get; }

    /// <summary>Scales each token's vector in place to length <see cref="Scale"/> (a zero vector stays zero).</summary>
    public static void Normalize(Span<float> vectors, int dimensions, float scale)
    {
        for (int start = 0; start + dimensions <= vectors.Length; start += dimensions)
        {
            var v = vectors.Slice(start, dimensions);
            double sum = 0;
            foreach (float x in v)
            {
                sum += x * x;
            }

            if (sum > 0)
            {
                float factor = (float)(scale / Math.Sqrt(sum));
                for (int d = 0; d < v.Length; d++)
                {
                    v[d] *= factor;
                }
            }
        }
    }

    /// <summary>Adds, for each tag, the dot product of its weights with <paramref name="vector"/> (already normalised).</summary>
    public void AddScores(ReadOnlySpan<float> vector, byte caseClass, Span<float> scores) =>
        AddScores(Weights, Groups, Dimensions, vector, caseClass, scores);

    /// <summary>
    /// The scoring of <see cref="AddScores(ReadOnlySpan{float}, byte, Span{float})"/> over raw weights, shared with
    /// training so that the perceptron learns exactly what the tagger computes.
    /// </summary>
    public static void AddScores(ReadOnlySpan<float> weights, int groups, int dimensions, ReadOnlySpan<float> vector, byte caseClass, Span<float> scores)
    {
        const int T = TagSet.Count;
        int offset = GroupOffset(groups, dimensions, caseClass);
        for (int d = 0; d < dimensions; d++)
        {
            float x = vector[d];
            var row = weights.Slice(offset + (d * T), T);
            for (int k = 0; k < T; k++)
            {
                scores[k] += x * row[k];
            }
        }
    }

    public void Save(BinaryWriter writer)
    {
        if (Block != Dimensions)
        {
            throw new InvalidOperationException("Contextual weights over blocks are baked into word scores, not saved.");
        }

        writer.Write(Encoder);
        writer.Write(Dimensions);
        writer.Write(Scale);
        writer.Write(Groups);
        foreach (float w in Weights)
        {
            writer.Write(w);
        }
    }

    public static ContextualWeights Load(BinaryReader reader)
    {
        string encoder = reader.ReadString();
        int dimensions = reader.ReadInt32();
        if (dimensions is <= 0 or > 65536)
        {
            throw new InvalidDataException("The entity model's contextual dimension count is out of range.");
        }

        float scale = reader.ReadSingle();
        int groups = reader.ReadInt32();
        if (groups is not (1 or CaseClasses.Count))
        {
            throw new InvalidDataException("The entity model's contextual group count is invalid.");
        }

        var weights = new float[groups * dimensions * TagSet.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = reader.ReadSingle();
        }

        return new ContextualWeights(encoder, dimensions, scale, groups, weights);
    }
}

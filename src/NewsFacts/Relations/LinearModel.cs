using System.Text;
using NewsFacts.Models;

namespace NewsFacts.Relations;

/// <summary>
/// A multinomial logistic-regression model over hashed binary features, as trained by ML.NET's SDCA maximum
/// entropy trainer and exported: biases plus, for each feature that has weights, one weight per class. Scoring
/// is a sparse dot product and a softmax, with no ML.NET dependency at run time (trimming/AOT safe).
/// </summary>
internal sealed class LinearModel
{
    private readonly Dictionary<int, float[]> _rows;

    public LinearModel(int featureBits, float[] biases, Dictionary<int, float[]> rows)
    {
        FeatureBits = featureBits;
        Biases = biases;
        _rows = rows;
    }

    public int FeatureBits { get; }

    public int Classes => Biases.Length;

    public float[] Biases { get; }

    public int FeatureCount => _rows.Count;

    public IEnumerable<KeyValuePair<int, float[]>> Rows => _rows.OrderBy(r => r.Key);

    /// <summary>Writes class probabilities for the given features (duplicates count once) into <paramref name="probabilities"/>.</summary>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        Biases.CopyTo(probabilities);
        foreach (int f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                for (int k = 0; k < row.Length; k++)
                {
                    probabilities[k] += row[k];
                }
            }
        }

        Softmax(probabilities[..Classes]);
    }

    public static void Softmax(Span<float> scores)
    {
        float max = float.NegativeInfinity;
        foreach (float s in scores)
        {
            max = MathF.Max(max, s);
        }

        float sum = 0;
        for (int k = 0; k < scores.Length; k++)
        {
            scores[k] = float.IsNegativeInfinity(scores[k]) ? 0 : MathF.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (int k = 0; k < scores.Length; k++)
        {
            scores[k] /= sum;
        }
    }

    public void Save(BinaryWriter writer)
    {
        writer.Write(FeatureBits);
        writer.Write(Classes);
        foreach (float b in Biases)
        {
            writer.Write(b);
        }

        writer.Write(_rows.Count);
        foreach (var (feature, row) in Rows)
        {
            writer.Write(feature);
            foreach (float w in row)
            {
                writer.Write(w);
            }
        }
    }

    public static LinearModel Load(BinaryReader reader)
    {
        int bits = reader.ReadInt32();
        int classes = reader.ReadInt32();
        if (bits is < 8 or > 30 || classes is < 2 or > 1000)
        {
            throw new InvalidDataException("The relation model is corrupt (bad dimensions).");
        }

        var biases = new float[classes];
        for (int k = 0; k < classes; k++)
        {
            biases[k] = reader.ReadSingle();
        }

        int count = reader.ReadInt32();
        var rows = new Dictionary<int, float[]>(count);
        for (int i = 0; i < count; i++)
        {
            int feature = reader.ReadInt32();
            var row = new float[classes];
            for (int k = 0; k < classes; k++)
            {
                row[k] = reader.ReadSingle();
            }

            rows[feature] = row;
        }

        return new LinearModel(bits, biases, rows);
    }
}

/// <summary>The shipped relation model: the pair classifier, the direction classifier and the modality classifier.</summary>
internal sealed class RelationModel
{
    private static ReadOnlySpan<byte> Magic => "NFREL02\n"u8;

    public RelationModel(LinearModel relations, LinearModel direction, LinearModel modality)
    {
        Relations = relations;
        Direction = direction;
        Modality = modality;
    }

    public LinearModel Relations { get; }

    /// <summary>Two classes: 0 = the earlier argument is the subject, 1 = the later one is.</summary>
    public LinearModel Direction { get; }

    public LinearModel Modality { get; }

    public void Save(Stream stream)
    {
        stream.Write(Magic);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        Relations.Save(writer);
        Direction.Save(writer);
        Modality.Save(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a relation model, or it is truncated.</exception>
    public static RelationModel Load(Stream stream) => ModelFile.Read(stream, Read, "relation model");

    private static RelationModel Read(Stream stream)
    {
        ModelFile.ExpectHeader(stream, Magic, "relation model");
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var relations = LinearModel.Load(reader);
        var direction = LinearModel.Load(reader);
        return new RelationModel(relations, direction, LinearModel.Load(reader));
    }
}

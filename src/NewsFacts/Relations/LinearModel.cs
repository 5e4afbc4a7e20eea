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
    private const int Empty = -1;

    // The rows in feature order: _features[i] has the weights _weights[i * Classes .. (i + 1) * Classes].
    private readonly int[] _features;
    private readonly float[] _weights;

    // An open-addressing table from feature to row index (linear probing, at most half full): one probe and one
    // read of contiguous weights per feature, where a dictionary of arrays chased a pointer per feature.
    private readonly Slot[] _slots;
    private readonly int _shift;

    public LinearModel(int featureBits, float[] biases, Dictionary<int, float[]> rows, PairWordScores? words = null)
        : this(featureBits, biases, rows.Keys.Order().ToArray(), weights: null, words)
    {
        for (int i = 0; i < _features.Length; i++)
        {
            rows[_features[i]].AsSpan().CopyTo(_weights.AsSpan(i * biases.Length, biases.Length));
        }
    }

    // Rows for the given features (sorted, distinct, not negative) with the given weights, or zeros for the caller
    // to fill.
    private LinearModel(int featureBits, float[] biases, int[] features, float[]? weights, PairWordScores? words)
    {
        if (features.Length > 0 && features[0] < 0)
        {
            throw new ArgumentException("Feature indices are never negative.", nameof(features));
        }

        FeatureBits = featureBits;
        Biases = biases;
        Words = words;
        _features = features;
        _weights = weights ?? new float[features.Length * biases.Length];
        int capacityBits = Math.Max(4, 1 + (int)Math.Ceiling(Math.Log2(Math.Max(1, features.Length))));
        _shift = 32 - capacityBits;
        _slots = new Slot[1 << capacityBits];
        _slots.AsSpan().Fill(new Slot(Empty, 0));
        for (int i = 0; i < features.Length; i++)
        {
            int slot = Home(features[i]);
            while (_slots[slot].Feature != Empty)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = new Slot(features[i], i);
        }
    }

    private LinearModel(LinearModel model, PairWordScores? words)
    {
        FeatureBits = model.FeatureBits;
        Biases = model.Biases;
        Words = words;
        _features = model._features;
        _weights = model._weights;
        _slots = model._slots;
        _shift = model._shift;
    }

    /// <summary>This model with <paramref name="words"/> as its word scores.</summary>
    public LinearModel With(PairWordScores? words) => new(this, words);

    /// <summary>Scores of the words in and around a pair (see <see cref="PairWordScores"/>), or null.</summary>
    public PairWordScores? Words { get; }

    public int FeatureBits { get; }

    public int Classes => Biases.Length;

    public float[] Biases { get; }

    public int FeatureCount => _features.Length;

    /// <summary>
    /// Writes class probabilities for the given features into <paramref name="probabilities"/>. A feature given
    /// twice counts twice (a word that occurs twice between the names), as training gives a repeated feature the
    /// value of its count.
    /// </summary>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities)
    {
        Score(features, probabilities);
        Softmax(probabilities[..Classes]);
    }

    /// <summary>
    /// As <see cref="Predict(ReadOnlySpan{int}, Span{float})"/>, plus the scores of the pair's words when the model
    /// has <see cref="Words"/>.
    /// </summary>
    /// <param name="features">The pair's hashed features.</param>
    /// <param name="probabilities">Receives the class probabilities.</param>
    /// <param name="text">The document's normalised text.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="sentence">The pair's sentence.</param>
    /// <param name="earlier">The pair's first argument.</param>
    /// <param name="later">The pair's second argument.</param>
    /// <param name="wordRows">The per-document cache of <see cref="PairWordScores.Add"/>.</param>
    public void Predict(ReadOnlySpan<int> features, Span<float> probabilities, string text, List<Text.Token> tokens, Text.Sentence sentence, Argument earlier, Argument later, Span<int> wordRows)
    {
        Score(features, probabilities);
        Words?.Add(text, tokens, sentence, earlier, later, probabilities, wordRows);
        Softmax(probabilities[..Classes]);
    }

    /// <summary>The raw class scores (biases plus feature weights) before the softmax.</summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        Biases.CopyTo(scores);
        int classes = Biases.Length;
        scores = scores[..classes];
        foreach (int f in features)
        {
            int row = RowOf(f);
            if (row >= 0)
            {
                var weights = _weights.AsSpan(row * classes, classes);
                for (int k = 0; k < weights.Length; k++)
                {
                    scores[k] += weights[k];
                }
            }
        }
    }

    // The row of feature f, or -1 when the model has no weights for it.
    private int RowOf(int f)
    {
        if (f < 0)
        {
            return -1; // no feature is negative, and -1 marks an empty slot
        }

        var slots = _slots;
        int slot = Home(f);
        while (true)
        {
            var entry = slots[slot];
            if (entry.Feature == f)
            {
                return entry.Row;
            }

            if (entry.Feature == Empty)
            {
                return -1;
            }

            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    // Fibonacci hashing: features are already hashes, but their low bits need not spread over a small table.
    private int Home(int feature) => (int)(((uint)feature * 2654435769u) >> _shift);

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

        writer.Write(_features.Length);
        for (int i = 0; i < _features.Length; i++)
        {
            writer.Write(_features[i]);
            foreach (float w in _weights.AsSpan(i * Classes, Classes))
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

        // Save writes the rows in feature order, so they are read straight into the model's arrays.
        int count = reader.ReadInt32();
        if (count < 0 || count > 1 << bits || (long)count * classes > Array.MaxLength)
        {
            throw new InvalidDataException("The relation model is corrupt (bad row count).");
        }

        var features = new int[count];
        var weights = new float[count * classes];
        for (int i = 0; i < count; i++)
        {
            features[i] = reader.ReadInt32();
            if (features[i] < 0 || features[i] >= 1 << bits || (i > 0 && features[i] <= features[i - 1]))
            {
                throw new InvalidDataException("The relation model is corrupt (bad feature index).");
            }

            for (int k = 0; k < classes; k++)
            {
                weights[(i * classes) + k] = reader.ReadSingle();
            }
        }

        return new LinearModel(bits, biases, features, weights, words: null);
    }

    private readonly record struct Slot(int Feature, int Row);
}

/// <summary>The shipped relation model: the pair classifier, the direction classifier and the modality classifier.</summary>
internal sealed class RelationModel
{
    // Versions 4 and 5 are versions 2 and 3 with features over inflection-free stems (see WordStems). Files of
    // versions 2 and 3 read the same but were trained on other feature values, so they are refused, not misread.
    private static ReadOnlySpan<byte> Magic => "NFREL04\n"u8;

    // Version 5 adds the pair classifier's word scores (see PairWordScores) after the three models; a model without
    // them is written as version 4.
    private static ReadOnlySpan<byte> WordsMagic => "NFREL05\n"u8;

    private static ReadOnlySpan<byte> OlderMagic => "NFREL02\n"u8;

    private static ReadOnlySpan<byte> OlderWordsMagic => "NFREL03\n"u8;

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
        stream.Write(Relations.Words is null ? Magic : WordsMagic);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        Relations.Save(writer);
        Direction.Save(writer);
        Modality.Save(writer);
        Relations.Words?.Save(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not a relation model, it is truncated, or an earlier version wrote it.</exception>
    public static RelationModel Load(Stream stream) => ModelFile.Read(stream, Read, "relation model");

    private static RelationModel Read(Stream stream)
    {
        int version = ModelFile.ExpectHeader(stream, Magic, WordsMagic, OlderMagic, OlderWordsMagic, OlderWordsMagic, "relation model");
        if (version >= 2)
        {
            throw new InvalidDataException(
                "The relation model was trained by an earlier NewsFacts whose features differ; retrain it with `newsfacts train relations`.");
        }

        bool words = version == 1;
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var relations = LinearModel.Load(reader);
        var direction = LinearModel.Load(reader);
        var modality = LinearModel.Load(reader);
        if (words)
        {
            relations = relations.With(PairWordScores.Load(reader, relations.Classes));
        }

        return new RelationModel(relations, direction, modality);
    }
}

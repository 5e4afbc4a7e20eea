using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NewsFacts.Facts;
using NewsFacts.Relations;

namespace NewsFacts.Training.Relations;

/// <summary>Settings of <see cref="RelationTrainer"/>.</summary>
public sealed record RelationTrainingOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>L2 regularisation of the SDCA maximum entropy trainer.</summary>
    public float L2 { get; init; } = 0.00003f;

    public int Iterations { get; init; } = 50;

    /// <summary>Log each class's recall on the training data (to tell under-fitting from over-fitting).</summary>
    public bool LogClassRecall { get; init; }

    /// <summary>Weight of the written examples (documents with inline text) relative to annotated articles.</summary>
    public float WrittenWeight { get; init; } = 1;

    /// <summary>Where to write the cross-validation predictions (JSON Lines) for error analysis, or null.</summary>
    public string? CrossValidationPredictions { get; init; }

    /// <summary>Weight of examples of a relation relative to "no relation" ones (relations are rare).</summary>
    public float PositiveWeight { get; init; } = 1;

    public Action<string> Log { get; init; } = _ => { };

    /// <summary>Word vectors whose means over a pair's blocks the pair classifier also learns from, or null.</summary>
    internal PairWordVectors? WordVectors { get; init; }
}

/// <summary>
/// Trains the relation and modality classifiers with ML.NET (SDCA maximum entropy: multinomial logistic
/// regression) on hashed sparse features, then exports the weights to the library's own scorer, so the
/// library needs no ML.NET at run time. One thread and a fixed seed make the result reproducible.
/// </summary>
internal static class RelationTrainer
{
    public static RelationModel Train(RelationDataset data, RelationTrainingOptions options)
    {
        var relations = Fit(data.Pairs, RelationLabels.Count, options, "relations", options.PositiveWeight, data.Vectors);
        var direction = Fit(data.Directions, 2, options, "direction", 1);
        var modality = Fit(data.Modalities, Enum.GetValues<Modality>().Length, options, "modality", 1);
        return new RelationModel(relations, direction, modality);
    }

    public static LinearModel Fit(IReadOnlyList<LabeledFeatures> examples, int classes, RelationTrainingOptions options, string name, float positiveWeight, PairWordVectors? vectors = null)
    {
        int sparse = 1 << RelationFeatures.Bits;
        int width = vectors?.Width ?? 0;
        int dimensions = sparse + width; // dense word-vector features, if any, after the hashed ones
        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        schema[nameof(Row.Label)].ColumnType = new KeyDataViewType(typeof(uint), classes);

        // Labels are loaded as zero-based key indices (checked: the exported model reproduces ML.NET's training
        // accuracy, logged below). Every class appears at least once so ML.NET sizes the model for all of them.
        var rows = examples.Select(e => Row.Of(e.Features, width == 0 ? null : e.Dense, sparse, dimensions, e.Label, e.Label == 0 ? e.Weight : e.Weight * positiveWeight)).ToList();
        for (int k = 0; k < classes; k++)
        {
            if (!examples.Any(e => e.Label == k))
            {
                rows.Add(Row.Of([], null, sparse, dimensions, k, 1));
            }
        }

        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            ExampleWeightColumnName = nameof(Row.Weight),
            FeatureColumnName = nameof(Row.Features),
            L2Regularization = options.L2,
            L1Regularization = 0,
            MaximumNumberOfIterations = options.Iterations,
            NumberOfThreads = 1,
            Shuffle = true,
        });
        var fitted = trainer.Fit(data);
        var model = fitted.Model;
        var metrics = ml.MulticlassClassification.Evaluate(fitted.Transform(data), nameof(Row.Label));
        options.Log($"{name}: ML.NET training micro accuracy {metrics.MicroAccuracy:F3}; biases {string.Join(' ', model.GetBiases().Take(5).Select(b => b.ToString("F2")))}");

        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out int trainedClasses);
        var biases = model.GetBiases().ToArray();
        var byFeature = new SortedDictionary<int, float[]>();
        for (int k = 0; k < trainedClasses; k++)
        {
            foreach (var (index, value) in weights[k].Items())
            {
                if (Math.Abs(value) < 1e-6f)
                {
                    continue;
                }

                if (!byFeature.TryGetValue(index, out var row))
                {
                    byFeature[index] = row = new float[trainedClasses];
                }

                row[k] = value;
            }
        }

        // Dense weights are baked into per-word scores; the check below scores the examples' own mean vectors.
        var dense = new float[width * trainedClasses];
        foreach (int index in byFeature.Keys.Where(i => i >= sparse).ToList())
        {
            byFeature[index].CopyTo(dense, (index - sparse) * trainedClasses);
            byFeature.Remove(index);
        }

        var exported = new LinearModel(RelationFeatures.Bits, biases, new Dictionary<int, float[]>(byFeature), vectors?.Bake(dense, trainedClasses));
        double accuracy = Accuracy(exported, examples, dense);
        if (options.LogClassRecall)
        {
            var scores = new float[exported.Classes];
            foreach (var group in examples.GroupBy(e => e.Label).OrderBy(g => g.Key))
            {
                int right = 0;
                foreach (var e in group)
                {
                    right += Predicted(exported, e, dense, scores) == e.Label ? 1 : 0;
                }

                options.Log($"  {name} class {group.Key}: {group.Count()} examples, training recall {right / (double)group.Count():F2}");
            }
        }

        options.Log($"{name}: {examples.Count} examples, {classes} classes, {byFeature.Count} features with weights, training accuracy {accuracy:F3}");
        if (Math.Abs(accuracy - metrics.MicroAccuracy) > 0.02)
        {
            throw new InvalidOperationException($"The exported {name} model does not reproduce ML.NET's predictions ({accuracy:F3} vs {metrics.MicroAccuracy:F3}).");
        }

        return exported;
    }

    internal static double Accuracy(LinearModel model, IReadOnlyList<LabeledFeatures> examples, float[]? dense = null)
    {
        var scores = new float[model.Classes];
        int right = examples.Count(example => Predicted(model, example, dense, scores) == example.Label);
        return examples.Count == 0 ? 0 : (double)right / examples.Count;
    }

    // The class the exported model gives an example: its sparse scores plus, with dense weights (dimension-major,
    // one per class), the example's own dense features, as training saw them.
    private static int Predicted(LinearModel model, LabeledFeatures example, float[]? dense, float[] scores)
    {
        model.Score(example.Features, scores);
        if (dense is not null && example.Dense is { } x)
        {
            for (int d = 0; d < x.Length; d++)
            {
                for (int k = 0; k < scores.Length; k++)
                {
                    scores[k] += x[d] * dense[(d * scores.Length) + k];
                }
            }
        }

        int best = 0;
        for (int k = 1; k < scores.Length; k++)
        {
            best = scores[k] > scores[best] ? k : best;
        }

        return best;
    }

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public uint Label { get; set; }

        public float Weight { get; set; }

        public static Row Of(int[] features, float[]? dense, int sparse, int dimensions, int label, float weight)
        {
            // Sorted features with repeats: each run becomes one index whose value is its length.
            int distinct = 0;
            for (int i = 0; i < features.Length; i++)
            {
                distinct += i == 0 || features[i] != features[i - 1] ? 1 : 0;
            }

            int count = distinct + (dense?.Length ?? 0);
            var values = new float[count];
            var indices = new int[count];
            int n = -1;
            for (int i = 0; i < features.Length; i++)
            {
                if (i == 0 || features[i] != features[i - 1])
                {
                    indices[++n] = features[i];
                }

                values[n] += 1f;
            }

            for (int d = 0; d < (dense?.Length ?? 0); d++)
            {
                indices[distinct + d] = sparse + d;
                values[distinct + d] = dense![d];
            }

            return new Row { Features = new VBuffer<float>(dimensions, count, values, indices), Label = (uint)label, Weight = weight };
        }
    }
}

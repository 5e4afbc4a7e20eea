using NewsFacts.Entities.Tagging;

namespace NewsFacts.Training.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
public sealed class NerTrainingOptions
{
    public int Epochs { get; set; } = 15;

    public int Seed { get; set; } = 1;

    /// <summary>log2 of the number of hashed feature rows (2^20 rows × 9 tags ≈ 19 MB on disk at half precision).</summary>
    public int BucketBits { get; set; } = 20;

    public Action<string> Log { get; set; } = _ => { };
}

/// <summary>
/// Trains the sequence tagger as an averaged structured perceptron (Collins 2002): decode each training
/// sentence with Viterbi under the current weights, and where the best sequence differs from the gold one,
/// reward the gold features and transitions and penalise the predicted ones. The averaged weights of the
/// epoch with the best F1 on the tuning set are kept. Single-threaded and seeded, so a seed reproduces the
/// model byte for byte.
/// </summary>
internal static class NerTrainer
{
    private const int T = TagSet.Count;
    private const int F = FeatureTemplates.Count;

    public static TaggerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence> dev, NerTrainingOptions options, WordClusters? clusters = null)
    {
        var sentences = train.Where(s => !s.IsDocumentStart).ToArray();
        options.Log($"training on {sentences.Length} sentences, {sentences.Sum(s => s.Words.Length)} tokens; 2^{options.BucketBits} feature rows");
        var rows = sentences.Select(s => FeatureRows(s, options.BucketBits, clusters)).ToArray();

        int size = (1 << options.BucketBits) * T;
        var weights = new float[size];
        var totals = new double[size];
        var transitions = new float[T * T];
        var transitionTotals = new double[T * T];
        var start = new float[T];
        var startTotals = new double[T];
        double c = 1;

        var order = Enumerable.Range(0, sentences.Length).ToArray();
        var random = new Random(options.Seed);
        TaggerModel? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        var emissions = new float[512 * T];
        var back = new byte[512 * T];
        var predicted = new byte[512];

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int index in order)
            {
                var gold = sentences[index].Gold;
                var featureRows = rows[index];
                int n = gold.Length;
                if (emissions.Length < n * T)
                {
                    emissions = new float[n * T];
                    back = new byte[n * T];
                    predicted = new byte[n];
                }

                Score(featureRows, n, weights, emissions);
                ViterbiDecoder.Decode(emissions.AsSpan(0, n * T), transitions, start, predicted.AsSpan(0, n), back);

                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    byte g = gold[i], p = predicted[i];
                    bool pairDiffers = g != p || (i > 0 && gold[i - 1] != predicted[i - 1]);
                    if (g != p)
                    {
                        wrong = true;
                        for (int f = 0; f < F; f++)
                        {
                            int row = featureRows[(i * F) + f];
                            Update(weights, totals, row + g, 1, c);
                            Update(weights, totals, row + p, -1, c);
                        }
                    }

                    if (!pairDiffers)
                    {
                        continue;
                    }

                    if (i == 0)
                    {
                        Update(start, startTotals, g, 1, c);
                        Update(start, startTotals, p, -1, c);
                    }
                    else
                    {
                        Update(transitions, transitionTotals, (gold[i - 1] * T) + g, 1, c);
                        Update(transitions, transitionTotals, (predicted[i - 1] * T) + p, -1, c);
                    }
                }

                mistakes += wrong ? 1 : 0;
                c++;
            }

            var model = new TaggerModel(options.BucketBits, Average(weights, totals, c), Average(transitions, transitionTotals, c), Average(start, startTotals, c), 1f, clusters);
            var score = NerEvaluator.Evaluate(new SequenceTagger(model), dev).Scores.Overall;
            options.Log($"epoch {epoch,2}: {mistakes} sentences wrong; dev P {score.Precision:F4} R {score.Recall:F4} F1 {score.F1:F4}");
            if (score.F1 > bestF1)
            {
                bestF1 = score.F1;
                best = model;
                bestEpoch = epoch;
            }
        }

        options.Log($"kept epoch {bestEpoch} (dev F1 {bestF1:F4})");
        best!.Temperature = ConfidenceCalibration.FitTemperature(new SequenceTagger(best), dev, options.Log);
        return best;
    }

    /// <summary>The weight row of each feature of each token of a sentence (token * F + feature).</summary>
    private static int[] FeatureRows(ConllSentence sentence, int bucketBits, WordClusters? clusters)
    {
        var (text, tokens) = sentence.ToText();
        var views = new TokenView[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            views[i] = TokenView.Of(tokens[i].In(text), clusters);
        }

        var rows = new int[tokens.Length * F];
        Span<ulong> features = stackalloc ulong[F];
        for (int i = 0; i < tokens.Length; i++)
        {
            FeatureTemplates.Extract(views, i, features);
            for (int f = 0; f < F; f++)
            {
                rows[(i * F) + f] = (int)(features[f] >> (64 - bucketBits)) * T;
            }
        }

        return rows;
    }

    private static void Score(int[] featureRows, int n, float[] weights, float[] emissions)
    {
        Array.Clear(emissions, 0, n * T);
        for (int i = 0; i < n; i++)
        {
            int o = i * T;
            for (int f = 0; f < F; f++)
            {
                int row = featureRows[(i * F) + f];
                for (int k = 0; k < T; k++)
                {
                    emissions[o + k] += weights[row + k];
                }
            }
        }
    }

    // Daumé's trick: averaged = w - totals / c, with totals accumulating c * update.
    private static void Update(float[] w, double[] totals, int index, float delta, double c)
    {
        w[index] += delta;
        totals[index] += c * delta;
    }

    private static float[] Average(float[] w, double[] totals, double c)
    {
        var averaged = new float[w.Length];
        for (int i = 0; i < w.Length; i++)
        {
            averaged[i] = (float)(w[i] - (totals[i] / c));
        }

        return averaged;
    }
}

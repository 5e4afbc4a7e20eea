using NewsFacts.Entities;
using NewsFacts.Entities.Tagging;

namespace NewsFacts.Training.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
public sealed record NerTrainingOptions
{
    public int Epochs { get; set; } = 15;

    public int Seed { get; set; } = 1;

    /// <summary>log2 of the number of hashed feature rows (2^19 rows × 9 tags ≈ 9 MB per pass on disk at half precision).</summary>
    public int BucketBits { get; set; } = 19;

    /// <summary>Train the second, document-context pass (and the cross-validated first passes it learns from).</summary>
    public bool SecondPass { get; set; } = true;

    /// <summary>Folds of the cross-validation that gives the second pass honest first-pass tags on training data.</summary>
    public int Folds { get; set; } = 5;

    /// <summary>Word clusters learned from unlabeled text (see <see cref="ExchangeClustering"/>), or null.</summary>
    internal WordClusters? Clusters { get; set; }

    /// <summary>Curated name lists used as features (see <see cref="NameLists"/>), or null.</summary>
    internal NameLists? Names { get; set; }

    /// <summary>Contextual token vectors as extra features (the accurate mode), or null for the default model.</summary>
    public ITokenEncoder? Encoder { get; set; }

    /// <summary>
    /// The encoder for the training sentences when it differs from <see cref="Encoder"/> (which tagging and tuning
    /// use): word vectors hide a training text's rarest words, as new text will have words without vectors.
    /// </summary>
    public ITokenEncoder? TrainingEncoder { get; set; }

    /// <summary>Length each contextual vector is scaled to (how much the dense features weigh against the hashed ones).</summary>
    public float ContextualScale { get; set; } = 1f;

    /// <summary>One set of contextual weights per case class of the token (see <see cref="CaseClasses"/>) instead of one.</summary>
    public bool ContextualByCase { get; set; }

    public Action<string> Log { get; set; } = _ => { };
}

/// <summary>A sentence ready for training: its token views and gold tags.</summary>
/// <param name="Views">The tokens' hashed views.</param>
/// <param name="Gold">The gold tags.</param>
/// <param name="Vectors">The tokens' normalised contextual vectors (token-major), or empty without an encoder.</param>
internal sealed record TrainingSentence(TokenView[] Views, byte[] Gold, float[] Vectors);

/// <summary>
/// Trains the sequence tagger as an averaged structured perceptron (Collins 2002): decode each training
/// sentence with Viterbi under the current weights, and where the best sequence differs from the gold one,
/// reward the gold features and transitions and penalise the predicted ones. The averaged weights of the
/// epoch with the best F1 on the tuning set are kept. The second pass learns from first-pass tags that
/// were produced by cross-validation, so it sees first-pass errors as they happen on unseen text.
/// Single-threaded and seeded: a seed reproduces the model byte for byte.
/// </summary>
internal static class NerTrainer
{
    private const int T = TagSet.Count;

    /// <summary>Trains the full entity model (first pass and, by default, second pass).</summary>
    public static EntityModel TrainEntityModel(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence> dev, NerTrainingOptions options)
    {
        var trainDocuments = ConllDocument.Group(train);
        options.Log($"first pass: {trainDocuments.Count} training documents");
        var clusters = options.Clusters;
        var names = options.Names;
        var encoder = options.Encoder;
        var vectors = trainDocuments.Select(d => Vectors(d, options)).ToArray();
        var firstSentences = trainDocuments.SelectMany((d, i) => Sentences(d, BaseViews(d, clusters, names), vectors[i])).ToList();
        var (first, bestEpoch) = TrainPass(firstSentences, stacked: false, options, options.Epochs,
            m => NerEvaluator.Evaluate(new EntityTagger(new EntityModel(m, null), encoder), dev).Scores.Overall.F1, clusters, names);
        first.Temperature = ConfidenceCalibration.FitTemperature(first, () => NerEvaluator.Evaluate(new EntityTagger(new EntityModel(first, null), encoder), dev), options.Log);
        if (!options.SecondPass)
        {
            var single = new EntityModel(first, null);
            ConfidenceCalibration.FitMentionCalibration(single, () => NerEvaluator.Evaluate(new EntityTagger(single, encoder), dev), options.Log);
            return single;
        }

        // Honest first-pass tags for the training documents: each fold is tagged by a model that never saw it.
        var hinted = new TokenView[trainDocuments.Count][];
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var foldTrain = Enumerable.Range(0, trainDocuments.Count).Where(d => d % options.Folds != fold)
                .SelectMany(d => Sentences(trainDocuments[d], BaseViews(trainDocuments[d], clusters, names), vectors[d])).ToList();
            var (foldModel, _) = TrainPass(foldTrain, stacked: false, options with { Log = _ => { } }, bestEpoch, evaluate: null, clusters, names);
            var tagger = new EntityTagger(new EntityModel(foldModel, null), encoder);
            for (int d = fold; d < trainDocuments.Count; d += options.Folds)
            {
                hinted[d] = HintedViews(trainDocuments[d], tagger);
            }

            options.Log($"cross-validated first pass: fold {fold + 1}/{options.Folds} tagged");
        }

        var secondSentences = trainDocuments.SelectMany((d, i) => Sentences(d, hinted[i], vectors[i])).ToList();
        var (second, _) = TrainPass(secondSentences, stacked: true, options, options.Epochs,
            m => NerEvaluator.Evaluate(new EntityTagger(new EntityModel(first, m), encoder), dev).Scores.Overall.F1, clusters, names);
        second.Temperature = ConfidenceCalibration.FitTemperature(second, () => NerEvaluator.Evaluate(new EntityTagger(new EntityModel(first, second), encoder), dev), options.Log);
        var model = new EntityModel(first, second);
        ConfidenceCalibration.FitMentionCalibration(model, () => NerEvaluator.Evaluate(new EntityTagger(model, encoder), dev), options.Log);
        return model;
    }

    /// <summary>Trains a single first-pass tagger on sentences (no document context).</summary>
    public static TaggerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence> dev, NerTrainingOptions options, WordClusters? clusters = null)
    {
        var sentences = train.Where(s => !s.IsDocumentStart).Select(s =>
        {
            var (text, tokens) = s.ToText();
            var views = new TokenView[tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                views[i] = TokenView.Of(tokens[i].In(text), clusters);
            }

            SentenceCase.MarkTitleCase(text, tokens, views);
            return new TrainingSentence(views, s.Gold, []);
        }).ToList();
        var (model, _) = TrainPass(sentences, stacked: false, options, options.Epochs,
            m => NerEvaluator.Evaluate(new SequenceTagger(m), dev).Scores.Overall.F1, clusters);
        model.Temperature = ConfidenceCalibration.FitTemperature(model, () => NerEvaluator.Evaluate(new SequenceTagger(model), dev), options.Log);
        return model;
    }

    private static TokenView[] BaseViews(ConllDocument document, WordClusters? clusters, NameLists? names)
    {
        var views = new TokenView[document.Tokens.Length];
        for (int i = 0; i < views.Length; i++)
        {
            views[i] = TokenView.Of(document.Tokens[i].In(document.Text), clusters);
        }

        names?.Annotate(document.Text, document.Tokens, views);
        CaseClasses.Mark(document.Text, document.Tokens, views); // read only by models with weights per case class
        foreach (var sentence in document.Sentences)
        {
            var range = new Range(sentence.FirstToken, sentence.EndToken);
            SentenceCase.MarkTitleCase(document.Text, document.Tokens.AsSpan(range), views.AsSpan(range));
        }

        return views;
    }

    private static TokenView[] HintedViews(ConllDocument document, EntityTagger firstPass)
    {
        var views = BaseViews(document, firstPass.Model.First.Clusters, firstPass.Model.First.Names);
        var tags = new byte[views.Length];
        firstPass.TagDocument(document.Text, document.Tokens, document.Sentences, tags, new float[views.Length]);
        DocumentHints.Compute(views, tags);
        return views;
    }

    private static IEnumerable<TrainingSentence> Sentences(ConllDocument document, TokenView[] views, float[] vectors)
    {
        int width = vectors.Length / Math.Max(1, document.Tokens.Length);
        return document.Sentences.Select(s => new TrainingSentence(views[s.FirstToken..s.EndToken], document.Gold[s.FirstToken..s.EndToken],
            vectors[(s.FirstToken * width)..(s.EndToken * width)]));
    }

    // The width normalised at a time: word vectors that join a token's neighbours' are normalised word by word, so
    // their weights stay a function of one word and bake into its scores; other encoders' vectors as a whole.
    private static int BlockOf(ITokenEncoder encoder) => encoder is WordVectorEncoder words ? words.Block : encoder.Dimensions;

    /// <summary>The document's normalised contextual vectors, sentence by sentence (empty without an encoder).</summary>
    private static float[] Vectors(ConllDocument document, NerTrainingOptions options)
    {
        if ((options.TrainingEncoder ?? options.Encoder) is not { } encoder)
        {
            return [];
        }

        int width = encoder.Dimensions;
        var vectors = new float[document.Tokens.Length * width];
        foreach (var sentence in document.Sentences)
        {
            var span = vectors.AsSpan(sentence.FirstToken * width, sentence.TokenCount * width);
            encoder.Encode(document.Text, document.Tokens, new Range(sentence.FirstToken, sentence.EndToken), span);
            ContextualWeights.Normalize(span, BlockOf(encoder), options.ContextualScale);
        }

        return vectors;
    }

    /// <summary>Runs the perceptron for up to <paramref name="epochs"/> epochs; keeps the best epoch by <paramref name="evaluate"/> (or the last).</summary>
    private static (TaggerModel Model, int Epoch) TrainPass(IReadOnlyList<TrainingSentence> sentences, bool stacked, NerTrainingOptions options, int epochs,
        Func<TaggerModel, double>? evaluate, WordClusters? clusters = null, NameLists? names = null)
    {
        bool external = names?.External is not null;
        int features = FeatureTemplates.CountFor(stacked, external);
        int width = options.Encoder?.Dimensions ?? 0;
        int groups = options.ContextualByCase ? CaseClasses.Count : 1;
        var dense = new float[groups * width * T];
        var denseTotals = new double[groups * width * T];
        options.Log($"{(stacked ? "second" : "first")} pass: {sentences.Count} sentences, {sentences.Sum(s => s.Gold.Length)} tokens, {features} features per token, 2^{options.BucketBits} rows");
        var rows = sentences.Select(s => FeatureRows(s.Views, options.BucketBits, stacked, external)).ToArray();

        int size = (1 << options.BucketBits) * T;
        var weights = new float[size];
        var totals = new double[size];
        var transitions = new float[T * T];
        var transitionTotals = new double[T * T];
        var start = new float[T];
        var startTotals = new double[T];
        double c = 1;

        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        TaggerModel? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        int longest = sentences.Count == 0 ? 1 : Math.Max(1, sentences.Max(s => s.Gold.Length));
        var emissions = new float[longest * T];
        var back = new byte[longest * T];
        var predicted = new byte[longest];

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int mistakes = 0;
            foreach (int index in order)
            {
                var gold = sentences[index].Gold;
                var featureRows = rows[index];
                int n = gold.Length;
                Score(featureRows, n, features, weights, emissions);
                AddDenseScores(sentences[index], n, width, groups, dense, emissions);
                ViterbiDecoder.Decode(emissions.AsSpan(0, n * T), transitions, start, predicted.AsSpan(0, n), back);

                bool wrong = false;
                for (int i = 0; i < n; i++)
                {
                    byte g = gold[i], p = predicted[i];
                    if (g != p)
                    {
                        wrong = true;
                        for (int f = 0; f < features; f++)
                        {
                            int row = featureRows[(i * features) + f];
                            Update(weights, totals, row + g, 1, c);
                            Update(weights, totals, row + p, -1, c);
                        }

                        int group = ContextualWeights.GroupOffset(groups, width, sentences[index].Views[i].CaseClass);
                        for (int d = 0; d < width; d++)
                        {
                            float x = sentences[index].Vectors[(i * width) + d];
                            Update(dense, denseTotals, group + (d * T) + g, x, c);
                            Update(dense, denseTotals, group + (d * T) + p, -x, c);
                        }
                    }

                    if (g == p && (i == 0 || gold[i - 1] == predicted[i - 1]))
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

            if (evaluate is null && epoch < epochs)
            {
                continue;
            }

            var contextual = width == 0 ? null : new ContextualWeights(options.Encoder!.Name, width, options.ContextualScale, groups, Average(dense, denseTotals, c), BlockOf(options.Encoder));
            var model = new TaggerModel(options.BucketBits, Average(weights, totals, c), Average(transitions, transitionTotals, c), Average(start, startTotals, c), 1f, clusters, stacked, names, contextual);
            if (evaluate is null)
            {
                return (model, epoch);
            }

            double f1 = evaluate(model);
            options.Log($"epoch {epoch,2}: {mistakes} sentences wrong; dev F1 {f1:F4}");
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = model;
                bestEpoch = epoch;
            }
        }

        options.Log($"kept epoch {bestEpoch} (dev F1 {bestF1:F4})");
        return (best!, bestEpoch);
    }

    /// <summary>The weight row of each feature of each token of a sentence (token * features + feature).</summary>
    private static int[] FeatureRows(TokenView[] views, int bucketBits, bool stacked, bool external)
    {
        int count = FeatureTemplates.CountFor(stacked, external);
        var rows = new int[views.Length * count];
        Span<ulong> features = stackalloc ulong[count];
        for (int i = 0; i < views.Length; i++)
        {
            FeatureTemplates.Extract(views, i, features, stacked, external);
            for (int f = 0; f < count; f++)
            {
                rows[(i * count) + f] = (int)(features[f] >> (64 - bucketBits)) * T;
            }
        }

        return rows;
    }

    private static void Score(int[] featureRows, int n, int features, float[] weights, float[] emissions)
    {
        Array.Clear(emissions, 0, n * T);
        for (int i = 0; i < n; i++)
        {
            int o = i * T;
            for (int f = 0; f < features; f++)
            {
                int row = featureRows[(i * features) + f];
                for (int k = 0; k < T; k++)
                {
                    emissions[o + k] += weights[row + k];
                }
            }
        }
    }

    private static void AddDenseScores(TrainingSentence sentence, int n, int width, int groups, float[] dense, float[] emissions)
    {
        for (int i = 0; i < n && width > 0; i++)
        {
            ContextualWeights.AddScores(dense, groups, width, sentence.Vectors.AsSpan(i * width, width), sentence.Views[i].CaseClass, emissions.AsSpan(i * T, T));
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

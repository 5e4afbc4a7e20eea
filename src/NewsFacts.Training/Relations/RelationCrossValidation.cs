using System.Globalization;
using NewsFacts.Facts;
using NewsFacts.Training.Facts;

namespace NewsFacts.Training.Relations;

/// <summary>
/// Document-level cross-validation over the annotated training articles: each fold's articles are extracted by
/// a model trained on the other folds and scored with the facts evaluation, at several confidence thresholds.
/// This is how features and thresholds are chosen without looking at the dev set.
/// </summary>
internal static class RelationCrossValidation
{
    private static readonly double[] Thresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

    public static void Run(IReadOnlyList<GoldDocument> documents, Func<string, string?> readText, int folds, RelationTrainingOptions options, Action<RelationDataset> addExternal)
    {
        // Written examples (inline text) always train; only real articles are held out and scored.
        var written = documents.Where(d => d.Text is not null).ToList();
        documents = documents.Where(d => d.Text is null).ToList();
        var predictions = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        for (int fold = 0; fold < folds; fold++)
        {
            var train = documents.Where((_, i) => i % folds != fold).Concat(written).ToList();
            var test = documents.Where((_, i) => i % folds == fold).ToList();
            var data = RelationDataset.Build(train, readText, _ => { }, options.WrittenWeight, options.WordVectors);
            addExternal(data);
            var model = RelationTrainer.Train(data, options with { Log = _ => { } });
            var extractor = NewsFactsExtractor.Create(new NewsFactsOptions { MinimumFactConfidence = Thresholds[0], MaxDegreeOfParallelism = 1 }, model);
            foreach (var document in test)
            {
                string? text = readText(document.Doc);
                if (text is not null)
                {
                    predictions[document.Doc] = extractor.Extract(text, document.Doc).ToRecord();
                }
            }
        }

        if (options.CrossValidationPredictions is { } dump)
        {
            File.WriteAllLines(dump, predictions.Values.Select(FactsJson.Serialize));
        }

        foreach (double threshold in Thresholds)
        {
            var filtered = predictions.ToDictionary(p => p.Key, p => p.Value with { Facts = p.Value.Facts?.Where(f => f.Confidence >= threshold).ToList() });
            var evaluation = FactEvaluator.Evaluate(documents, filtered);
            var t = evaluation.Overall;
            options.Log(string.Create(CultureInfo.InvariantCulture,
                $"cross-validation ({folds} folds) at confidence >= {threshold:F1}: triple P {t.Triple.Precision:F3} R {t.Triple.Recall:F3} F1 {t.Triple.F1:F3}; strict F1 {t.Strict.F1:F3}; modality accuracy {t.ModalityAccuracy:F3}"));
            if (threshold == NewsFactsOptions.DefaultMinimumFactConfidence)
            {
                foreach (var (relation, counts) in evaluation.ByRelation)
                {
                    options.Log(string.Create(CultureInfo.InvariantCulture, $"    {relation,-22} gold {counts.Gold,4} pred {counts.Predicted,4} P {counts.Triple.Precision:F3} R {counts.Triple.Recall:F3} F1 {counts.Triple.F1:F3}"));
                }
            }
        }

        var entities = FactEvaluator.Evaluate(documents, predictions).Entities;
        options.Log(string.Create(CultureInfo.InvariantCulture, $"cross-validation entities: P {entities.Precision:F3} R {entities.Recall:F3} F1 {entities.F1:F3}"));
    }
}

using NewsFacts.Entities.Tagging;

namespace NewsFacts.Training.Ner;

/// <summary>
/// Fits the temperature that turns perceptron scores into mention confidences: the value, on a grid, whose
/// confidences have the lowest log loss against "this predicted mention is exactly right" on the tuning set.
/// </summary>
internal static class ConfidenceCalibration
{
    public static float FitTemperature(SequenceTagger tagger, IReadOnlyList<ConllSentence> dev, Action<string> log)
    {
        float original = tagger.Model.Temperature;
        float best = 1;
        double bestLoss = double.MaxValue;
        foreach (float t in new[] { 0.25f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f, 8f, 12f, 16f, 24f, 32f })
        {
            tagger.Model.Temperature = t;
            var mentions = NerEvaluator.Evaluate(tagger, dev).Mentions;
            double loss = mentions.Average(m => -Math.Log(Math.Clamp(m.Correct ? m.Confidence : 1 - m.Confidence, 1e-9, 1)));
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = t;
            }
        }

        tagger.Model.Temperature = original;
        log($"confidence temperature {best} (dev log loss {bestLoss:F4})");
        return best;
    }
}

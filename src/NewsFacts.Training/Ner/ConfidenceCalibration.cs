using NewsFacts.Entities.Tagging;

namespace NewsFacts.Training.Ner;

/// <summary>
/// Fits the temperature that turns perceptron scores into mention confidences: the value, on a grid, whose
/// confidences have the lowest log loss against "this predicted mention is exactly right" on the tuning set.
/// </summary>
internal static class ConfidenceCalibration
{
    public static float FitTemperature(TaggerModel model, Func<NerEvaluation> evaluate, Action<string> log)
    {
        float best = 1;
        double bestLoss = double.MaxValue;
        foreach (float t in new[] { 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f, 8f, 12f, 16f, 24f, 32f })
        {
            model.Temperature = t;
            var mentions = evaluate().Mentions;
            if (mentions.Count == 0)
            {
                // No predicted mention on the tuning set (the temperature does not change which): nothing to fit.
                model.Temperature = 1;
                log("confidence temperature 1 (no predicted mentions on the tuning set)");
                return 1;
            }

            double loss = mentions.Average(m => -Math.Log(Math.Clamp(m.Correct ? Math.Exp(m.LogProbability) : 1 - Math.Exp(m.LogProbability), 1e-9, 1)));
            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = t;
            }
        }

        model.Temperature = best;
        log($"confidence temperature {best} (dev log loss {bestLoss:F4})");
        return best;
    }

    /// <summary>
    /// Fits the Platt scaling of mention confidences, σ(a · ln p + b), by logistic regression (Newton's method)
    /// of "the predicted mention is exactly right" on the tuning set.
    /// </summary>
    public static void FitMentionCalibration(EntityModel model, Func<NerEvaluation> evaluate, Action<string> log)
    {
        var points = evaluate().Mentions.Select(m => (X: m.LogProbability, Y: m.Correct ? 1.0 : 0.0)).ToList();
        if (points.Count == 0)
        {
            // No predicted mention on the tuning set: keep the default calibration (slope 1, intercept 0).
            model.CalibrationSlope = 1;
            model.CalibrationIntercept = 0;
            log("mention confidence calibration: slope 1, intercept 0 (no predicted mentions on the tuning set)");
            return;
        }

        double a = 1, b = 0;
        double loss = LogLoss(points, a, b);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            foreach (var (x, y) in points)
            {
                double p = Sigmoid((a * x) + b);
                double w = Math.Max(p * (1 - p), 1e-12);
                ga += (p - y) * x;
                gb += p - y;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }

            double determinant = (haa * hbb) - (hab * hab);
            if (Math.Abs(determinant) < 1e-12)
            {
                break;
            }

            double da = ((hbb * ga) - (hab * gb)) / determinant;
            double db = ((haa * gb) - (hab * ga)) / determinant;

            // Damped Newton: halve the step until the loss does not grow.
            double step = 1;
            while (step > 1e-6 && LogLoss(points, a - (step * da), b - (step * db)) > loss)
            {
                step /= 2;
            }

            a -= step * da;
            b -= step * db;
            double newLoss = LogLoss(points, a, b);
            if (loss - newLoss < 1e-10)
            {
                loss = newLoss;
                break;
            }

            loss = newLoss;
        }

        model.CalibrationSlope = (float)a;
        model.CalibrationIntercept = (float)b;
        log($"mention confidence calibration: slope {a:F4}, intercept {b:F4}, dev log loss {loss:F4} ({points.Count} dev mentions)");
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double LogLoss(List<(double X, double Y)> points, double a, double b) =>
        points.Average(p => -Math.Log(Math.Clamp(p.Y > 0 ? Sigmoid((a * p.X) + b) : 1 - Sigmoid((a * p.X) + b), 1e-12, 1)));
}

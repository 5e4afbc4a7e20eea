using System.Globalization;

namespace NewsFacts.Cli.Batch;

/// <summary>The end-of-run report on standard error: counts, facts by relation, errors by code, throughput, peak memory.</summary>
internal static class Summary
{
    /// <summary>The summary lines. <paramref name="total"/> covers the whole output (earlier runs' chunks included), <paramref name="run"/> this process.</summary>
    public static IEnumerable<string> Format(RunStatistics total, RunStatistics run, TimeSpan elapsed, int threads, long peakBytes)
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Format(c, "newsfacts: {0} documents, {1} entity mentions, {2} facts, {3} errors", total.Documents, total.Entities, total.Facts, total.Errors);
        if (total.FactsByRelation.Count > 0)
        {
            yield return "  facts by relation: " + Counts(total.FactsByRelation);
        }

        if (total.ErrorsByCode.Count > 0)
        {
            yield return "  errors by code: " + Counts(total.ErrorsByCode);
        }

        if (run.Documents != total.Documents)
        {
            yield return string.Format(c, "  resumed: {0} documents were committed by earlier runs, {1} by this one", total.Documents - run.Documents, run.Documents);
        }

        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        yield return string.Format(
            c, "  throughput: {0} documents in {1:F1} s with {2} threads: {3:N0} documents/s, {4:N0} tokens/s", run.Documents, elapsed.TotalSeconds, threads, run.Documents / seconds, run.Tokens / seconds);
        yield return string.Format(c, "  peak memory: {0:N0} MB", peakBytes / (1024.0 * 1024.0));
    }

    // Most frequent first, then by name, so the line reads as a ranking and is stable.
    private static string Counts(SortedDictionary<string, long> counts) =>
        string.Join(", ", counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} {p.Value}")));
}

using NewsFacts.Text;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The text every benchmark runs on: the bundled sample articles (samples/*.txt, written for the project),
/// concatenated until the corpus has at least 600,000 characters, so per-call overhead is negligible.
/// Set NEWSFACTS_BENCH_DIR to a directory of .txt articles (e.g. ../shared/data/bbc) to measure on those.
/// </summary>
public static class BenchmarkText
{
    public static string Load(int minimumLength = 600_000) => string.Join("\n\n", LoadArticles(minimumLength));

    public static IEnumerable<string> LoadArticles(int minimumLength = 600_000)
    {
        string? directory = Environment.GetEnvironmentVariable("NEWSFACTS_BENCH_DIR");
        var files = directory is null
            ? Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt")
            : Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var articles = files.Select(File.ReadAllText).ToArray();
        int length = 0;
        while (length < minimumLength)
        {
            foreach (string article in articles)
            {
                length += article.Length + 2;
                yield return article;
            }
        }
    }

    public static int CountTokens(string text) => NewsTokenizer.Tokenize(text).Count;

    /// <summary>Articles one by one, as users extract them, the last one cut so that they hold exactly <paramref name="tokenCount"/> tokens in all.</summary>
    public static string[] ArticlesWithTokens(int tokenCount)
    {
        var articles = new List<string>();
        int remaining = tokenCount;
        foreach (string article in LoadArticles())
        {
            var tokens = NewsTokenizer.Tokenize(article);
            if (tokens.Count == 0)
            {
                continue;
            }

            int take = Math.Min(remaining, tokens.Count);
            articles.Add(article[..tokens[take - 1].End]);
            remaining -= take;
            if (remaining == 0)
            {
                break;
            }
        }

        return [.. articles];
    }
}

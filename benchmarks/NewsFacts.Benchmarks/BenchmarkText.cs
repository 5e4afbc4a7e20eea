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
}

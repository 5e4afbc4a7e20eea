using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Robustness;

/// <summary>One extractor used from many threads at once gives exactly the results of sequential use.</summary>
public class ConcurrencyTests
{
    [Fact]
    public void Sixteen_threads_in_shuffled_orders_reproduce_the_sequential_results()
    {
        var random = new Random(FuzzText.Seed);
        var texts = Enumerable.Range(0, 60).Select(i => Corpus.Document(i, 6))
            .Concat(Enumerable.Range(0, 30).Select(_ => FuzzText.Next(random, 80)))
            .Append(TestFiles.SampleArticle)
            .ToArray();
        var extractor = SharedExtractor.Default;
        string[] expected = texts.Select((t, i) => FactsJson.Serialize(extractor.Extract(t, $"d{i}"))).ToArray();

        var failures = new List<string>();
        var threads = Enumerable.Range(0, 16).Select(seed => new Thread(() =>
        {
            var local = new Random(seed);
            foreach (int i in Enumerable.Range(0, texts.Length).OrderBy(_ => local.Next()))
            {
                string actual = FactsJson.Serialize(extractor.Extract(texts[i], $"d{i}"));
                if (actual != expected[i])
                {
                    lock (failures)
                    {
                        failures.Add($"thread {seed}, document {i}: {actual}");
                    }
                }
            }
        })).ToArray();
        foreach (var thread in threads)
        {
            thread.UnsafeStart();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
    }
}

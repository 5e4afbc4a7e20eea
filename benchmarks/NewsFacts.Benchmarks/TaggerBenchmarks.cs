using BenchmarkDotNet.Attributes;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Tokenizing plus entity tagging with the shipped model on one thread, and the whole extractor.
/// Times are per token: tokens/s = 1e9 / Mean(ns); Allocated is bytes per token.
/// </summary>
[MemoryDiagnoser]
public class TaggerBenchmarks
{
    private const int TokenCount = 40_000;
    private string[] _articles = [];
    private NewsFactsExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkText.ArticlesWithTokens(TokenCount);
        _extractor = NewsFactsExtractor.Create(new NewsFactsOptions { MaxDegreeOfParallelism = 1 });
    }

    /// <summary>Tokenize, split, tag entities and resolve aliases: everything but relations.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = TokenCount)]
    public int TokenizeAndTagPerToken()
    {
        int entities = 0;
        foreach (string article in _articles)
        {
            entities += _extractor.Analyze("-", article, _extractor.EntityStageCount).Entities.Count;
        }

        return entities;
    }

    /// <summary>The whole pipeline, facts included.</summary>
    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int ExtractPerToken()
    {
        int entities = 0;
        foreach (string article in _articles)
        {
            entities += _extractor.Extract(article).Entities.Count;
        }

        return entities;
    }
}

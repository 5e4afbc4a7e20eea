using BenchmarkDotNet.Attributes;
using NewsFacts.Contextual;

namespace NewsFacts.Benchmarks;

/// <summary>
/// The accurate entity mode (NewsFacts.Contextual) on one thread: tokenizing, encoding every sentence with
/// all-MiniLM-L6-v2 and tagging. Fewer tokens than <see cref="TaggerBenchmarks"/>: it is about a thousand times slower.
/// Times are per token: tokens/s = 1e9 / Mean(ns); Allocated is bytes per token.
/// </summary>
[MemoryDiagnoser]
public class ContextualTaggerBenchmarks
{
    private const int TokenCount = 4_000;
    private string[] _articles = [];
    private NewsFactsExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkText.ArticlesWithTokens(TokenCount);
        _extractor = NewsFactsExtractor.Create(new NewsFactsOptions { MaxDegreeOfParallelism = 1 }.UseContextualEntities());
    }

    /// <summary>Tokenize, split, encode, tag entities and resolve aliases: everything but relations.</summary>
    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int AccurateTokenizeAndTagPerToken()
    {
        int entities = 0;
        foreach (string article in _articles)
        {
            entities += _extractor.Analyze("-", article, _extractor.EntityStageCount).Entities.Count;
        }

        return entities;
    }
}

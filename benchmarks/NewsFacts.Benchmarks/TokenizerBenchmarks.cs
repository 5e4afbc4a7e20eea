using BenchmarkDotNet.Attributes;
using Microsoft.ML.Tokenizers;
using NewsFacts.Text;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Tokenizing news text. Times are per token (OperationsPerInvoke = token count): tokens/s = 1e9 / Mean(ns).
/// The Microsoft.ML.Tokenizers word/non-word regex pre-tokenizer is the baseline: it finds offsets too,
/// but without the news rules (amounts, possessives, abbreviations, URLs).
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private const int TokenCount = 40_000;
    private string _text = "";
    private List<Token> _tokens = [];
    private PreTokenizer _baseline = null!;

    [GlobalSetup]
    public void Setup()
    {
        string corpus = BenchmarkText.Load();
        // Trim the corpus so that it holds exactly TokenCount tokens: the per-token figures are then exact.
        var tokens = NewsTokenizer.Tokenize(corpus);
        _text = CharNormalizer.Normalize(corpus[..tokens[TokenCount - 1].End]);
        _tokens = new List<Token>(TokenCount);
        _baseline = PreTokenizer.CreateWordOrNonWord();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TokenCount)]
    public int NewsTokenizerPerToken()
    {
        _tokens.Clear();
        NewsTokenizer.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int NormalizeAndSplitSentencesPerToken()
    {
        _tokens.Clear();
        string normalized = CharNormalizer.Normalize(_text);
        NewsTokenizer.Tokenize(normalized, _tokens);
        return SentenceSplitter.Split(normalized, _tokens).Count;
    }

    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int MlTokenizersWordOrNonWordPerToken()
    {
        int count = 0;
        foreach (var _ in _baseline.PreTokenize(_text))
        {
            count++;
        }

        return count;
    }
}

using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsFacts.Cli.Batch;
using NewsFacts.Cli.Inputs;
using NewsFacts.Text;

namespace NewsFacts.Benchmarks;

/// <summary>
/// End-to-end batch extraction, as <c>newsfacts extract corpus.jsonl -o out.jsonl --threads N</c> runs it: JSONL
/// read from disk, parsed, extracted on N threads, serialised and written in input order. The corpus is the
/// articles of NEWSFACTS_BENCH_DIR (e.g. ../shared/data/bbc; default samples/) repeated to at least 50 MB.
/// Times are per token: tokens/s = 1e9 / Mean(ns); documents/s = tokens/s / the tokens per document printed
/// at setup. Run: <c>NEWSFACTS_BENCH_DIR=../shared/data/bbc dotnet run -c Release --project
/// benchmarks/NewsFacts.Benchmarks -- --filter '*Throughput*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ThroughputBenchmarks
{
    private const int TokenCount = 10_000_000; // about 53 MB of BBC text
    private string _corpus = "";
    private string _output = "";

    /// <summary>Worker threads (--threads).</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Path.Combine(Path.GetTempPath(), $"newsfacts-bench-corpus-{Environment.ProcessId}.jsonl");
        _output = Path.Combine(Path.GetTempPath(), $"newsfacts-bench-out-{Environment.ProcessId}.jsonl");
        long bytes = 0, documents = 0;
        int remaining = TokenCount;
        using (var writer = new StreamWriter(_corpus))
        {
            // Articles one per line, the last one cut so the corpus has exactly TokenCount tokens.
            foreach (string article in BenchmarkText.LoadArticles(int.MaxValue))
            {
                var tokens = NewsTokenizer.Tokenize(article);
                if (tokens.Count == 0)
                {
                    continue;
                }

                int take = Math.Min(remaining, tokens.Count);
                string text = article[..tokens[take - 1].End];
                string line = JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"a{documents}", ["text"] = text });
                writer.Write(line);
                writer.Write('\n');
                bytes += Encoding.UTF8.GetByteCount(text);
                documents++;
                remaining -= take;
                if (remaining == 0)
                {
                    break;
                }
            }
        }

        Console.WriteLine($"// corpus: {bytes:N0} bytes of text, {documents:N0} documents, {TokenCount:N0} tokens ({TokenCount / (double)documents:F0} tokens per document)");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(_corpus);
        File.Delete(_output);
    }

    /// <summary>The whole batch path of the CLI over the corpus.</summary>
    [Benchmark(OperationsPerInvoke = TokenCount)]
    public int ExtractCorpusPerToken()
    {
        var settings = new BatchSettings { Inputs = [_corpus], Output = _output, Threads = Threads, Quiet = true, Reader = ReaderSettings.Default };
        return BatchRunner.RunAsync(settings, TextReader.Null, TextWriter.Null, CancellationToken.None).GetAwaiter().GetResult();
    }
}

using System.Collections.Concurrent;
using System.Text;
using NewsFacts.Entities;
using NewsFacts.Text;

namespace NewsFacts.Training.Ner;

/// <summary>
/// Remembers the vectors of every sentence an encoder has seen (keyed by the sentence's text and token
/// boundaries), so that training, which tags the tuning set after every epoch, encodes each sentence once.
/// <see cref="Prefetch"/> encodes many sentences in parallel; the cache can be kept in a file between runs.
/// </summary>
internal sealed class CachedTokenEncoder : ITokenEncoder
{
    private static ReadOnlySpan<byte> Magic => "NFVEC01\n"u8;

    private readonly ITokenEncoder _inner;
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    public CachedTokenEncoder(ITokenEncoder inner) => _inner = inner;

    public int Dimensions => _inner.Dimensions;

    public string Name => _inner.Name;

    public int Count => _cache.Count;

    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentenceTokens, Span<float> vectors)
    {
        string key = Key(text, sentenceTokens);
        if (!_cache.TryGetValue(key, out var cached))
        {
            cached = new float[sentenceTokens.Length * Dimensions];
            _inner.Encode(text, sentenceTokens, cached);
            _cache.TryAdd(key, cached);
        }

        cached.CopyTo(vectors);
    }

    /// <summary>Encodes the sentences of documents not yet cached, <paramref name="threads"/> at a time.</summary>
    public void Prefetch(IEnumerable<ConllDocument> documents, int threads, Action<string> log)
    {
        var work = documents.SelectMany(d => d.Sentences.Select(s => (d.Text, Tokens: d.Tokens[s.FirstToken..s.EndToken])))
            .Where(w => !_cache.ContainsKey(Key(w.Text, w.Tokens))).ToList();
        if (work.Count == 0)
        {
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        int done = 0;
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = threads }, w =>
        {
            Encode(w.Text, w.Tokens, new float[w.Tokens.Length * Dimensions]);
            if (Interlocked.Increment(ref done) % 2000 == 0)
            {
                log($"contextual vectors: {done}/{work.Count} sentences ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        });
        log($"contextual vectors: {work.Count} sentences, {work.Sum(w => w.Tokens.Length)} tokens in {clock.Elapsed.TotalSeconds:F0} s");
    }

    public void Load(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        Span<byte> header = stackalloc byte[Magic.Length];
        reader.BaseStream.ReadExactly(header);
        if (!header.SequenceEqual(Magic) || reader.ReadString() != Name || reader.ReadInt32() != Dimensions)
        {
            throw new InvalidDataException($"{path} is not a vector cache of {Name}.");
        }

        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            string key = reader.ReadString();
            var vectors = new float[reader.ReadInt32()];
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan()));
            _cache[key] = vectors;
        }
    }

    public void Save(string path)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Name);
        writer.Write(Dimensions);
        var entries = _cache.OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
        writer.Write(entries.Count);
        foreach (var (key, vectors) in entries)
        {
            writer.Write(key);
            writer.Write(vectors.Length);
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan()));
        }
    }

    // The sentence's characters and where each token starts and ends within them.
    private static string Key(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty)
        {
            return string.Empty;
        }

        int origin = tokens[0].Start;
        var builder = new StringBuilder();
        builder.Append(text[origin..tokens[^1].End]).Append('\u0001');
        foreach (var token in tokens)
        {
            builder.Append(token.Start - origin).Append(',').Append(token.End - origin).Append(';');
        }

        return builder.ToString();
    }
}

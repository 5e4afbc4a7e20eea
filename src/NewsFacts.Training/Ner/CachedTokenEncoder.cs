using System.Collections.Concurrent;
using System.Text;
using NewsFacts.Entities;
using NewsFacts.Text;

namespace NewsFacts.Training.Ner;

/// <summary>
/// Remembers the vectors of every sentence an encoder has seen, so that training, which tags the tuning set after
/// every epoch, encodes each sentence once. A sentence is known by a 64-bit hash of its document's text and its
/// token range (the encoder may read the text around it). <see cref="Prefetch"/> encodes many documents in parallel;
/// the cache can be kept in a file between runs.
/// </summary>
internal sealed class CachedTokenEncoder : ITokenEncoder
{
    private static ReadOnlySpan<byte> Magic => "NFVEC02\n"u8;

    private readonly ITokenEncoder _inner;
    private readonly ConcurrentDictionary<(ulong Document, int First, int End), float[]> _cache = new();

    public CachedTokenEncoder(ITokenEncoder inner) => _inner = inner;

    public int Dimensions => _inner.Dimensions;

    public string Name => _inner.Name;

    public int Count => _cache.Count;

    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Range sentence, Span<float> vectors)
    {
        var (first, count) = sentence.GetOffsetAndLength(tokens.Length);
        var key = (DocumentHash(text, tokens.Length), first, first + count);
        if (!_cache.TryGetValue(key, out var cached))
        {
            cached = new float[count * Dimensions];
            _inner.Encode(text, tokens, sentence, cached);
            _cache.TryAdd(key, cached);
        }

        cached.CopyTo(vectors);
    }

    /// <summary>Encodes the sentences of documents not yet cached, <paramref name="threads"/> at a time.</summary>
    public void Prefetch(IEnumerable<ConllDocument> documents, int threads, Action<string> log)
    {
        var work = documents.SelectMany(d => d.Sentences.Select(s => (Document: d, Range: new Range(s.FirstToken, s.EndToken))))
            .Where(w => !_cache.ContainsKey((DocumentHash(w.Document.Text, w.Document.Tokens.Length), w.Range.Start.Value, w.Range.End.Value)))
            .ToList();
        if (work.Count == 0)
        {
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        int done = 0;
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = threads }, w =>
        {
            Encode(w.Document.Text, w.Document.Tokens, w.Range, new float[(w.Range.End.Value - w.Range.Start.Value) * Dimensions]);
            if (Interlocked.Increment(ref done) % 5000 == 0)
            {
                log($"contextual vectors: {done}/{work.Count} sentences ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        });
        log($"contextual vectors: {work.Count} sentences in {clock.Elapsed.TotalSeconds:F0} s");
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
            var key = (reader.ReadUInt64(), reader.ReadInt32(), reader.ReadInt32());
            var vectors = new float[reader.ReadInt32()];
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan()));
            _cache[key] = vectors;
        }
    }

    public void Save(string path)
    {
        string temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Name);
            writer.Write(Dimensions);
            var entries = _cache.OrderBy(e => e.Key).ToList();
            writer.Write(entries.Count);
            foreach (var (key, vectors) in entries)
            {
                writer.Write(key.Document);
                writer.Write(key.First);
                writer.Write(key.End);
                writer.Write(vectors.Length);
                writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan()));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    // FNV-1a over the document's characters and token count: collisions across a corpus are vanishingly unlikely.
    private static ulong DocumentHash(ReadOnlySpan<char> text, int tokenCount)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ (ulong)tokenCount) * 1099511628211UL;
    }
}

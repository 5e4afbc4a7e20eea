using System.Buffers;
using NewsFacts.Text;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Tags a whole document with the entity model: every sentence with the first pass, then document hints, then
/// every sentence again with the second pass (when the model has one). A model of the accurate mode also reads
/// each sentence's contextual token vectors, computed once per sentence by the encoder it was trained with.
/// Thread-safe; buffers are rented per call.
/// </summary>
internal sealed class EntityTagger
{
    private readonly SequenceTagger _first;
    private readonly SequenceTagger? _second;
    private readonly ITokenEncoder? _encoder;
    private readonly ContextualWeights? _contextual;

    /// <param name="model">The entity model.</param>
    /// <param name="encoder">The contextual encoder; required when the model has contextual weights, else ignored.</param>
    /// <exception cref="ArgumentException">The model needs an encoder and none (or another one) was given.</exception>
    public EntityTagger(EntityModel model, ITokenEncoder? encoder = null)
    {
        Model = model;
        _first = new SequenceTagger(model.First);
        _second = model.Second is null ? null : new SequenceTagger(model.Second);
        // Word rows are looked up once, by the first pass, and read by both.
        if (model.Second is { WordScores: { } second } && (model.First.WordScores is not { } first || !first.SameWordsAs(second)))
        {
            throw new ArgumentException("The entity model's two passes were baked from different word vocabularies.", nameof(model));
        }

        _contextual = model.First.Contextual ?? model.Second?.Contextual;
        if (_contextual is null)
        {
            return;
        }

        // Both passes read the same normalised vectors, so they must agree on how they were made.
        if (model.First.Contextual is { } a && model.Second?.Contextual is { } b
            && (a.Encoder != b.Encoder || a.Dimensions != b.Dimensions || a.Scale != b.Scale))
        {
            throw new ArgumentException("The entity model's two passes were trained with different contextual vectors.", nameof(model));
        }

        if (encoder is null || encoder.Name != _contextual.Encoder || encoder.Dimensions != _contextual.Dimensions)
        {
            throw new ArgumentException(
                $"This entity model was trained with the contextual encoder '{_contextual.Encoder}' ({_contextual.Dimensions} dimensions); " +
                $"give that encoder (package NewsFacts.Contextual), not {(encoder is null ? "none" : $"'{encoder.Name}'")}.", nameof(encoder));
        }

        _encoder = encoder;
    }

    public EntityModel Model { get; }

    /// <param name="text">The normalised document text.</param>
    /// <param name="tokens">All tokens of the document.</param>
    /// <param name="sentences">The sentences (token ranges) to tag; tokens outside them are tagged O.</param>
    /// <param name="tags">Receives one IOB2 tag per token.</param>
    /// <param name="confidence">Receives the per-token tag probability (see <see cref="SequenceTagger"/>).</param>
    public void TagDocument(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, IReadOnlyList<Sentence> sentences, Span<byte> tags, Span<float> confidence)
    {
        tags[..tokens.Length].Clear();
        var viewBuffer = ArrayPool<TokenView>.Shared.Rent(tokens.Length);
        int width = _contextual?.Dimensions ?? 0;
        var vectorBuffer = width == 0 ? [] : ArrayPool<float>.Shared.Rent(tokens.Length * width);
        try
        {
            var views = viewBuffer.AsSpan(0, tokens.Length);
            var vectors = vectorBuffer.AsSpan(0, tokens.Length * width);
            _first.ComputeViews(text, tokens, views);
            if (_contextual is { Groups: > 1 })
            {
                CaseClasses.Mark(text, tokens, views);
            }

            foreach (var sentence in sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                var sentenceVectors = vectors.Slice(sentence.FirstToken * width, sentence.TokenCount * width);
                if (_encoder is not null)
                {
                    _encoder.Encode(text, tokens, range, sentenceVectors);
                    ContextualWeights.Normalize(sentenceVectors, _contextual!.Block, _contextual.Scale);
                }

                SentenceCase.MarkTitleCase(text, tokens[range], views[range]);
                _first.TagViews(views[range], tags[range], confidence[range], sentenceVectors);
            }

            if (_second is null)
            {
                return;
            }

            DocumentHints.Compute(views, tags[..tokens.Length]);
            foreach (var sentence in sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                _second.TagViews(views[range], tags[range], confidence[range], vectors.Slice(sentence.FirstToken * width, sentence.TokenCount * width));
            }
        }
        finally
        {
            ArrayPool<TokenView>.Shared.Return(viewBuffer);
            if (width > 0)
            {
                ArrayPool<float>.Shared.Return(vectorBuffer);
            }
        }
    }
}

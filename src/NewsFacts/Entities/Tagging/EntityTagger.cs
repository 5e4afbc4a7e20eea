using System.Buffers;
using NewsFacts.Text;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Tags a whole document with the entity model: every sentence with the first pass, then document hints, then
/// every sentence again with the second pass (when the model has one). Thread-safe; buffers are rented per call.
/// </summary>
internal sealed class EntityTagger
{
    private readonly SequenceTagger _first;
    private readonly SequenceTagger? _second;

    public EntityTagger(EntityModel model)
    {
        Model = model;
        _first = new SequenceTagger(model.First);
        _second = model.Second is null ? null : new SequenceTagger(model.Second);
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
        try
        {
            var views = viewBuffer.AsSpan(0, tokens.Length);
            _first.ComputeViews(text, tokens, views);
            foreach (var sentence in sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                SentenceCase.MarkTitleCase(text, tokens[range], views[range]);
                _first.TagViews(views[range], tags[range], confidence[range]);
            }

            if (_second is null)
            {
                return;
            }

            DocumentHints.Compute(views, tags[..tokens.Length]);
            foreach (var sentence in sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                _second.TagViews(views[range], tags[range], confidence[range]);
            }
        }
        finally
        {
            ArrayPool<TokenView>.Shared.Return(viewBuffer);
        }
    }
}

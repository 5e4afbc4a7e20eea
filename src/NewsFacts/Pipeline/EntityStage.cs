using System.Buffers;
using NewsFacts.Entities;
using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Text;

namespace NewsFacts.Pipeline;

/// <summary>
/// Finds entity mentions: the user gazetteer first (its names win), then the trained tagger, state bodies named
/// after a place joined into one organisation (<see cref="GovernmentBodies"/>), then the suppression list.
/// Mentions are token ranges that never overlap.
/// </summary>
internal sealed class EntityStage : IPipelineStage
{
    private readonly EntityTagger? _tagger;
    private readonly EntityGazetteer _gazetteer;
    private readonly float _minimumConfidence;

    public EntityStage(EntityTagger? tagger, EntityGazetteer gazetteer, double minimumConfidence)
    {
        _tagger = tagger;
        _gazetteer = gazetteer;
        _minimumConfidence = (float)minimumConfidence;
    }

    public void Process(PipelineDocument document)
    {
        int count = document.Tokens.Count;
        var tagBuffer = ArrayPool<byte>.Shared.Rent(count);
        var confidenceBuffer = ArrayPool<float>.Shared.Rent(count);
        var gazetteerBuffer = ArrayPool<bool>.Shared.Rent(count);
        try
        {
            var tags = tagBuffer.AsSpan(0, count);
            var confidence = confidenceBuffer.AsSpan(0, count);
            var fromGazetteer = gazetteerBuffer.AsSpan(0, count);
            fromGazetteer.Clear();
            var text = document.Normalized.AsSpan();
            var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
            if (_tagger is not null)
            {
                _tagger.TagDocument(text, tokens, document.Sentences, tags, confidence);
            }
            else
            {
                tags.Clear();
            }

            foreach (var sentence in document.Sentences)
            {
                var range = new Range(sentence.FirstToken, sentence.EndToken);
                if (!_gazetteer.IsEmpty)
                {
                    ApplyGazetteer(text, tokens[range], tags[range], fromGazetteer[range]);
                }

                GovernmentBodies.Join(text, tokens[range], tags[range], confidence[range], fromGazetteer[range]);

                CollectMentions(document, sentence, tags[range], confidence[range], fromGazetteer[range]);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tagBuffer);
            ArrayPool<float>.Shared.Return(confidenceBuffer);
            ArrayPool<bool>.Shared.Return(gazetteerBuffer);
        }
    }

    private void CollectMentions(PipelineDocument document, Sentence sentence, ReadOnlySpan<byte> tags, ReadOnlySpan<float> confidence, ReadOnlySpan<bool> fromGazetteer)
    {
        var text = document.Normalized.AsSpan();
        var tokens = document.SentenceTokens(sentence);
        int i = 0;
        while (i < tokens.Length)
        {
            if (!TagSet.IsBegin(tags[i]))
            {
                i++;
                continue;
            }

            int end = TagSet.MentionEnd(tags, i);

            float probability = fromGazetteer[i] ? 1f : _tagger?.Model.MentionConfidence(confidence[i..end]) ?? 1f;

            if (probability >= _minimumConfidence && !_gazetteer.IsSuppressed(text, tokens[i..end]))
            {
                document.Mentions.Add(new MentionSpan(sentence.FirstToken + i, sentence.FirstToken + end, TagSet.TypeOf(tags[i]), probability));
            }

            i = end;
        }
    }

    // Gazetteer names overwrite whatever the model tagged on their tokens, with confidence 1. A model
    // mention cut in two by a gazetteer name loses its remainder, so no partial mention survives.
    private void ApplyGazetteer(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> tags, Span<bool> fromGazetteer)
    {
        for (int i = 0; i < tokens.Length;)
        {
            int length = _gazetteer.MatchAt(text, tokens, i, out EntityType type);
            if (length == 0)
            {
                i++;
                continue;
            }

            int end = i + length;
            ClearMentionBefore(tags, i);
            for (int j = end; j < tokens.Length && TagSet.IsInside(tags[j]); j++)
            {
                tags[j] = TagSet.Outside;
            }

            tags[i] = TagSet.Begin(type);
            fromGazetteer[i] = true;
            for (int j = i + 1; j < end; j++)
            {
                tags[j] = TagSet.Inside(type);
                fromGazetteer[j] = true;
            }

            i = end;
        }
    }

    // When the name starts inside a model mention, clears that mention's tokens before the name, back to its
    // begin tag. Each tag is read before it is overwritten, so mentions of any length are cleared whole.
    private static void ClearMentionBefore(Span<byte> tags, int first)
    {
        if (!TagSet.IsInside(tags[first]))
        {
            return;
        }

        for (int j = first - 1; j >= 0 && tags[j] != TagSet.Outside; j--)
        {
            bool begin = TagSet.IsBegin(tags[j]);
            tags[j] = TagSet.Outside;
            if (begin)
            {
                break;
            }
        }
    }
}

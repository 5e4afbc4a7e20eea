using System.Buffers;
using NewsFacts.Entities;
using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Text;

namespace NewsFacts.Pipeline;

/// <summary>
/// Finds entity mentions: the user gazetteer first (its names win), then the trained tagger, then the
/// suppression list. Mentions are token ranges that never overlap.
/// </summary>
internal sealed class EntityStage : IPipelineStage
{
    private readonly SequenceTagger? _tagger;
    private readonly EntityGazetteer _gazetteer;
    private readonly float _minimumConfidence;

    public EntityStage(SequenceTagger? tagger, EntityGazetteer gazetteer, double minimumConfidence)
    {
        _tagger = tagger;
        _gazetteer = gazetteer;
        _minimumConfidence = (float)minimumConfidence;
    }

    public void Process(PipelineDocument document)
    {
        int longest = 0;
        foreach (var sentence in document.Sentences)
        {
            longest = Math.Max(longest, sentence.TokenCount);
        }

        var tagBuffer = ArrayPool<byte>.Shared.Rent(longest);
        var confidenceBuffer = ArrayPool<float>.Shared.Rent(longest);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                ProcessSentence(document, sentence, tagBuffer.AsSpan(0, sentence.TokenCount), confidenceBuffer.AsSpan(0, sentence.TokenCount));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(tagBuffer);
            ArrayPool<float>.Shared.Return(confidenceBuffer);
        }
    }

    private void ProcessSentence(PipelineDocument document, Sentence sentence, Span<byte> tags, Span<float> confidence)
    {
        var text = document.Normalized.AsSpan();
        var tokens = document.SentenceTokens(sentence);
        if (_tagger is not null)
        {
            _tagger.Tag(text, tokens, tags, confidence);
        }
        else
        {
            tags.Clear();
        }

        if (!_gazetteer.IsEmpty)
        {
            ApplyGazetteer(text, tokens, tags, confidence);
        }

        int i = 0;
        while (i < tokens.Length)
        {
            if (!TagSet.IsBegin(tags[i]))
            {
                i++;
                continue;
            }

            int end = i + 1;
            float probability = confidence[i];
            while (end < tokens.Length && TagSet.IsInside(tags[end]))
            {
                probability *= confidence[end];
                end++;
            }

            if (probability >= _minimumConfidence && !_gazetteer.IsSuppressed(text, tokens[i..end]))
            {
                document.Mentions.Add(new MentionSpan(sentence.FirstToken + i, sentence.FirstToken + end, TagSet.TypeOf(tags[i]), probability));
            }

            i = end;
        }
    }

    // Gazetteer names overwrite whatever the model tagged on their tokens, with confidence 1. A model
    // mention cut in two by a gazetteer name loses its remainder, so no partial mention survives.
    private void ApplyGazetteer(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> tags, Span<float> confidence)
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
            for (int j = i - 1; j >= 0 && TagSet.IsInside(tags[j + 1]) && tags[j] != TagSet.Outside; j--)
            {
                bool begin = TagSet.IsBegin(tags[j]);
                tags[j] = TagSet.Outside;
                if (begin)
                {
                    break;
                }
            }

            for (int j = end; j < tokens.Length && TagSet.IsInside(tags[j]); j++)
            {
                tags[j] = TagSet.Outside;
            }

            tags[i] = TagSet.Begin(type);
            confidence[i] = 1f;
            for (int j = i + 1; j < end; j++)
            {
                tags[j] = TagSet.Inside(type);
                confidence[j] = 1f;
            }

            i = end;
        }
    }
}

using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;

namespace NewsFacts.Training.Ner;

/// <summary>What tagging a CoNLL file gave: chunk scores, per-sentence predictions and mention confidences.</summary>
/// <remarks>Each mention has its calibrated confidence and its raw log tag probability (the sum of ln p over its tokens).</remarks>
internal sealed record NerEvaluation(ChunkScorer Scores, byte[][] Predictions, List<(double Confidence, bool Correct, double LogProbability)> Mentions);

/// <summary>Tags CoNLL sentences with a trained tagger and scores the result against the gold tags.</summary>
internal static class NerEvaluator
{
    /// <summary>Tags each document (the sentences between -DOCSTART- lines) as the extractor tags an article.</summary>
    public static NerEvaluation Evaluate(EntityTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        var scores = new ChunkScorer();
        var predictions = sentences.Select(s => new byte[s.Words.Length]).ToArray();
        var mentions = new List<(double, bool, double)>();
        foreach (var document in ConllDocument.Group(sentences))
        {
            var tags = new byte[document.Tokens.Length];
            var confidence = new float[document.Tokens.Length];
            tagger.TagDocument(document.Text, document.Tokens, document.Sentences, tags, confidence);
            for (int k = 0; k < document.Sentences.Count; k++)
            {
                var span = document.Sentences[k];
                var sentence = sentences[document.SentenceIndices[k]];
                var predicted = tags.AsSpan(span.FirstToken, span.TokenCount);
                predicted.CopyTo(predictions[document.SentenceIndices[k]]);
                scores.Add(sentence.Gold, predicted);
                AddMentions(mentions, sentence.Gold, predicted, confidence.AsSpan(span.FirstToken, span.TokenCount), tagger.Model);
            }
        }

        return new NerEvaluation(scores, predictions, mentions);
    }

    private static void AddMentions(List<(double, bool, double)> mentions, ReadOnlySpan<byte> goldTags, ReadOnlySpan<byte> tags, ReadOnlySpan<float> confidence, EntityModel model)
    {
        var gold = ChunkScorer.Chunks(goldTags);
        foreach (var chunk in ChunkScorer.Chunks(tags))
        {
            var tokens = confidence[chunk.Start..chunk.End];
            double logP = 0;
            foreach (float p in tokens)
            {
                logP += Math.Log(Math.Max(p, 1e-9f));
            }

            mentions.Add((model.MentionConfidence(tokens), gold.Contains(chunk), logP));
        }
    }

    public static NerEvaluation Evaluate(SequenceTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        var scores = new ChunkScorer();
        var predictions = new byte[sentences.Count][];
        var mentions = new List<(double, bool, double)>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var tags = new byte[sentence.Words.Length];
            predictions[s] = tags;
            if (sentence.IsDocumentStart)
            {
                continue;
            }

            var confidence = new float[tags.Length];
            var (text, tokens) = sentence.ToText();
            tagger.Tag(text, tokens, tags, confidence);
            scores.Add(sentence.Gold, tags);
            var gold = ChunkScorer.Chunks(sentence.Gold);
            foreach (var chunk in ChunkScorer.Chunks(tags))
            {
                double p = 1;
                for (int i = chunk.Start; i < chunk.End; i++)
                {
                    p *= confidence[i];
                }

                mentions.Add((p, gold.Contains(chunk), Math.Log(Math.Max(p, 1e-300))));
            }
        }

        return new NerEvaluation(scores, predictions, mentions);
    }

    /// <summary>Writes "token gold predicted" per token (IOB2), blank lines between sentences, -DOCSTART- lines kept.</summary>
    public static void WritePredictions(TextWriter writer, IReadOnlyList<ConllSentence> sentences, byte[][] predictions)
    {
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.IsDocumentStart)
            {
                writer.Write("-DOCSTART- O O\n\n");
                continue;
            }

            for (int i = 0; i < sentence.Words.Length; i++)
            {
                writer.Write($"{sentence.Words[i]} {TagSet.Name(sentence.Gold[i])} {TagSet.Name(predictions[s][i])}\n");
            }

            writer.Write('\n');
        }
    }

    /// <summary>A reliability table: mentions grouped by confidence, with how often each group is right.</summary>
    public static IEnumerable<(double Low, double High, int Count, double Accuracy, double MeanConfidence)> Reliability(
        IEnumerable<(double Confidence, bool Correct, double LogProbability)> mentions, double[] edges)
    {
        var list = mentions.ToList();
        for (int b = 0; b < edges.Length - 1; b++)
        {
            double low = edges[b], high = edges[b + 1];
            var bin = list.Where(m => m.Confidence >= low && (m.Confidence < high || (b == edges.Length - 2 && m.Confidence <= high))).ToList();
            yield return (low, high, bin.Count, bin.Count == 0 ? 0 : bin.Count(m => m.Correct) / (double)bin.Count, bin.Count == 0 ? 0 : bin.Average(m => m.Confidence));
        }
    }

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };
}

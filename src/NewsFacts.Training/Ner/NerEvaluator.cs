using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;

namespace NewsFacts.Training.Ner;

/// <summary>What tagging a CoNLL file gave: chunk scores, per-sentence predictions and mention confidences.</summary>
internal sealed record NerEvaluation(ChunkScorer Scores, byte[][] Predictions, List<(double Confidence, bool Correct)> Mentions);

/// <summary>Tags CoNLL sentences with a trained tagger and scores the result against the gold tags.</summary>
internal static class NerEvaluator
{
    public static NerEvaluation Evaluate(SequenceTagger tagger, IReadOnlyList<ConllSentence> sentences)
    {
        var scores = new ChunkScorer();
        var predictions = new byte[sentences.Count][];
        var mentions = new List<(double, bool)>();
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

                mentions.Add((p, gold.Contains(chunk)));
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
        IEnumerable<(double Confidence, bool Correct)> mentions, double[] edges)
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

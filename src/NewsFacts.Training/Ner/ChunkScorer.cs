using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;

namespace NewsFacts.Training.Ner;

/// <summary>Entity-level precision, recall and F1 with conlleval semantics (a chunk counts only if its span and type are exact).</summary>
public sealed class ChunkScorer
{
    private readonly Dictionary<EntityType, (int Gold, int Predicted, int Correct)> _counts = [];

    public void Add(ReadOnlySpan<byte> gold, ReadOnlySpan<byte> predicted)
    {
        var goldChunks = Chunks(gold);
        var predictedChunks = Chunks(predicted);
        foreach (var chunk in goldChunks)
        {
            Bump(chunk.Type, gold: 1);
        }

        foreach (var chunk in predictedChunks)
        {
            Bump(chunk.Type, predicted: 1, correct: goldChunks.Contains(chunk) ? 1 : 0);
        }
    }

    public IEnumerable<EntityType> Types => _counts.Keys.Order();

    public Score For(EntityType type) => _counts.TryGetValue(type, out var c) ? new Score(c.Gold, c.Predicted, c.Correct) : new Score(0, 0, 0);

    public Score Overall => new(_counts.Values.Sum(c => c.Gold), _counts.Values.Sum(c => c.Predicted), _counts.Values.Sum(c => c.Correct));

    internal static HashSet<(int Start, int End, EntityType Type)> Chunks(ReadOnlySpan<byte> tags)
    {
        var chunks = new HashSet<(int, int, EntityType)>();
        for (int i = 0; i < tags.Length;)
        {
            if (tags[i] == TagSet.Outside)
            {
                i++;
                continue;
            }

            int end = i + 1;
            while (end < tags.Length && TagSet.IsInside(tags[end]) && TagSet.TypeOf(tags[end]) == TagSet.TypeOf(tags[i]))
            {
                end++;
            }

            chunks.Add((i, end, TagSet.TypeOf(tags[i])));
            i = end;
        }

        return chunks;
    }

    private void Bump(EntityType type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }
}

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct Score(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Training.Ner;

namespace NewsFacts.Tests.Training;

public class ChunkScorerTests
{
    private static byte[] Tags(string names) => names.Split(' ').Select(n => TagSet.TryParse(n, out byte t) ? t : throw new ArgumentException(n)).ToArray();

    [Fact]
    public void Counts_gold_predicted_and_exactly_matching_chunks_per_type()
    {
        var scorer = new ChunkScorer();
        scorer.Add(Tags("B-PER I-PER O B-ORG I-ORG O B-LOC"), Tags("B-PER I-PER O B-ORG O O B-ORG"));
        scorer.Add(Tags("B-MISC O"), Tags("B-MISC O"));
        Assert.Equal(new Score(1, 1, 1), scorer.For(EntityType.Person));
        Assert.Equal(new Score(1, 2, 0), scorer.For(EntityType.Organization)); // a shorter span is wrong
        Assert.Equal(new Score(1, 0, 0), scorer.For(EntityType.Location));
        Assert.Equal(new Score(1, 1, 1), scorer.For(EntityType.Miscellaneous));
        Assert.Equal(new Score(4, 4, 2), scorer.Overall);
        Assert.Equal([EntityType.Organization, EntityType.Person, EntityType.Location, EntityType.Miscellaneous], scorer.Types);
    }

    [Fact]
    public void Type_mismatch_on_the_same_span_is_wrong()
    {
        var scorer = new ChunkScorer();
        scorer.Add(Tags("B-PER I-PER"), Tags("B-ORG I-ORG"));
        Assert.Equal(new Score(1, 1, 0), scorer.Overall);
        Assert.Equal(0.0, scorer.Overall.F1);
    }

    [Fact]
    public void Adjacent_chunks_of_the_same_type_are_separate()
    {
        var chunks = ChunkScorer.Chunks(Tags("B-LOC B-LOC I-LOC O I-PER B-PER I-ORG"));
        Assert.Equal(
            new HashSet<(int, int, EntityType)> { (0, 1, EntityType.Location), (1, 3, EntityType.Location), (4, 5, EntityType.Person), (5, 6, EntityType.Person), (6, 7, EntityType.Organization) },
            chunks);
    }

    [Fact]
    public void Score_handles_zero_counts_and_computes_f1()
    {
        Assert.Equal((0.0, 0.0, 0.0), (new Score(0, 0, 0).Precision, new Score(0, 0, 0).Recall, new Score(0, 0, 0).F1));
        var score = new Score(Gold: 4, Predicted: 2, Correct: 1);
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.25, score.Recall);
        Assert.Equal(1.0 / 3, score.F1, 12);
        Assert.Equal(new Score(0, 0, 0), new ChunkScorer().For(EntityType.Person));
    }
}

using NewsFacts.Facts;
using NewsFacts.Relations;

namespace NewsFacts.Tests.Relations;

public class LinearModelTests
{
    private static LinearModel Model() => new(8, [0.5f, 0f, -0.5f], new Dictionary<int, float[]>
    {
        [3] = [0f, 2f, 0f],
        [7] = [0f, 0f, 4f],
    });

    [Fact]
    public void Probabilities_sum_to_one_and_follow_the_weights()
    {
        var scores = new float[3];
        Model().Predict([], scores);
        Assert.Equal(0, Array.IndexOf(scores, scores.Max()));
        Assert.Equal(1f, scores.Sum(), 5);

        Model().Predict([3], scores);
        Assert.Equal(1, Array.IndexOf(scores, scores.Max()));

        Model().Predict([3, 7], scores);
        Assert.Equal(2, Array.IndexOf(scores, scores.Max()));

        Model().Predict([42], scores); // unknown feature: biases only
        Assert.Equal(0, Array.IndexOf(scores, scores.Max()));

        var biasesOnly = new float[3];
        Model().Predict([], biasesOnly);
        Model().Predict([-1], scores); // not a feature index: biases only, never an empty slot's row
        Assert.Equal(biasesOnly, scores);
    }

    [Fact]
    public void A_feature_given_twice_counts_twice_as_in_training()
    {
        var once = new float[3];
        var twice = new float[3];
        Model().Predict([3], once);
        Model().Predict([3, 3], twice);
        Assert.True(twice[1] > once[1]);
        Assert.Equal(1f, twice.Sum(), 5);
    }

    [Fact]
    public void Relation_model_round_trips_through_its_file_format()
    {
        var model = new RelationModel(Model(), Model(), Model());
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = RelationModel.Load(stream);
        var expected = new float[3];
        var actual = new float[3];
        foreach (int[] features in new[] { Array.Empty<int>(), [3], [7], [3, 7] })
        {
            model.Relations.Predict(features, expected);
            loaded.Relations.Predict(features, actual);
            Assert.Equal(expected, actual);
        }

        Assert.Equal(model.Modality.FeatureCount, loaded.Modality.FeatureCount);
        Assert.Equal(model.Direction.Classes, loaded.Direction.Classes);
    }

    [Fact]
    public void Scores_match_a_plain_sum_over_many_colliding_features()
    {
        var random = new Random(7);
        var rows = new Dictionary<int, float[]>();
        while (rows.Count < 3000)
        {
            rows[random.Next(1 << 20)] = [(float)random.NextDouble(), (float)random.NextDouble()];
        }

        var model = new LinearModel(20, [0f, 0f], rows);
        var features = rows.Keys.Take(50).Concat(Enumerable.Range(0, 50).Select(_ => random.Next(1 << 20))).ToArray();
        var scores = new float[2];
        model.Score(features, scores);
        for (int k = 0; k < 2; k++)
        {
            float expected = 0;
            foreach (int f in features)
            {
                expected += rows.TryGetValue(f, out var row) ? row[k] : 0;
            }

            Assert.Equal(expected, scores[k], 3);
        }
    }

    [Fact]
    public void Load_rejects_a_feature_index_outside_the_model()
    {
        var model = new RelationModel(Model(), Model(), Model());
        using var stream = new MemoryStream();
        model.Save(stream);
        var bytes = stream.ToArray();
        // Header (8), bits, classes, 3 biases, row count: the first row's feature index follows.
        BitConverter.GetBytes(1 << 8).CopyTo(bytes, 8 + 4 + 4 + 12 + 4);
        var e = Assert.Throws<InvalidDataException>(() => RelationModel.Load(new MemoryStream(bytes)));
        Assert.Contains("corrupt", e.Message);
    }

    [Fact]
    public void Load_rejects_other_files()
    {
        using var stream = new MemoryStream("NFNER03\nxxxxxxxx"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => RelationModel.Load(stream));
    }

    [Theory]
    [InlineData(RelationType.HoldsRole, EntityType.Person, EntityType.Organization, true, false)]
    [InlineData(RelationType.HoldsRole, EntityType.Organization, EntityType.Person, false, true)]
    [InlineData(RelationType.HoldsRole, EntityType.Organization, EntityType.Organization, false, false)]
    [InlineData(RelationType.PartnersWith, EntityType.Organization, EntityType.Organization, true, false)]
    [InlineData(RelationType.Acquires, EntityType.Organization, EntityType.Organization, true, true)]
    [InlineData(RelationType.Acquires, EntityType.Person, EntityType.Organization, true, false)]
    [InlineData(RelationType.Supplies, EntityType.Person, EntityType.Organization, false, false)]
    [InlineData(RelationType.Sues, EntityType.Person, EntityType.Person, true, true)]
    public void Argument_types_decide_the_possible_directions(RelationType relation, EntityType earlier, EntityType later, bool forward, bool backward)
    {
        Assert.Equal((forward, backward), RelationLabels.Directions(relation, earlier, later));
        Assert.Equal(forward && backward, RelationLabels.NeedsDirection(relation, earlier, later));
    }
}

using NewsFacts.Entities.Tagging;

namespace NewsFacts.Tests.Entities.Tagging;

public class TaggerModelTests
{
    private static TaggerModel SmallModel(WordClusters? clusters)
    {
        var random = new Random(2);
        var weights = new float[(1 << 10) * TagSet.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)Math.Round((random.NextDouble() * 8) - 4, 2);
        }

        var transitions = Enumerable.Range(0, TagSet.Count * TagSet.Count).Select(i => (float)(i % 7) - 3.5f).ToArray();
        var start = Enumerable.Range(0, TagSet.Count).Select(i => i * 0.25f).ToArray();
        return new TaggerModel(10, weights, transitions, start, 2.5f, clusters);
    }

    private static TaggerModel RoundTrip(TaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        return TaggerModel.Load(stream);
    }

    [Fact]
    public void Save_and_load_keep_every_part_of_the_model()
    {
        var clusters = new WordClusters(new Dictionary<ulong, ulong> { [42] = 7, [ulong.MaxValue] = 9, [3] = 2 });
        var model = SmallModel(clusters);
        var loaded = RoundTrip(model);
        Assert.Equal(10, loaded.BucketBits);
        Assert.Equal(2.5f, loaded.Temperature);
        Assert.Equal(model.Transitions, loaded.Transitions);
        Assert.Equal(model.Start, loaded.Start);
        Assert.Equal(model.Weights.Select(w => (float)(Half)w), loaded.Weights); // weights are stored at half precision
        Assert.NotNull(loaded.Clusters);
        Assert.Equal(3, loaded.Clusters!.Count);
        Assert.Equal(7UL, loaded.Clusters.Lookup(42));
        Assert.Equal(9UL, loaded.Clusters.Lookup(ulong.MaxValue));
        Assert.Equal(0UL, loaded.Clusters.Lookup(5));
    }

    [Fact]
    public void Model_without_clusters_loads_without_clusters()
    {
        Assert.Null(RoundTrip(SmallModel(null)).Clusters);
    }

    [Fact]
    public void Constructor_validates_sizes()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TaggerModel(9, new float[(1 << 9) * TagSet.Count], new float[81], new float[9], 1, null));
        Assert.Throws<ArgumentException>(() => new TaggerModel(10, new float[10], new float[81], new float[9], 1, null));
        Assert.Equal(1f, new TaggerModel(10, new float[(1 << 10) * TagSet.Count], new float[81], new float[9], -3, null).Temperature);
    }

    [Fact]
    public void Load_rejects_a_model_for_another_tag_set()
    {
        using var stream = new MemoryStream();
        SmallModel(null).Save(stream);
        byte[] bytes = stream.ToArray();
        bytes[8] = 5; // tag count right after the 8-byte header
        Assert.Throws<InvalidDataException>(() => TaggerModel.Load(new MemoryStream(bytes)));
    }
}

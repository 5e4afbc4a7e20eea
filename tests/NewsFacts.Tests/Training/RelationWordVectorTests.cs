using NewsFacts.Facts;
using NewsFacts.Relations;
using NewsFacts.Text;
using NewsFacts.Training.Relations;

namespace NewsFacts.Tests.Training;

/// <summary>
/// The relation classifier's word vectors: the mean vectors of the words between and around a pair, learned as
/// dense features, then baked into per-word scores that give the classifier exactly the same scores.
/// </summary>
public class RelationWordVectorTests
{
    private const int Width = 4;
    private const int Classes = 3;

    private const string Text = "Yesterday Acme Corp quietly snapped up Bolt Ltd for cash , sources said";

    private static readonly string[] Vocabulary = ["yesterday", "quietly", "snapped", "up", "for", "cash", "sources"];

    private static PairWordVectors Vectors() => new(Vocabulary, Vocabulary.Select((w, i) => Enumerable.Range(0, Width).Select(d => (float)Math.Sin((i * Width) + d + 1)).ToArray()).ToList(), scale: 4);

    private static (List<Token> Tokens, Sentence Sentence, Argument Earlier, Argument Later) Pair()
    {
        var tokens = NewsTokenizer.Tokenize(Text);
        var sentence = new Sentence(0, Text.Length, 0, tokens.Count);
        var earlier = new Argument(1, 3, EntityType.Organization, "Acme Corp", false, 0);
        var later = new Argument(6, 8, EntityType.Organization, "Bolt Ltd", false, 0);
        return (tokens, sentence, earlier, later);
    }

    [Fact]
    public void Regions_are_between_and_a_window_on_each_side_within_the_sentence()
    {
        var (tokens, sentence, earlier, later) = Pair();
        Assert.Equal((3, 6), PairWordScores.RegionOf(0, Text, tokens, sentence, earlier, later));
        Assert.Equal((0, 1), PairWordScores.RegionOf(1, Text, tokens, sentence, earlier, later));
        Assert.Equal((8, 8 + PairWordScores.Window), PairWordScores.RegionOf(2, Text, tokens, sentence, earlier, later));
    }

    [Fact]
    public void Baked_word_scores_equal_the_weights_times_the_mean_vectors()
    {
        var vectors = Vectors();
        var (tokens, sentence, earlier, later) = Pair();
        var weights = Enumerable.Range(0, vectors.Width * Classes).Select(i => (float)Math.Cos(i)).ToArray();
        var features = vectors.Features(Text, tokens, sentence, earlier, later);
        var expected = new float[Classes];
        for (int f = 0; f < features.Length; f++)
        {
            for (int k = 0; k < Classes; k++)
            {
                expected[k] += features[f] * weights[(f * Classes) + k];
            }
        }

        var baked = vectors.Bake(weights, Classes);
        var actual = new float[Classes];
        baked.Add(Text, tokens, sentence, earlier, later, actual, new int[tokens.Count]);
        Assert.Contains(expected, e => Math.Abs(e) > 0.01f);
        for (int k = 0; k < Classes; k++)
        {
            Assert.Equal(expected[k], actual[k], 4);
        }
    }

    [Fact]
    public void A_relation_model_of_an_earlier_feature_version_is_refused_with_a_message_to_retrain()
    {
        var plain = new LinearModel(8, [0.5f, 0f, -0.5f], new Dictionary<int, float[]> { [3] = [0f, 2f, 0f] });
        using var stream = new MemoryStream();
        new RelationModel(plain, plain, plain).Save(stream);
        var bytes = stream.ToArray();
        "NFREL02\n"u8.CopyTo(bytes);
        var e = Assert.Throws<InvalidDataException>(() => RelationModel.Load(new MemoryStream(bytes)));
        Assert.Contains("retrain", e.Message);
    }

    [Fact]
    public void A_relation_model_with_word_scores_round_trips_through_its_file_format()
    {
        var vectors = Vectors();
        var (tokens, sentence, earlier, later) = Pair();
        var words = vectors.Bake(Enumerable.Range(0, vectors.Width * Classes).Select(i => (float)Math.Cos(i)).ToArray(), Classes);
        var plain = new LinearModel(8, [0.5f, 0f, -0.5f], new Dictionary<int, float[]> { [3] = [0f, 2f, 0f] });
        var model = new RelationModel(plain.With(words), plain, plain);
        using var stream = new MemoryStream();
        model.Save(stream);
        Assert.Equal("NFREL05\n"u8.ToArray(), stream.ToArray()[..8]);
        stream.Position = 0;
        var loaded = RelationModel.Load(stream);
        Assert.Equal(words.Keys, loaded.Relations.Words!.Keys);
        Assert.Null(loaded.Direction.Words);

        var before = new float[Classes];
        var after = new float[Classes];
        model.Relations.Predict([3], before, Text, tokens, sentence, earlier, later, new int[tokens.Count]);
        loaded.Relations.Predict([3], after, Text, tokens, sentence, earlier, later, new int[tokens.Count]);
        Assert.Equal(before, after);
        var without = new float[Classes];
        plain.Predict([3], without);
        Assert.NotEqual(before, without);
    }
}

using NewsFacts.Entities.Tagging;
using NewsFacts.Tests.Entities.Tagging;
using NewsFacts.Tests.Support;
using NewsFacts.Text;
using NewsFacts.Training.Ner;

namespace NewsFacts.Tests.Training;

public class NerTrainerTests
{
    private static readonly Lazy<List<ConllSentence>> Corpus = new(() => ConllCorpus.Read(TestFiles.Fixture("conll", "tiny.conll")));

    private static NerTrainingOptions Options(int seed = 1, List<string>? log = null) => new()
    {
        Epochs = 3,
        BucketBits = 16,
        Seed = seed,
        Log = log is null ? _ => { } : log.Add,
    };

    private static TaggerModel Train(int seed = 1, List<string>? log = null) => NerTrainer.Train(Corpus.Value, Corpus.Value, Options(seed, log));

    private static readonly Lazy<TaggerModel> Seed1 = new(() => Train());

    private static byte[] Save(TaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static TaggerModel Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return TaggerModel.Load(stream);
    }

    private static (byte[] Tags, float[] Confidence)[] Predict(TaggerModel model, IEnumerable<ConllSentence> sentences)
    {
        var tagger = new SequenceTagger(model);
        return sentences.Where(s => !s.IsDocumentStart).Select(s =>
        {
            var (text, tokens) = s.ToText();
            var tags = new byte[tokens.Length];
            var confidence = new float[tokens.Length];
            tagger.Tag(text, tokens, tags, confidence);
            return (tags, confidence);
        }).ToArray();
    }

    [Fact]
    public void Training_produces_a_model_that_fits_its_training_data()
    {
        var log = new List<string>();
        var model = Train(log: log);
        Assert.Equal(16, model.BucketBits);
        Assert.Equal((1 << 16) * TagSet.Count, model.Weights.Length);
        Assert.True(model.Temperature > 0);
        Assert.Contains(model.Weights, w => w != 0);
        var score = NerEvaluator.Evaluate(new SequenceTagger(model), Corpus.Value).Scores.Overall;
        Assert.True(score.F1 >= 0.8, $"training-set F1 {score.F1}");
        Assert.Contains(log, l => l.StartsWith("epoch  3", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("kept epoch", StringComparison.Ordinal));
        Assert.Contains(log, l => l.StartsWith("confidence temperature", StringComparison.Ordinal));
    }

    [Fact]
    public void Saving_and_loading_gives_identical_predictions_and_bytes()
    {
        var model = Seed1.Value;
        byte[] saved = Save(model);
        var loaded = Load(saved);
        Assert.Equal(model.BucketBits, loaded.BucketBits);
        Assert.Equal(model.Temperature, loaded.Temperature);
        Assert.Equal(model.Transitions, loaded.Transitions);
        Assert.Equal(model.Start, loaded.Start);

        var before = Predict(model, Corpus.Value);
        var after = Predict(loaded, Corpus.Value);
        for (int i = 0; i < before.Length; i++)
        {
            Assert.Equal(before[i].Tags, after[i].Tags);
            for (int k = 0; k < before[i].Confidence.Length; k++)
            {
                Assert.Equal(before[i].Confidence[k], after[i].Confidence[k], 0.01f);
            }
        }

        Assert.Equal(saved, Save(loaded));
    }

    [Fact]
    public void Same_seed_gives_byte_identical_models()
    {
        Assert.Equal(Save(Seed1.Value), Save(Train(seed: 1)));
    }

    [Fact]
    public void Different_seed_gives_a_different_model()
    {
        Assert.NotEqual(Save(Seed1.Value), Save(Train(seed: 2)));
    }

    [Fact]
    public void Trained_tagger_output_is_valid_iob2_on_random_tokens()
    {
        var tagger = new SequenceTagger(Seed1.Value);
        string[] vocabulary = ["Mary", "Jones", "of", "Acme", "Corp", "in", "New", "York", ".", ",", "said", "the", "German", "Reuters", "London", "Paris", "xyz", "42"];
        var random = new Random(3);
        for (int trial = 0; trial < 500; trial++)
        {
            var words = Enumerable.Range(0, random.Next(1, 30)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var (text, tokens) = new ConllSentence(words, new byte[words.Length], false).ToText();
            var tags = new byte[tokens.Length];
            var confidence = new float[tokens.Length];
            tagger.Tag(text, tokens, tags, confidence);
            ViterbiDecoderTests.AssertValidIob2(tags);
            Assert.All(confidence, c => Assert.InRange(c, 0f, 1f));
        }
    }

    [Fact]
    public void Training_with_a_tuning_set_without_predicted_mentions_does_not_throw()
    {
        var dev = new List<ConllSentence> { new("it was a quiet day .".Split(' '), new byte[6], false) };
        var model = NerTrainer.Train(Corpus.Value, dev, Options());
        Assert.NotNull(model);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Entity_model_training_without_predicted_tuning_mentions_keeps_default_calibration(bool secondPass)
    {
        var dev = new List<ConllSentence> { new("it was a quiet day .".Split(' '), new byte[6], false) };
        var log = new List<string>();
        var model = NerTrainer.TrainEntityModel(Corpus.Value, dev, Options(log: log) with { SecondPass = secondPass, Folds = 2 });
        Assert.Equal(1f, model.First.Temperature);
        Assert.Equal(secondPass, model.Second is not null);
        Assert.True(model.Second is null || model.Second.Temperature == 1f);
        Assert.Equal((1f, 0f), (model.CalibrationSlope, model.CalibrationIntercept));
        Assert.Contains(log, line => line.Contains("no predicted mentions", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_rejects_a_bad_header()
    {
        byte[] bytes = Save(Seed1.Value);
        bytes[0] = (byte)'X';
        Assert.Throws<InvalidDataException>(() => Load(bytes));
    }

    [Fact]
    public void Load_rejects_a_truncated_model_as_invalid_data()
    {
        byte[] bytes = Save(Seed1.Value)[..1000];
        Assert.Throws<InvalidDataException>(() => Load(bytes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(20)]
    [InlineData(100)]
    public void Entity_model_load_rejects_any_truncation_as_invalid_data(int length)
    {
        byte[] bytes;
        using (var stream = new MemoryStream())
        {
            new EntityModel(Seed1.Value, null).Save(stream);
            bytes = stream.ToArray()[..length];
        }

        var error = Assert.Throws<InvalidDataException>(() => EntityModel.Load(new MemoryStream(bytes)));
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Entity_model_load_rejects_a_model_missing_its_last_byte()
    {
        using var stream = new MemoryStream();
        new EntityModel(Seed1.Value, null).Save(stream);
        byte[] bytes = stream.ToArray()[..^1];
        Assert.Throws<InvalidDataException>(() => EntityModel.Load(new MemoryStream(bytes)));
    }

    [Fact]
    public void Extractor_can_use_a_trained_model_from_a_directory()
    {
        using var directory = new TempDirectory();
        using (var file = File.Create(directory.File("ner.bin")))
        {
            new EntityModel(Seed1.Value, null).Save(file);
        }

        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions { ModelDirectory = directory.Path });
        Assert.True(extractor.HasEntityModel);
        var result = extractor.Extract("Mary Jones said on Monday that Reuters would open an office in Germany .");
        Assert.True(result.Succeeded);
        NewsFactsExtractorTests.AssertEntitiesConsistent(result);
    }

    [Fact]
    public void Shipped_model_loads()
    {
        var model = NewsFacts.Models.ModelStore.LoadEntityModel(null);
        Assert.NotNull(model);
        Assert.InRange(model.First.BucketBits, 10, 26);
        Assert.True(model.First.Temperature > 0);
        Assert.NotNull(model.Second);
        Assert.True(model.Second.Stacked);
    }

    [Fact]
    public void Conll_sentence_text_has_tokens_pointing_at_its_words()
    {
        var sentence = new ConllSentence(["Scale", "AI", "'s", "$14.3bn"], new byte[4], false);
        var (text, tokens) = sentence.ToText();
        Assert.Equal("Scale AI 's $14.3bn", text);
        Assert.Equal(sentence.Words, tokens.Select(t => text[t.Start..t.End]));
        Assert.Equal(TokenSpacing.None, tokens[0].Spacing);
        Assert.Equal(TokenSpacing.Space, tokens[1].Spacing);
    }
}

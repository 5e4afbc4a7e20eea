using NewsFacts.Entities;
using NewsFacts.Entities.Tagging;
using NewsFacts.Tests.Support;
using NewsFacts.Text;
using NewsFacts.Training.Ner;

namespace NewsFacts.Tests.Training;

/// <summary>
/// The accurate mode's training and scoring path (contextual vectors as dense tagger features), with a small
/// deterministic stand-in encoder so that the tests need neither the MiniLM model nor the shared data.
/// </summary>
public class ContextualTrainingTests
{
    private static readonly Lazy<List<ConllSentence>> Corpus = new(() => ConllCorpus.Read(TestFiles.Fixture("conll", "tiny.conll")));

    private static readonly Lazy<EntityModel> Trained = new(() => Train(new HashingEncoder()));

    private static EntityModel Train(ITokenEncoder encoder) => NerTrainer.TrainEntityModel(Corpus.Value, Corpus.Value, new NerTrainingOptions
    {
        Epochs = 3,
        BucketBits = 16,
        Folds = 2,
        Encoder = encoder,
        ContextualScale = 2f,
    });

    private static byte[] Save(EntityModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static byte[][] Tag(EntityTagger tagger) => ConllDocument.Group(Corpus.Value).Select(d =>
    {
        var tags = new byte[d.Tokens.Length];
        tagger.TagDocument(d.Text, d.Tokens, d.Sentences, tags, new float[d.Tokens.Length]);
        return tags;
    }).ToArray();

    [Fact]
    public void Both_passes_learn_weights_over_the_vectors_and_record_the_encoder()
    {
        var model = Trained.Value;
        foreach (var pass in new[] { model.First, model.Second! })
        {
            var contextual = Assert.IsType<ContextualWeights>(pass.Contextual);
            Assert.Equal(HashingEncoder.EncoderName, contextual.Encoder);
            Assert.Equal(HashingEncoder.Width, contextual.Dimensions);
            Assert.Equal(2f, contextual.Scale);
            Assert.Contains(contextual.Weights, w => w != 0);
        }
    }

    [Fact]
    public void A_saved_contextual_model_loads_to_the_same_bytes_and_the_same_tags()
    {
        byte[] bytes = Save(Trained.Value);
        var loaded = EntityModel.Load(new MemoryStream(bytes));
        Assert.Equal(bytes, Save(loaded));
        var encoder = new HashingEncoder();
        Assert.Equal(Tag(new EntityTagger(Trained.Value, encoder)), Tag(new EntityTagger(loaded, encoder)));
    }

    [Fact]
    public void Weights_per_case_class_are_learned_saved_and_applied()
    {
        var options = new NerTrainingOptions { Epochs = 3, BucketBits = 16, Folds = 2, Encoder = new HashingEncoder(), ContextualByCase = true };
        var model = NerTrainer.TrainEntityModel(Corpus.Value, Corpus.Value, options);
        Assert.Equal(CaseClasses.Count, model.First.Contextual!.Groups);
        Assert.Equal(CaseClasses.Count * HashingEncoder.Width * TagSet.Count, model.First.Contextual.Weights.Length);
        var loaded = EntityModel.Load(new MemoryStream(Save(model)));
        Assert.Equal(Tag(new EntityTagger(model, new HashingEncoder())), Tag(new EntityTagger(loaded, new HashingEncoder())));
        var score = NerEvaluator.Evaluate(new EntityTagger(model, new HashingEncoder()), Corpus.Value).Scores.Overall.F1;
        Assert.True(score > 0.8, $"training F1 {score:F3}");
    }

    [Fact]
    public void Training_is_deterministic_with_an_encoder()
    {
        Assert.Equal(Save(Trained.Value), Save(Train(new HashingEncoder())));
    }

    [Fact]
    public void The_vectors_change_what_is_tagged()
    {
        // Same model, vectors zeroed: if the dense weights did nothing, the tags would not move.
        var model = Trained.Value;
        var withVectors = Tag(new EntityTagger(model, new HashingEncoder()));
        var withoutVectors = Tag(new EntityTagger(model, new HashingEncoder(zero: true)));
        Assert.NotEqual(withVectors, withoutVectors);
    }

    [Fact]
    public void A_contextual_model_without_its_encoder_fails_with_a_clear_error()
    {
        var missing = Assert.Throws<ArgumentException>(() => new EntityTagger(Trained.Value));
        Assert.Contains(HashingEncoder.EncoderName, missing.Message, StringComparison.Ordinal);
        var other = Assert.Throws<ArgumentException>(() => new EntityTagger(Trained.Value, new HashingEncoder(name: "another")));
        Assert.Contains("another", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_trained_with_different_vectors_are_refused()
    {
        var model = Trained.Value;
        var second = model.Second!;
        var c = second.Contextual!;
        var rescaled = new TaggerModel(second.BucketBits, second.Weights, second.Transitions, second.Start, second.Temperature, second.Clusters,
            stacked: true, second.Names, new ContextualWeights(c.Encoder, c.Dimensions, c.Scale * 2, c.Groups, c.Weights));
        Assert.Throws<ArgumentException>(() => new EntityTagger(new EntityModel(model.First, rescaled), new HashingEncoder()));
    }

    [Fact]
    public void A_model_without_vectors_keeps_the_version_3_format()
    {
        var plain = NerTrainer.Train(Corpus.Value, Corpus.Value, new NerTrainingOptions { Epochs = 1, BucketBits = 16 });
        using var stream = new MemoryStream();
        plain.Save(stream);
        Assert.Equal("NFNER03\n"u8.ToArray(), stream.ToArray()[..8]);
        Assert.True(Save(Trained.Value).AsSpan().IndexOf("NFNER04\n"u8) >= 0);
    }

    [Fact]
    public void Normalize_scales_each_vector_to_the_length_and_leaves_zero_vectors_alone()
    {
        float[] vectors = [3, 4, 0, 0, 0, 0];
        ContextualWeights.Normalize(vectors, dimensions: 2, scale: 10);
        Assert.Equal([6, 8, 0, 0, 0, 0], vectors);
    }

    /// <summary>Vectors from hashes of a token and its left neighbour: deterministic, and "contextual" in a small way.</summary>
    private sealed class HashingEncoder(bool zero = false, string name = HashingEncoder.EncoderName) : ITokenEncoder
    {
        public const string EncoderName = "test-hashing";
        public const int Width = 16;

        public int Dimensions => Width;

        public string Name => name;

        public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Range sentence, Span<float> vectors)
        {
            var sentenceTokens = tokens[sentence];
            vectors[..(sentenceTokens.Length * Width)].Clear();
            if (zero)
            {
                return;
            }

            for (int i = 0; i < sentenceTokens.Length; i++)
            {
                int word = Hash(sentenceTokens[i].In(text));
                int left = i == 0 ? 17 : Hash(sentenceTokens[i - 1].In(text));
                vectors[(i * Width) + (word & 7)] = 1;
                vectors[(i * Width) + 8 + (left & 7)] = 1;
            }
        }

        private static int Hash(ReadOnlySpan<char> word)
        {
            int h = 5381;
            foreach (char c in word)
            {
                h = (h * 33) ^ char.ToLowerInvariant(c);
            }

            return h & int.MaxValue;
        }
    }
}

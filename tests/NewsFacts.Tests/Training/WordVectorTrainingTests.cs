using NewsFacts.Entities.Tagging;
using NewsFacts.Tests.Support;
using NewsFacts.Training.Ner;

namespace NewsFacts.Tests.Training;

/// <summary>
/// The fast model's word vectors: learned as dense features over context-free vectors, then baked into per-word
/// scores so that tagging needs no encoder. Deterministic pseudo-vectors stand in for MiniLM.
/// </summary>
public class WordVectorTrainingTests
{
    private const int Width = 8;

    private static readonly Lazy<List<ConllSentence>> Corpus = new(() => ConllCorpus.Read(TestFiles.Fixture("conll", "tiny.conll")));

    private static WordVectorEncoder Vectors(IReadOnlyList<string> words) =>
        new(words, words.Select(PseudoVector).ToList(), Width, "test/pseudo-words");

    // A fixed function of the word, so every run sees the same vectors.
    private static float[] PseudoVector(string word)
    {
        var vector = new float[Width];
        ulong h = FeatureHashing.Lower(word);
        for (int d = 0; d < Width; d++)
        {
            vector[d] = ((h >> (d * 8)) & 0xFF) / 255f - 0.5f;
        }

        return vector;
    }

    private static (WordVectorEncoder Encoder, EntityModel Trained) Train()
    {
        var documents = ConllDocument.Group(Corpus.Value);
        var words = WordVocabulary.Build(documents.Take(documents.Count - 1), []); // the last document's own words stay unknown
        var encoder = Vectors(words);
        var model = NerTrainer.TrainEntityModel(Corpus.Value, Corpus.Value, new NerTrainingOptions { Epochs = 3, BucketBits = 16, Folds = 2, Encoder = encoder });
        return (encoder, model);
    }

    private static readonly Lazy<(WordVectorEncoder Encoder, EntityModel Trained)> Trained = new(Train);

    private static byte[][] Tag(EntityTagger tagger) => ConllDocument.Group(Corpus.Value).Select(d =>
    {
        var tags = new byte[d.Tokens.Length];
        tagger.TagDocument(d.Text, d.Tokens, d.Sentences, tags, new float[d.Tokens.Length]);
        return tags;
    }).ToArray();

    private static byte[] Save(EntityModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_baked_model_needs_no_encoder_and_tags_as_the_model_it_was_baked_from()
    {
        var (encoder, trained) = Trained.Value;
        var baked = encoder.Bake(trained);
        Assert.Null(baked.First.Contextual);
        Assert.Null(baked.Second!.Contextual);
        Assert.Equal(encoder.Count, baked.First.WordScores!.Count);
        Assert.Contains(baked.Second.WordScores!.Scores, s => s != 0);
        Assert.Equal(Tag(new EntityTagger(trained, encoder)), Tag(new EntityTagger(baked)));
    }

    [Fact]
    public void A_baked_model_saves_as_version_5_and_loads_to_the_same_bytes_and_tags()
    {
        var (encoder, trained) = Trained.Value;
        var baked = encoder.Bake(trained);
        byte[] bytes = Save(baked);
        Assert.Equal("NFNER05\n"u8.ToArray(), bytes.AsSpan(20, 8).ToArray()); // after the entity header, pass count and calibration
        var loaded = EntityModel.Load(new MemoryStream(bytes));
        Assert.Equal(bytes, Save(loaded));
        Assert.Equal(Tag(new EntityTagger(baked)), Tag(new EntityTagger(loaded)));
        Assert.Equal(bytes, Save(Vectors(WordVocabulary.Build(ConllDocument.Group(Corpus.Value).SkipLast(1), [])).Bake(Train().Trained)));
    }

    [Fact]
    public void Windowed_vectors_bake_into_three_blocks_per_word_and_tag_as_the_trained_model()
    {
        var words = WordVocabulary.Build(ConllDocument.Group(Corpus.Value).SkipLast(1), []);
        var encoder = new WordVectorEncoder(words, words.Select(PseudoVector).ToList(), Width, "test/pseudo-words", window: 1);
        var trained = NerTrainer.TrainEntityModel(Corpus.Value, Corpus.Value, new NerTrainingOptions { Epochs = 3, BucketBits = 16, Folds = 2, Encoder = encoder });
        Assert.Equal(3 * Width, trained.First.Contextual!.Dimensions);

        var baked = encoder.Bake(trained);
        Assert.Equal((1, 3 * TagSet.Count), (baked.First.WordScores!.Window, baked.First.WordScores.Stride));
        Assert.Equal(Tag(new EntityTagger(trained, encoder)), Tag(new EntityTagger(baked)));

        byte[] bytes = Save(baked);
        Assert.Equal("NFNER06\n"u8.ToArray(), bytes.AsSpan(20, 8).ToArray());
        var loaded = EntityModel.Load(new MemoryStream(bytes));
        Assert.Equal(bytes, Save(loaded));
        Assert.Equal(Tag(new EntityTagger(baked)), Tag(new EntityTagger(loaded)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_model_with_external_name_lists_saves_as_version_7_and_loads_to_the_same_bytes_and_tags(bool wordVectors)
    {
        var names = NameLists.Build([("Reuters", NameLists.Organization)], ["Mary"])
            .WithExternal(NameLists.Build([("Paris", NameLists.Location), ("Schmidt", NameLists.NameWord)], []));
        var words = WordVocabulary.Build(ConllDocument.Group(Corpus.Value).SkipLast(1), []);
        var encoder = wordVectors ? new WordVectorEncoder(words, words.Select(PseudoVector).ToList(), Width, "test/pseudo-words", window: 1) : null;
        var trained = NerTrainer.TrainEntityModel(Corpus.Value, Corpus.Value, new NerTrainingOptions { Epochs = 3, BucketBits = 16, Folds = 2, Encoder = encoder, Names = names });
        var model = encoder?.Bake(trained) ?? trained;
        Assert.NotNull(model.Second!.Names!.External);

        byte[] bytes = Save(model);
        Assert.Equal("NFNER07\n"u8.ToArray(), bytes.AsSpan(20, 8).ToArray());
        var loaded = EntityModel.Load(new MemoryStream(bytes));
        Assert.Equal(bytes, Save(loaded));
        Assert.Equal(Tag(new EntityTagger(model)), Tag(new EntityTagger(loaded)));
        Assert.Equal(wordVectors, loaded.First.WordScores is not null);
    }

    [Fact]
    public void A_windowed_vector_joins_the_previous_own_and_next_words_within_the_sentence()
    {
        var encoder = new WordVectorEncoder(["alpha", "beta"], [[1, 0], [0, 1]], 2, "test/two", window: 1);
        const string text = "alpha beta gamma";
        var tokens = NewsFacts.Text.NewsTokenizer.Tokenize(text).ToArray();
        var vectors = new float[3 * encoder.Dimensions];
        encoder.Encode(text, tokens, new Range(0, 3), vectors);
        Assert.Equal(
            [0, 0, 1, 0, 0, 1, /* alpha: none before, itself, beta after */ 1, 0, 0, 1, 0, 0, /* beta: alpha, itself, gamma unknown */ 0, 1, 0, 0, 0, 0 /* gamma: beta, unknown, none */],
            vectors);
    }

    [Fact]
    public void The_word_scores_change_the_tags_they_are_added_to()
    {
        var (encoder, trained) = Trained.Value;
        var baked = encoder.Bake(trained);
        var emptied = new EntityModel(
            baked.First.With(null, new WordScores(baked.First.WordScores!.Keys, baked.First.WordScores.Scores.Select(s => s * 50).ToArray(), "scaled")),
            baked.Second, baked.CalibrationSlope, baked.CalibrationIntercept);
        Assert.NotEqual(Tag(new EntityTagger(baked)), Tag(new EntityTagger(emptied)));
    }

    [Fact]
    public void A_model_whose_passes_know_different_words_is_refused()
    {
        var (encoder, trained) = Trained.Value;
        var baked = encoder.Bake(trained);
        var first = baked.First.WordScores!;
        var fewer = new WordScores(first.Keys[1..], first.Scores[TagSet.Count..], first.Source);
        var mismatched = new EntityModel(baked.First.With(null, fewer), baked.Second, baked.CalibrationSlope, baked.CalibrationIntercept);
        var error = Assert.Throws<ArgumentException>(() => new EntityTagger(mismatched));
        Assert.Contains("vocabularies", error.Message);
    }

    [Fact]
    public void Vocabulary_files_give_their_words()
    {
        using var directory = new TempDirectory();
        string file = directory.File("extra.json");
        File.WriteAllText(file, "{\"tokens\": [\"Bancorp\", \"bought\", \"42\"]}");
        var words = WordVocabulary.WordsOfFiles([file]).ToList();
        Assert.Contains("Bancorp", words);
        Assert.Contains("bought", words);
        Assert.DoesNotContain("42", words);
    }

    [Fact]
    public void Baking_refuses_a_model_trained_without_these_vectors()
    {
        var (encoder, trained) = Trained.Value;
        var other = new WordVectorEncoder(["a"], [new float[Width]], Width, "test/other");
        Assert.Throws<ArgumentException>(() => other.Bake(trained));
        var windowed = new WordVectorEncoder(["a"], [new float[Width]], Width, encoder.Name, window: 1);
        Assert.Throws<ArgumentException>(() => windowed.Bake(trained));
    }

    [Fact]
    public void The_vocabulary_is_lower_cased_distinct_sorted_and_skips_overlong_tokens()
    {
        var words = WordVocabulary.Build([], ["Nvidia", "NVIDIA", "anthropic", new string('x', WordVocabulary.MaxLength + 1), "two words", ""]);
        Assert.Equal(["anthropic", "nvidia"], words);
    }

    [Fact]
    public void Rare_words_are_those_of_few_documents_and_no_list()
    {
        var documents = ConllDocument.Group(Corpus.Value);
        var once = WordVocabulary.RareWords(documents, [], 1);
        var twice = WordVocabulary.RareWords(documents, [], 2);
        Assert.NotEmpty(once);
        Assert.Subset(twice.ToHashSet(), once.ToHashSet());
        Assert.True(twice.Count >= once.Count);
        Assert.Empty(WordVocabulary.RareWords(documents, [], 0));
        var listed = WordVocabulary.RareWords(documents, [once[0]], 1);
        Assert.DoesNotContain(once[0], listed);
        Assert.Equal(once.Count - 1, listed.Count);
    }

    [Fact]
    public void Unknown_words_get_zero_vectors()
    {
        var encoder = Vectors(["droege"]);
        const string text = "Jason Droege";
        var tokens = new NewsFacts.Text.Token[] { new(0, 5, NewsFacts.Text.TokenKind.Word, NewsFacts.Text.TokenSpacing.None), new(6, 12, NewsFacts.Text.TokenKind.Word, NewsFacts.Text.TokenSpacing.Space) };
        var vectors = new float[2 * Width];
        Array.Fill(vectors, 9f);
        encoder.Encode(text, tokens, 0..2, vectors);
        Assert.All(vectors.Take(Width), v => Assert.Equal(0f, v));
        Assert.Equal(PseudoVector("droege"), vectors.Skip(Width).ToArray());
    }
}

using System.CommandLine;
using System.Diagnostics;
using NewsFacts.Training.Facts;
using NewsFacts.Training.Ner;
using NewsFacts.Training.Relations;
using NewsFacts.Entities.Tagging;

namespace NewsFacts.Cli.Commands;

/// <summary><c>newsfacts train ner</c>: reproduces the shipped entity model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train NewsFacts models from data");
        command.Subcommands.Add(CreateNer());
        command.Subcommands.Add(CreateRelations());
        return command;
    }

    private static Command CreateNer()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file (eng.train)", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-2003 tuning file (eng.testa): picks the epoch and the confidence temperature", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the model (models/ner.bin)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Shuffling seed; the same seed gives the same model", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs", DefaultValueFactory = _ => 15 };
        var unlabeled = new Option<string[]>("--unlabeled") { Description = "Unlabeled text for word clusters: CoNLL files or directories of .txt articles", AllowMultipleArgumentsPerToken = true };
        var unlabeledIds = new Option<string?>("--unlabeled-ids") { Description = "Only read the listed articles (ids relative to an --unlabeled directory, e.g. bbc/splits/train.txt)" };
        var clusters = new Option<int>("--clusters") { Description = "Number of word clusters", DefaultValueFactory = _ => 256 };
        var bits = new Option<int>("--bucket-bits") { Description = "log2 of the hashed feature rows per pass (model size ≈ 2^bits × 9 × 2 bytes per pass)", DefaultValueFactory = _ => 19 };
        var silver = new Option<string[]>("--annotations") { Description = "Relation annotations (gold format) whose ORG/PERSON names add in-domain training articles", AllowMultipleArgumentsPerToken = true };
        var texts = new Option<string?>("--texts") { Description = "Directory the annotation ids are relative to (../shared/data/bbc)" };
        var gazetteers = new Option<string?>("--gazetteers") { Description = "Directory of curated name lists (data/gazetteers) used as features" };
        var externalGazetteers = new Option<string?>("--external-gazetteers") { Description = "With --gazetteers: directory of wide public name lists (data/gazetteers/external) matched as features of their own" };
        var contextual = new Option<bool>("--contextual") { Description = "Accurate mode: add each token's all-MiniLM-L6-v2 vector as features (the model then needs NewsFacts.Contextual at run time)" };
        var contextualScale = new Option<float>("--contextual-scale") { Description = "Length each token vector is scaled to (weight of the vectors against the hashed features)", DefaultValueFactory = _ => 1f };
        var contextualByCase = new Option<bool>("--contextual-by-case") { Description = "With --contextual: separate vector weights for lower-case, capitalised, all-caps and other tokens" };
        var contextualContext = new Option<int>("--contextual-context") { Description = "With --contextual: word pieces of surrounding text the encoder reads on each side of a sentence", DefaultValueFactory = _ => 0 };
        var vectorCache = new Option<string?>("--vector-cache") { Description = "With --contextual: a directory that keeps the token vectors between runs, one file per encoder (read if present, then written)" };
        var wordVectors = new Option<bool>("--word-vectors") { Description = "Learn from all-MiniLM-L6-v2 vectors of words read alone, baked into per-word scores (the model stays fast and self-contained)" };
        var vocabulary = new Option<string[]>("--vocabulary") { Description = "With --word-vectors: more text files (any format) whose words get vectors too; never the tuning or test text", AllowMultipleArgumentsPerToken = true };
        var hideRareWords = new Option<int>("--hide-rare-words") { Description = "With --word-vectors: hide the vectors of training words found in at most N training documents (and in no list) from training, as new text brings words without vectors", DefaultValueFactory = _ => 1 };
        var wordWindow = new Option<int>("--word-vector-window") { Description = "With --word-vectors: 1 also learns weights over the previous and next words' vectors (baked the same way; three score blocks per word)", DefaultValueFactory = _ => 0 };
        var command = new Command("ner", "Train the entity tagger (averaged structured perceptron, two passes)") { train, dev, output, seed, epochs, unlabeled, unlabeledIds, clusters, bits, silver, texts, gazetteers, externalGazetteers, contextual, contextualScale, contextualByCase, contextualContext, vectorCache, wordVectors, vocabulary, hideRareWords, wordWindow };
        command.SetAction((result, _) => CliRunner.Run(() => Task.FromResult(TrainNer(
            result.GetValue(train)!, result.GetValue(dev)!, result.GetValue(output)!, result.GetValue(seed), result.GetValue(epochs),
            result.GetValue(unlabeled) ?? [], result.GetValue(unlabeledIds), result.GetValue(clusters), result.GetValue(bits),
            result.GetValue(silver) ?? [], result.GetValue(texts), result.GetValue(gazetteers), result.GetValue(externalGazetteers),
            new ContextualSettings(result.GetValue(contextual), result.GetValue(contextualScale), result.GetValue(contextualByCase), result.GetValue(contextualContext), result.GetValue(vectorCache), result.GetValue(wordVectors), result.GetValue(vocabulary) ?? [], result.GetValue(hideRareWords), result.GetValue(wordWindow))))));
        return command;
    }

    private static Command CreateRelations()
    {
        var annotations = new Option<string[]>("--annotations") { Description = "Gold-format annotation files or directories of *.jsonl (data/annotations)", Required = true, AllowMultipleArgumentsPerToken = true };
        var texts = new Option<string>("--texts") { Description = "Directory the annotation ids are relative to (../shared/data/bbc)", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the model (models/relations.bin)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the trainer; the same seed gives the same model", DefaultValueFactory = _ => 1 };
        var exclude = new Option<string?>("--exclude-ids") { Description = "Never read these ids (e.g. the dev split), even if annotated" };
        var fire = new Option<string[]>("--fire") { Description = "FIRE training/dev JSON files (acquires, owns, holds_role examples)", AllowMultipleArgumentsPerToken = true };
        var conll04 = new Option<string[]>("--conll04") { Description = "CoNLL04 training/dev triples JSON files (holds_role examples)", AllowMultipleArgumentsPerToken = true };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the SDCA trainer", DefaultValueFactory = _ => new RelationTrainingOptions().L2 };
        var writtenWeight = new Option<float>("--written-weight") { Description = "Weight of written examples (documents with inline text) relative to annotated articles", DefaultValueFactory = _ => 1f };
        var externalWeight = new Option<float>("--external-weight") { Description = "Weight of FIRE/CoNLL04 examples relative to the BBC annotations", DefaultValueFactory = _ => 1f };
        var folds = new Option<int>("--cv-folds") { Description = "Also report document-level fact P/R/F1 by cross-validation over the annotated articles (0: no)", DefaultValueFactory = _ => 0 };
        var foldPredictions = new Option<string?>("--cv-predictions") { Description = "Write the cross-validated predictions (one JSON Lines record per held-out article) to this file, for error analysis" };
        var relationVectors = new Option<bool>("--word-vectors") { Description = "The pair classifier also learns from all-MiniLM-L6-v2 vectors of the words between and around the pair, baked into per-word scores" };
        var relationVectorScale = new Option<float>("--word-vector-scale") { Description = "With --word-vectors: length each word's vector is scaled to", DefaultValueFactory = _ => 4f };
        var command = new Command("relations", "Train the relation and modality classifiers (ML.NET SDCA maximum entropy)") { annotations, texts, output, seed, exclude, folds, foldPredictions, fire, conll04, l2, externalWeight, writtenWeight, relationVectors, relationVectorScale };
        command.SetAction((result, _) => CliRunner.Run(() => Task.FromResult(TrainRelations(
            result.GetValue(annotations)!, result.GetValue(texts)!, result.GetValue(output)!, result.GetValue(seed), result.GetValue(exclude), result.GetValue(folds), result.GetValue(foldPredictions),
            result.GetValue(fire) ?? [], result.GetValue(conll04) ?? [], result.GetValue(l2), result.GetValue(externalWeight), result.GetValue(writtenWeight),
            result.GetValue(relationVectors) ? result.GetValue(relationVectorScale) : null))));
        return command;
    }

    private static int TrainRelations(string[] annotationPaths, string textDirectory, string outputPath, int seed, string? excludeIds, int folds, string? foldPredictions, string[] fire, string[] conll04, float l2, float externalWeight, float writtenWeight, float? wordVectorScale)
    {
        if (wordVectorScale is <= 0)
        {
            throw new CliException(ExitCodes.Usage, "--word-vector-scale must be positive.");
        }

        foreach (string path in fire.Concat(conll04))
        {
            EvalCommand.RequireFile(path);
            if (Path.GetFileName(path).Contains("test", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException(ExitCodes.Usage, $"'{path}' looks like a test split: test splits are for evaluation only.");
            }
        }

        if (!Directory.Exists(textDirectory))
        {
            throw new CliException(ExitCodes.InputError, $"Directory not found: '{textDirectory}'.");
        }

        var excluded = excludeIds is null ? [] : File.ReadLines(excludeIds).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var files = annotationPaths.SelectMany(AnnotationFiles).ToList();
        if (files.Any(f => Path.GetFileName(f).Contains("dev", StringComparison.OrdinalIgnoreCase) && f.Contains("gold", StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliException(ExitCodes.Usage, "The dev gold measures and never teaches: do not train on it.");
        }

        var documents = files.SelectMany(GoldDocument.ReadAll).Where(d => !excluded.Contains(d.Doc)).ToList();
        var readText = TextsOf(documents, textDirectory);
        var clock = Stopwatch.StartNew();
        Action<string> log = m => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}");
        log($"{documents.Count} annotated documents from {files.Count} files");
        void AddExternal(RelationDataset dataset)
        {
            foreach (string path in fire)
            {
                log($"FIRE {path}: {ExternalRelationData.AddFire(dataset, path, externalWeight)} relation examples");
            }

            foreach (string path in conll04)
            {
                log($"CoNLL04 {path}: {ExternalRelationData.AddConll04(dataset, path, externalWeight)} relation examples");
            }
        }

        var trainingOptions = new RelationTrainingOptions
        {
            Seed = seed,
            Log = log,
            L2 = l2,
            WrittenWeight = writtenWeight,
            CrossValidationPredictions = foldPredictions,
            WordVectors = wordVectorScale is { } scale ? RelationWordVectors(documents, readText, fire.Concat(conll04), scale, log) : null,
        };
        if (folds > 1)
        {
            RelationCrossValidation.Run(documents, readText, folds, trainingOptions, AddExternal);
        }

        var data = RelationDataset.Build(documents, readText, log, writtenWeight, trainingOptions.WordVectors);
        AddExternal(data);
        var model = RelationTrainer.Train(data, trainingOptions);
        WriteAtomically(outputPath, model.Save);
        Console.WriteLine($"wrote {outputPath} ({new FileInfo(outputPath).Length / 1048576.0:F1} MB) in {clock.Elapsed:mm\\:ss}");
        return ExitCodes.Success;
    }

    // A name list's entries: one per line, '#' starts a comment line.
    private static IEnumerable<string> NameListLines(string path) => File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#');

    // The curated lists (data/gazetteers/README.md): one file per type, plus given names.
    private static NameLists ReadNameLists(string directory) => ReadLists(directory,
        [("organizations.txt", NameLists.Organization), ("people.txt", NameLists.Person), ("locations.txt", NameLists.Location), ("nationalities.txt", NameLists.Misc), ("products.txt", NameLists.Misc)],
        "first-names.txt");

    // Wide public lists (data/gazetteers/external/README.md): places, people, organisations and name words.
    private static NameLists ReadExternalNameLists(string directory) => ReadLists(directory,
        [("organizations.txt", NameLists.Organization), ("people.txt", NameLists.Person), ("locations.txt", NameLists.Location), ("name-words.txt", NameLists.NameWord)],
        firstNamesFile: null);

    private static NameLists ReadLists(string directory, (string File, byte Type)[] files, string? firstNamesFile)
    {
        if (!Directory.Exists(directory))
        {
            throw new CliException(ExitCodes.InputError, $"Directory not found: '{directory}'.");
        }

        IEnumerable<string> Lines(string? file)
        {
            string? path = file is null ? null : Path.Combine(directory, file);
            return path is not null && File.Exists(path) ? NameListLines(path) : [];
        }

        var entries = files.SelectMany(f => Lines(f.File).Select(n => (n, f.Type)));
        return NameLists.Build(entries, Lines(firstNamesFile));
    }

    // A document's text: inline for written examples, else the article file under the texts directory.
    private static Func<string, string?> TextsOf(IEnumerable<GoldDocument> documents, string directory)
    {
        var inline = documents.Where(d => d.Text is not null).ToDictionary(d => d.Doc, d => d.Text!, StringComparer.Ordinal);
        return id => inline.TryGetValue(id, out string? text) ? text : ReadArticle(directory, id);
    }

    private static string? ReadArticle(string directory, string id)
    {
        string path = Path.Combine(directory, id);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static IEnumerable<string> AnnotationFiles(string path) =>
        Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal)
        : File.Exists(path) ? [path]
        : throw new CliException(ExitCodes.InputError, $"Annotations not found: '{path}'.");

    private static void WriteAtomically(string outputPath, Action<Stream> save)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        string temporary = outputPath + ".tmp";
        using (var file = File.Create(temporary))
        {
            save(file);
        }

        File.Move(temporary, outputPath, overwrite: true);
    }

    private static int TrainNer(string trainPath, string devPath, string outputPath, int seed, int epochs, string[] unlabeled, string? unlabeledIds, int clusterCount, int bucketBits, string[] annotations, string? texts, string? gazetteers, string? externalGazetteers, ContextualSettings contextual)
    {
        EvalCommand.RequireFile(trainPath);
        EvalCommand.RequireFile(devPath);
        if (epochs < 1)
        {
            throw new CliException(ExitCodes.Usage, "--epochs must be at least 1.");
        }

        var clock = Stopwatch.StartNew();
        if (bucketBits is < 16 or > 24)
        {
            throw new CliException(ExitCodes.Usage, "--bucket-bits must be between 16 and 24.");
        }

        if (contextual.Enabled && (contextual.Scale <= 0 || contextual.Context is < 0 or > 255))
        {
            throw new CliException(ExitCodes.Usage, "--contextual-scale must be positive and --contextual-context between 0 and 255.");
        }

        if (contextual.WordVectors && (contextual.Enabled || contextual.ByCase || contextual.Scale <= 0))
        {
            throw new CliException(ExitCodes.Usage, "--word-vectors trains the fast model: give it without --contextual or --contextual-by-case (and a positive --contextual-scale).");
        }

        if (contextual.HideRareWords < 0)
        {
            throw new CliException(ExitCodes.Usage, "--hide-rare-words must be 0 or more.");
        }

        if (contextual.WordWindow is < 0 or > 1 || (contextual.WordWindow > 0 && !contextual.WordVectors))
        {
            throw new CliException(ExitCodes.Usage, "--word-vector-window is 0 or 1, and needs --word-vectors.");
        }

        if (contextual.Vocabulary.Length > 0 && !contextual.WordVectors)
        {
            throw new CliException(ExitCodes.Usage, "--vocabulary needs --word-vectors.");
        }

        foreach (string file in contextual.Vocabulary)
        {
            EvalCommand.RequireFile(file);
        }

        var options = new NerTrainingOptions { Seed = seed, Epochs = epochs, BucketBits = bucketBits, Log = m => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}") };
        if (unlabeled.Length > 0)
        {
            var sentences = UnlabeledText.Read(unlabeled, unlabeledIds).ToList();
            options.Log($"clusters: {sentences.Count} unlabeled sentences, {sentences.Sum(s => s.Count)} tokens");
            options.Clusters = ExchangeClustering.Learn(sentences, clusterCount, minimumCount: 3, iterations: 15, options.Log);
        }

        if (externalGazetteers is not null && gazetteers is null)
        {
            throw new CliException(ExitCodes.Usage, "--external-gazetteers needs --gazetteers.");
        }

        if (gazetteers is not null)
        {
            options.Names = ReadNameLists(gazetteers);
            options.Log($"name lists: {options.Names.Count} names from {gazetteers}");
        }

        if (externalGazetteers is not null)
        {
            var external = ReadExternalNameLists(externalGazetteers);
            options.Names = options.Names!.WithExternal(external);
            options.Log($"external name lists: {external.Count} names from {externalGazetteers}");
        }

        var trainSentences = ConllCorpus.Read(trainPath);
        var devSentences = ConllCorpus.Read(devPath);
        if (annotations.Length > 0)
        {
            if (texts is null || !Directory.Exists(texts))
            {
                throw new CliException(ExitCodes.Usage, "--annotations needs --texts, the directory their ids are relative to.");
            }

            options.Log("bootstrap tagger (CoNLL only) for places and other names in the annotated articles");
            var bootstrap = NerTrainer.TrainEntityModel(trainSentences, devSentences, options with { Log = _ => { }, Encoder = null });
            var documents = annotations.SelectMany(AnnotationFiles).SelectMany(GoldDocument.ReadAll).ToList();
            trainSentences = [.. trainSentences, .. SilverCorpus.Build(documents, TextsOf(documents, texts), new EntityTagger(bootstrap), options.Log)];
        }

        using var encoder = contextual.Enabled ? new NewsFacts.Contextual.MiniLmTokenEncoder(contextPieces: contextual.Context) : null;
        if (encoder is not null)
        {
            var documents = ConllDocument.Group(trainSentences).Concat(ConllDocument.Group(devSentences)).ToList();
            options.Encoder = CachedVectors(encoder, documents, contextual.Cache, options.Log);
            options.ContextualScale = contextual.Scale;
            options.ContextualByCase = contextual.ByCase;
        }

        if (contextual.WordVectors)
        {
            var (words, forTraining) = WordVectors(trainSentences, gazetteers, contextual.Vocabulary, contextual.HideRareWords, contextual.WordWindow, options.Log);
            options.Encoder = words;
            options.TrainingEncoder = forTraining;
            options.ContextualScale = contextual.Scale;
            return WriteEntityModel(words.Bake(NerTrainer.TrainEntityModel(trainSentences, devSentences, options)), outputPath, clock);
        }

        return WriteEntityModel(NerTrainer.TrainEntityModel(trainSentences, devSentences, options), outputPath, clock);
    }

    // Vectors of the training texts' words, the external files' words and the encoder's own whole words, each read alone.
    private static PairWordVectors RelationWordVectors(List<GoldDocument> documents, Func<string, string?> readText, IEnumerable<string> files, float scale, Action<string> log)
    {
        var fromTexts = documents.Select(d => readText(d.Doc)).OfType<string>().SelectMany(WordVocabulary.WordsOf);
        var words = WordVocabulary.Build([], fromTexts.Concat(WordVocabulary.WordsOfFiles(files)).Concat(NewsFacts.Contextual.MiniLmWordVectors.VocabularyWords()));
        return new PairWordVectors(words, ReadAlone(words, log), scale);
    }

    private static float[][] ReadAlone(List<string> words, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        using var encoder = new NewsFacts.Contextual.MiniLmWordVectors();
        var vectors = encoder.VectorsOf(words, Environment.ProcessorCount);
        log($"word vectors: {words.Count} words read alone by {NewsFacts.Contextual.MiniLmWordVectors.Name} in {clock.Elapsed.TotalSeconds:F0} s");
        return vectors;
    }

    // The vocabulary (training text, curated names, the encoder's own words; not the tuning text) read word by word.
    // The training text's rare words are hidden from training (see WordVocabulary.RareWords).
    private static (WordVectorEncoder All, WordVectorEncoder ForTraining) WordVectors(List<ConllSentence> trainSentences, string? gazetteers, string[] vocabulary, int hideRareWords, int window, Action<string> log)
    {
        var names = gazetteers is null ? [] : Directory.EnumerateFiles(gazetteers, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(NameListLines).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var lists = names.Concat(NewsFacts.Contextual.MiniLmWordVectors.VocabularyWords()).Concat(WordVocabulary.WordsOfFiles(vocabulary)).ToList();
        var documents = ConllDocument.Group(trainSentences);
        var words = WordVocabulary.Build(documents, lists);
        var hidden = WordVocabulary.RareWords(documents, lists, hideRareWords);
        var vectors = ReadAlone(words, log);
        var all = new WordVectorEncoder(words, vectors, vectors.Length == 0 ? 0 : vectors[0].Length, NewsFacts.Contextual.MiniLmWordVectors.Name, window);
        log($"word vectors: {hidden.Count} words found in at most {hideRareWords} training documents hidden from training");
        return (all, all.Hiding(hidden));
    }

    // Every training and tuning sentence encoded once (in parallel), kept in DIRECTORY/<encoder>.vectors when asked.
    private static CachedTokenEncoder CachedVectors(NewsFacts.Entities.ITokenEncoder encoder, List<ConllDocument> documents, string? directory, Action<string> log)
    {
        var cached = new CachedTokenEncoder(encoder);
        string? path = directory is null ? null : Path.Combine(directory, string.Concat(encoder.Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".vectors");
        if (path is not null && File.Exists(path))
        {
            cached.Load(path);
            log($"contextual vectors: {cached.Count} sentences read from {path}");
        }

        int before = cached.Count;
        cached.Prefetch(documents, Environment.ProcessorCount, log);
        if (path is not null && cached.Count > before)
        {
            Directory.CreateDirectory(directory!);
            cached.Save(path);
        }

        return cached;
    }

    private static int WriteEntityModel(EntityModel model, string outputPath, Stopwatch clock)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        Directory.CreateDirectory(directory!);
        string temporary = outputPath + ".tmp";
        using (var file = File.Create(temporary))
        {
            model.Save(file);
        }

        File.Move(temporary, outputPath, overwrite: true);
        Console.WriteLine($"wrote {outputPath} ({new FileInfo(outputPath).Length / 1048576.0:F1} MB) in {clock.Elapsed:mm\\:ss}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The dense-vector training settings: the accurate mode (on or off, vector length, weights by case, context, an
    /// optional vector cache directory) and the fast model's word vectors (on or off, more vocabulary files, how rare a
    /// training word must be to be hidden).
    /// </summary>
    private sealed record ContextualSettings(bool Enabled, float Scale, bool ByCase, int Context, string? Cache, bool WordVectors, string[] Vocabulary, int HideRareWords, int WordWindow);
}

using System.CommandLine;
using System.Diagnostics;
using NewsFacts.Training.Facts;
using NewsFacts.Training.Ner;
using NewsFacts.Training.Relations;

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
        var command = new Command("ner", "Train the entity tagger (averaged structured perceptron, two passes)") { train, dev, output, seed, epochs, unlabeled, unlabeledIds, clusters, bits };
        command.SetAction((result, _) => CliRunner.Run(() => Task.FromResult(TrainNer(
            result.GetValue(train)!, result.GetValue(dev)!, result.GetValue(output)!, result.GetValue(seed), result.GetValue(epochs),
            result.GetValue(unlabeled) ?? [], result.GetValue(unlabeledIds), result.GetValue(clusters), result.GetValue(bits)))));
        return command;
    }

    private static Command CreateRelations()
    {
        var annotations = new Option<string[]>("--annotations") { Description = "Gold-format annotation files or directories of *.jsonl (data/annotations)", Required = true, AllowMultipleArgumentsPerToken = true };
        var texts = new Option<string>("--texts") { Description = "Directory the annotation ids are relative to (../shared/data/bbc)", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the model (models/relations.bin)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the trainer; the same seed gives the same model", DefaultValueFactory = _ => 1 };
        var exclude = new Option<string?>("--exclude-ids") { Description = "Never read these ids (e.g. the dev split), even if annotated" };
        var command = new Command("relations", "Train the relation and modality classifiers (ML.NET SDCA maximum entropy)") { annotations, texts, output, seed, exclude };
        command.SetAction((result, _) => CliRunner.Run(() => Task.FromResult(TrainRelations(
            result.GetValue(annotations)!, result.GetValue(texts)!, result.GetValue(output)!, result.GetValue(seed), result.GetValue(exclude)))));
        return command;
    }

    private static int TrainRelations(string[] annotationPaths, string textDirectory, string outputPath, int seed, string? excludeIds)
    {
        if (!Directory.Exists(textDirectory))
        {
            throw new CliException(ExitCodes.InputError, $"Directory not found: '{textDirectory}'.");
        }

        var excluded = excludeIds is null ? [] : File.ReadLines(excludeIds).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var files = annotationPaths.SelectMany(AnnotationFiles).ToList();
        var documents = files.SelectMany(GoldDocument.ReadAll).Where(d => !excluded.Contains(d.Doc)).ToList();
        var clock = Stopwatch.StartNew();
        Action<string> log = m => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}");
        log($"{documents.Count} annotated documents from {files.Count} files");
        var data = RelationDataset.Build(documents, id =>
        {
            string path = Path.Combine(textDirectory, id);
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }, log);
        var model = RelationTrainer.Train(data, new RelationTrainingOptions { Seed = seed, Log = log });
        WriteAtomically(outputPath, model.Save);
        Console.WriteLine($"wrote {outputPath} ({new FileInfo(outputPath).Length / 1048576.0:F1} MB) in {clock.Elapsed:mm\\:ss}");
        return ExitCodes.Success;
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

    private static int TrainNer(string trainPath, string devPath, string outputPath, int seed, int epochs, string[] unlabeled, string? unlabeledIds, int clusterCount, int bucketBits)
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

        var options = new NerTrainingOptions { Seed = seed, Epochs = epochs, BucketBits = bucketBits, Log = m => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}") };
        if (unlabeled.Length > 0)
        {
            var sentences = UnlabeledText.Read(unlabeled, unlabeledIds).ToList();
            options.Log($"clusters: {sentences.Count} unlabeled sentences, {sentences.Sum(s => s.Count)} tokens");
            options.Clusters = ExchangeClustering.Learn(sentences, clusterCount, minimumCount: 3, iterations: 15, options.Log);
        }

        var model = NerTrainer.TrainEntityModel(ConllCorpus.Read(trainPath), ConllCorpus.Read(devPath), options);
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
}

using System.CommandLine;
using System.Diagnostics;
using NewsFacts.Training.Ner;

namespace NewsFacts.Cli.Commands;

/// <summary><c>newsfacts train ner</c>: reproduces the shipped entity model.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train NewsFacts models from data");
        command.Subcommands.Add(CreateNer());
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

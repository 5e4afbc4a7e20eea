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
        var command = new Command("ner", "Train the entity tagger (averaged structured perceptron)") { train, dev, output, seed, epochs };
        command.SetAction((result, _) => CliRunner.Run(() => Task.FromResult(TrainNer(
            result.GetValue(train)!, result.GetValue(dev)!, result.GetValue(output)!, result.GetValue(seed), result.GetValue(epochs)))));
        return command;
    }

    private static int TrainNer(string trainPath, string devPath, string outputPath, int seed, int epochs)
    {
        EvalCommand.RequireFile(trainPath);
        EvalCommand.RequireFile(devPath);
        if (epochs < 1)
        {
            throw new CliException(ExitCodes.Usage, "--epochs must be at least 1.");
        }

        var clock = Stopwatch.StartNew();
        var options = new NerTrainingOptions { Seed = seed, Epochs = epochs, Log = m => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {m}") };
        var model = NerTrainer.Train(ConllCorpus.Read(trainPath), ConllCorpus.Read(devPath), options);
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

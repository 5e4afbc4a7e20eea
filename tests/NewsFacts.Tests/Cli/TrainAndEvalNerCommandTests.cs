using NewsFacts.Entities.Tagging;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class TrainAndEvalNerCommandTests
{
    private static string Conll => TestFiles.Fixture("conll", "tiny.conll");

    [Fact]
    public async Task Train_ner_writes_a_loadable_model_and_eval_ner_scores_it()
    {
        using var directory = new TempDirectory();
        string model = directory.File("models/ner.bin");
        var train = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", model, "--epochs", "1", "--seed", "3");
        train.AssertExit(0);
        Assert.Contains("epoch  1", train.Out);
        Assert.Contains("wrote " + model, train.Out);
        Assert.False(File.Exists(model + ".tmp"));
        using (var stream = File.OpenRead(model))
        {
            var loaded = EntityModel.Load(stream);
            Assert.Equal(19, loaded.First.BucketBits);
            Assert.NotNull(loaded.Second);
        }

        string predictions = directory.File("pred.txt");
        var eval = await CliHarness.InProcess("eval", "ner", "--conll", Conll, "--models", directory.File("models"), "--predictions", predictions);
        eval.AssertExit(0);
        string[] all = eval.Out.Split('\n').Single(l => l.StartsWith("ALL ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("125", all[1]); // gold mentions in the fixture
        Assert.Contains("confidence reliability", eval.Out);

        var lines = File.ReadAllLines(predictions);
        Assert.Equal("-DOCSTART- O O", lines[0]);
        Assert.Equal("Mary B-PER", string.Join(' ', lines[2].Split(' ')[..2]));
        Assert.All(lines.Where(l => l.Length > 0), l => Assert.Equal(3, l.Split(' ').Length));
    }

    [Fact]
    public async Task Train_ner_with_external_name_lists_writes_a_model_that_carries_them()
    {
        using var directory = new TempDirectory();
        directory.Write("lists/organizations.txt", "# curated\nReuters\n");
        directory.Write("lists/first-names.txt", "# given names\nMary\n");
        directory.Write("external/locations.txt", "# places\nParis\nGermany\n");
        directory.Write("external/name-words.txt", "# name words\nSchmidt\n");
        string model = directory.File("ner.bin");
        var train = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", model, "--epochs", "1",
            "--gazetteers", directory.File("lists"), "--external-gazetteers", directory.File("external"));
        train.AssertExit(0);
        Assert.Contains("external name lists: 3 names", train.Out);
        using var stream = File.OpenRead(model);
        var loaded = EntityModel.Load(stream);
        Assert.Equal(1, loaded.First.Names!.Count); // "Reuters"; given names are kept apart
        Assert.Equal(3, loaded.Second!.Names!.External!.Count);

        var alone = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", directory.File("m.bin"), "--external-gazetteers", directory.File("external"));
        alone.AssertExit(1);
        Assert.Contains("--gazetteers", alone.Error);

        var missing = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", directory.File("m.bin"), "--gazetteers", directory.File("lists"), "--external-gazetteers", directory.File("none"));
        missing.AssertExit(2);
        Assert.Contains("none", missing.Error);
        Assert.False(File.Exists(directory.File("m.bin")));
    }

    [Fact]
    public async Task Eval_ner_accurate_scores_the_contextual_model_and_excludes_models()
    {
        var eval = await CliHarness.InProcess("eval", "ner", "--conll", Conll, "--accurate");
        eval.AssertExit(0);
        string[] all = eval.Out.Split('\n').Single(l => l.StartsWith("ALL ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("125", all[1]);
        Assert.True(double.Parse(all[^1], System.Globalization.CultureInfo.InvariantCulture) > 0.5, eval.Out);

        var both = await CliHarness.InProcess("eval", "ner", "--conll", Conll, "--accurate", "--models", ".");
        both.AssertExit(1);
        Assert.Contains("--accurate or --models", both.Error);
    }

    [Fact]
    public async Task Train_ner_rejects_zero_epochs_and_missing_files()
    {
        using var directory = new TempDirectory();
        var zero = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", directory.File("m.bin"), "--epochs", "0");
        zero.AssertExit(1);
        Assert.Contains("--epochs", zero.Error);

        var scale = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", directory.File("m.bin"), "--contextual", "--contextual-scale", "0");
        scale.AssertExit(1);
        Assert.Contains("--contextual-scale", scale.Error);

        var relationScale = await CliHarness.InProcess("train", "relations", "--annotations", directory.File("none"), "--texts", directory.Path, "--output", directory.File("r.bin"), "--word-vectors", "--word-vector-scale", "0");
        relationScale.AssertExit(1);
        Assert.Contains("--word-vector-scale", relationScale.Error);

        var both = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", directory.File("m.bin"), "--word-vectors", "--contextual");
        both.AssertExit(1);
        Assert.Contains("--word-vectors", both.Error);

        var window = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", directory.File("m.bin"), "--word-vectors", "--word-vector-window", "2");
        window.AssertExit(1);
        Assert.Contains("--word-vector-window", window.Error);

        var windowAlone = await CliHarness.InProcess("train", "ner", "--train", Conll, "--dev", Conll, "--output", directory.File("m.bin"), "--word-vector-window", "1");
        windowAlone.AssertExit(1);
        Assert.Contains("--word-vectors", windowAlone.Error);

        var missing = await CliHarness.InProcess("train", "ner", "--train", directory.File("none.conll"), "--dev", Conll, "--output", directory.File("m.bin"));
        missing.AssertExit(2);
        Assert.False(File.Exists(directory.File("m.bin")));
    }

    [Fact]
    public async Task Eval_ner_with_a_bad_tag_exits_4()
    {
        using var directory = new TempDirectory();
        string bad = directory.Write("bad.conll", "EU NNP B-NP B-COMPANY\n\n");
        var run = await CliHarness.InProcess("eval", "ner", "--conll", bad);
        run.AssertExit(4);
        Assert.Contains("B-COMPANY", run.Error);
    }
}

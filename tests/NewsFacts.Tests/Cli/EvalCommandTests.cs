using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class EvalCommandTests
{
    private static string Gold => TestFiles.Fixture("eval", "gold.jsonl");

    private static string Predictions => TestFiles.Fixture("eval", "predictions.jsonl");

    private static string[] Row(string output, string name) =>
        output.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal))[name.Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Prediction_fixture_lines_validate_against_the_schema()
    {
        foreach (string line in File.ReadLines(Predictions))
        {
            TestFiles.AssertValid(line);
        }
    }

    [Fact]
    public async Task Eval_facts_prints_the_hand_computed_scores()
    {
        // Gold: 4 facts (business/001: 3 distinct triples, the 4th is an alias duplicate; business/002: 1, no predictions).
        // Predicted for business/001: 3 distinct triples (one duplicate dropped), 2 match; 1 of those has the right modality.
        // Triple P = 2/3, R = 2/4, F1 = 4/7; modality accuracy 1/2; strict P = 1/3, R = 1/4, F1 = 2/7.
        // Entities: gold 4 + 2 = 6; predicted ORG/PERSON canonicals {Scale AI, Meta, Jason Droege, Reuters} = 4; matched 3.
        var run = await CliHarness.InProcess("eval", "facts", "--gold", Gold, "--predictions", Predictions);
        run.AssertExit(0);
        Assert.Equal("", run.Error);
        string output = run.Out.Replace("\r\n", "\n");
        Assert.Contains("documents: 2 gold, 1 without predictions\n", output);
        Assert.Contains("facts: triple P 0.667 R 0.500 F1 0.571; modality accuracy 0.500; strict P 0.333 R 0.250 F1 0.286\n", output);
        Assert.Contains("entities: gold 6 predicted 4 matched 3  P 0.750 R 0.500 F1 0.600\n", output);

        // relation gold pred match P R F1 mod.acc strictF1
        Assert.Equal(["1", "1", "1", "1.000", "1.000", "1.000", "1.000", "1.000"], Row(output, "invests_in"));
        Assert.Equal(["1", "1", "1", "1.000", "1.000", "1.000", "0.000", "0.000"], Row(output, "ends_partnership_with"));
        Assert.Equal(["0", "1", "0", "0.000", "0.000", "0.000", "0.000", "0.000"], Row(output, "acquires"));
        Assert.Equal(["1", "0", "0", "0.000", "0.000", "0.000", "0.000", "0.000"], Row(output, "holds_role"));
        Assert.Equal(["1", "0", "0", "0.000", "0.000", "0.000", "0.000", "0.000"], Row(output, "supplies"));
        Assert.Equal(["4", "3", "2", "0.667", "0.500", "0.571", "0.500", "0.286"], Row(output, "ALL (triples)"));
    }

    [Fact]
    public async Task Eval_facts_with_a_missing_file_exits_2()
    {
        var run = await CliHarness.InProcess("eval", "facts", "--gold", Gold, "--predictions", Path.Combine(TestFiles.Base, "no-such.jsonl"));
        run.AssertExit(2);
        Assert.Contains("no-such.jsonl", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Eval_facts_with_a_malformed_prediction_exits_4_naming_the_line()
    {
        using var directory = new TempDirectory();
        string predictions = directory.Write("p.jsonl", File.ReadAllLines(Predictions)[0] + "\n{\"id\":\"x\",\"entities\":[],\"facts\":[{\"relation\":\"likes\"}]}\n");
        var run = await CliHarness.InProcess("eval", "facts", "--gold", Gold, "--predictions", predictions);
        run.AssertExit(4);
        Assert.Contains("p.jsonl:2", run.Error);
    }

    [Fact]
    public async Task Eval_facts_with_a_malformed_gold_line_exits_4()
    {
        using var directory = new TempDirectory();
        string gold = directory.Write("g.jsonl", "{\"doc\":\"a\",\"entities\":[],\"facts\":[]}\n{oops\n");
        var run = await CliHarness.InProcess("eval", "facts", "--gold", gold, "--predictions", Predictions);
        run.AssertExit(4);
        Assert.Contains("g.jsonl:2", run.Error);
    }

    [Fact]
    public async Task Eval_facts_requires_both_options()
    {
        var run = await CliHarness.InProcess("eval", "facts", "--gold", Gold);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--predictions", run.Error + run.Out);
    }
}

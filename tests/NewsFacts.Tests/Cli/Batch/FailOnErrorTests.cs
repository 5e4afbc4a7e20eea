using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>Error records leave the exit code at 0 unless --fail-on-error makes the first one fatal (exit 5).</summary>
[Collection(ConsoleCollection.Name)]
public class FailOnErrorTests
{
    private static string Input(TempDirectory directory) => directory.Write("in.jsonl", string.Join('\n',
        Corpus.JsonLine("a", "Meta said so."),
        Corpus.JsonLine("b", ""),
        Corpus.JsonLine("c", "Google declined.")) + "\n");

    [Fact]
    public async Task Error_records_exit_0_by_default()
    {
        using var directory = new TempDirectory();
        var run = await CliHarness.InProcess("extract", Input(directory), "-o", directory.File("out.jsonl"));
        run.AssertExit(0);
        Assert.Equal(3, File.ReadAllLines(directory.File("out.jsonl")).Length);
    }

    [Fact]
    public async Task Fail_on_error_stops_at_the_first_error_record_writes_it_and_exits_5()
    {
        using var directory = new TempDirectory();
        var run = await CliHarness.InProcess("extract", Input(directory), "--fail-on-error", "-o", directory.File("out.jsonl"), "-q");
        run.AssertExit(5);
        var records = File.ReadAllLines(directory.File("out.jsonl")).Select(FactsJson.Deserialize).ToArray();
        Assert.Equal(["a", "b"], records.Select(r => r.Id));
        Assert.Contains("'b'", run.Error);
        Assert.Contains(ErrorCodes.EmptyText, run.Error);
    }

    [Fact]
    public async Task Fail_on_error_without_errors_exits_0()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 5);
        var run = await CliHarness.InProcess("extract", input, "--fail-on-error", "-o", directory.File("out.jsonl"), "-q");
        run.AssertExit(0);
    }

    [Fact]
    public async Task Fail_on_error_with_a_checkpoint_commits_nothing_past_the_error_and_assembles_no_output()
    {
        using var directory = new TempDirectory();
        var run = await CliHarness.InProcess("extract", Input(directory), "--fail-on-error", "--checkpoint", directory.File("ck"), "-o", directory.File("out.jsonl"), "-q");
        run.AssertExit(5);
        Assert.False(File.Exists(directory.File("out.jsonl")));
        Assert.DoesNotContain("\"complete\": true", File.Exists(directory.File("ck/manifest.json")) ? File.ReadAllText(directory.File("ck/manifest.json")) : "");
    }

    [Theory]
    [InlineData("--max-chars", "0")]
    [InlineData("--chunk-size", "0")]
    [InlineData("--shard", "2/2")]
    [InlineData("--format", "csv")]
    [InlineData("--resume", null)]
    public async Task Bad_batch_arguments_exit_1_without_output(string option, string? value)
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess(["extract", Input(directory), option, .. value is null ? Array.Empty<string>() : [value], "-o", output]);
        run.AssertExit(1);
        Assert.False(File.Exists(output));
    }
}

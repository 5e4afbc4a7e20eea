using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>The output bytes do not depend on the thread count, the checkpointing or the chunk size.</summary>
[Collection(ConsoleCollection.Name)]
public class DeterminismTests
{
    [Fact]
    public async Task Output_bytes_are_identical_for_1_2_and_5_threads_and_through_a_checkpoint()
    {
        using var directory = new TempDirectory();
        string input = Corpus.WriteJsonl(directory, "in.jsonl", 120);
        directory.Write("more/empty.txt", "");
        directory.Write("more/a.html", "<p>Meta said <b>so</b>.</p>");
        var outputs = new List<byte[]>();
        foreach (string[] extra in new[]
        {
            new[] { "--threads", "1" },
            ["--threads", "2"],
            ["--threads", "5"],
            ["--threads", "2", "--checkpoint", directory.File("ck"), "--chunk-size", "7"],
        })
        {
            string output = directory.File($"out-{outputs.Count}.jsonl");
            var run = await CliHarness.InProcess(["extract", input, directory.File("more"), "-o", output, "-q", .. extra]);
            run.AssertExit(0);
            outputs.Add(await File.ReadAllBytesAsync(output));
        }

        Assert.Equal(122, File.ReadAllLines(directory.File("out-0.jsonl")).Length);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }
}

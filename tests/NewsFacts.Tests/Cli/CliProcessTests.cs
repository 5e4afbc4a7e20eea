using System.Text;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli;

/// <summary>The real executable: exit codes, standard input and standard output as a user sees them.</summary>
public class CliProcessTests
{
    [Fact]
    public async Task Stdin_document_is_written_to_stdout_as_one_valid_json_line()
    {
        var run = await CliHarness.AsProcess(
            Encoding.UTF8.GetBytes("OpenAI to wind down work with Scale AI\n\nMeta\u2019s investment in Scale AI was $14.3bn.\n"),
            "extract", "-", "--quiet");
        run.AssertExit(0);
        Assert.Equal("", run.Error);
        Assert.EndsWith("\n", run.Out);
        string line = Assert.Single(run.OutLines);
        TestFiles.AssertValid(line);
        var record = FactsJson.Deserialize(line);
        Assert.Equal("stdin", record.Id);
        Assert.NotNull(record.Entities);
        Assert.Contains(record.Entities, e => e.Text.Contains("Scale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_input_exits_2_with_message_on_stderr_and_nothing_on_stdout()
    {
        var run = await CliHarness.AsProcess("extract", Path.Combine(Path.GetTempPath(), "newsfacts-no-such-dir-" + Guid.NewGuid().ToString("N")));
        run.AssertExit(2);
        Assert.Equal("", run.Out);
        Assert.Contains("newsfacts-no-such-dir-", run.Error);
    }

    [Fact]
    public async Task Unknown_option_exits_non_zero_without_records()
    {
        var run = await CliHarness.AsProcess("extract", "-", "--no-such-option");
        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("\"id\"", run.Out);
        Assert.Contains("--no-such-option", run.Error);
    }

    [Fact]
    public async Task Directory_and_jsonl_records_stream_to_stdout_and_all_validate()
    {
        using var directory = new TempDirectory();
        directory.Write("news/tech/b.txt", "Google is also considering stopping using Scale AI, according to Reuters.");
        directory.Write("news/business/a.txt", "Shares in Nvidia Corp. rose 2% on the news.");
        directory.WriteBytes("news/business/c.txt", [0x41, 0x00, 0x42]);
        string jsonl = directory.Write("more.jsonl", "{\"id\":\"j1\",\"text\":\"Meta said so.\"}\nbroken\n");
        var run = await CliHarness.AsProcess("extract", directory.File("news"), jsonl);
        run.AssertExit(0);
        var lines = run.OutLines;
        Assert.All(lines, TestFiles.AssertValid);
        var records = lines.Select(FactsJson.Deserialize).ToArray();
        Assert.Equal(["business/a.txt", "business/c.txt", "tech/b.txt", "j1", jsonl.Replace('\\', '/') + ":2"], records.Select(r => r.Id));
        Assert.Equal(ErrorCodes.BinaryContent, records[1].Error?.Code);
        Assert.Equal(ErrorCodes.MalformedRecord, records[4].Error?.Code);
        Assert.Contains("5 documents", run.Error);
        Assert.Contains("2 errors", run.Error);
    }

    [Fact]
    public async Task Help_exits_0()
    {
        var run = await CliHarness.AsProcess("--help");
        run.AssertExit(0);
        Assert.Contains("extract", run.Out);
        Assert.Contains("eval", run.Out);
    }
}

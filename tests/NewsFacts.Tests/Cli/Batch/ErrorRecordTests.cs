using System.Text;
using NewsFacts.Cli.Batch;
using NewsFacts.Cli.Inputs;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>Every error code, and the rule that every input record gives exactly one output line.</summary>
[Collection(ConsoleCollection.Name)]
public class ErrorRecordTests
{
    [Fact]
    public async Task Every_error_code_is_reported_in_input_order_with_one_line_per_record()
    {
        using var directory = new TempDirectory();
        byte[] jsonl =
        [
            .. Encoding.UTF8.GetBytes(Corpus.JsonLine("ok", "Meta announced an investment in Scale AI.") + "\n"),
            .. Encoding.UTF8.GetBytes(Corpus.JsonLine("empty", "  \n ") + "\n"),
            .. Encoding.UTF8.GetBytes(Corpus.JsonLine("long", new string('x', 200)) + "\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":\"utf8\",\"text\":\"caf"), 0xFF, .. Encoding.UTF8.GetBytes("\"}\n"),
            .. Encoding.UTF8.GetBytes(Corpus.JsonLine("nul", "a\0b") + "\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":\"broken\",\n"),
            .. Encoding.UTF8.GetBytes("{\"text\":\"Google declined.\"}\n"),
        ];
        string input = directory.WriteBytes("in.jsonl", jsonl);
        directory.WriteBytes("dir/huge.txt", Encoding.UTF8.GetBytes(new string('y', 1000)));
        directory.Write("dir/bad.jsonl.gz", "this is not gzip");
        string output = directory.File("out.jsonl");

        var run = await CliHarness.InProcess("extract", input, directory.File("dir"), "--max-chars", "100", "-o", output);
        run.AssertExit(0);
        var records = File.ReadAllLines(output).Select(FactsJson.Deserialize).ToArray();
        string path = input.Replace('\\', '/');
        Assert.Equal(["ok", "empty", "long", $"{path}:4", "nul", $"{path}:6", $"{path}:7", "bad.jsonl.gz:1", "huge.txt"], records.Select(r => r.Id));
        Assert.Equal(
            [null, ErrorCodes.EmptyText, ErrorCodes.TextTooLong, ErrorCodes.InvalidUtf8, ErrorCodes.BinaryContent, ErrorCodes.MalformedRecord, null, ErrorCodes.Unreadable, ErrorCodes.TextTooLong],
            records.Select(r => r.Error?.Code));
        Assert.Contains($"{path}:6", records[5].Error!.Message);
        Assert.Contains("7 errors", run.Error);
        Assert.Contains("errors by code:", run.Error);
        Assert.Contains("text_too_long 2", run.Error);
    }

    [Fact]
    public void An_exception_inside_extraction_becomes_an_internal_error_record()
    {
        var processor = new DocumentProcessor(SharedExtractor.Default, serializeJson: true);
        var document = processor.Process(new InputRecord("x", null)); // no text and no error: extraction throws
        Assert.Equal(ErrorCodes.InternalError, document.Record.Error?.Code);
        Assert.Equal(FactsJson.Serialize(document.Record) + "\n", Encoding.UTF8.GetString(document.Json!));
    }

    [Fact]
    public async Task An_over_long_jsonl_line_is_skipped_without_buffering_and_reported()
    {
        using var directory = new TempDirectory();
        string input = directory.Write("in.jsonl", Corpus.JsonLine("big", new string('z', 5000)) + "\n" + Corpus.JsonLine("next", "Meta said so.") + "\n");
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", input, "--max-chars", "10", "-o", output, "-q");
        run.AssertExit(0);
        var records = File.ReadAllLines(output).Select(FactsJson.Deserialize).ToArray();
        Assert.Equal(ErrorCodes.TextTooLong, records[0].Error?.Code);
        Assert.Equal("next", records[1].Id);
    }

    [Fact]
    public async Task Standard_input_over_the_limit_is_text_too_long()
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcessWithStdin(new string('w', 5000), "extract", "-", "--max-chars", "100", "-o", output, "-q");
        run.AssertExit(0);
        Assert.Equal(ErrorCodes.TextTooLong, FactsJson.Deserialize(File.ReadAllText(output)).Error?.Code);
    }

    [Fact]
    public async Task Random_mixtures_of_good_and_bad_lines_give_exactly_one_record_per_line()
    {
        using var directory = new TempDirectory();
        var random = new Random(20240601);
        var lines = new List<byte[]>();
        for (int i = 0; i < 300; i++)
        {
            lines.Add(random.Next(6) switch
            {
                0 => Encoding.UTF8.GetBytes(Corpus.JsonLine($"g{i}", Corpus.Document(i, 1))),
                1 => Encoding.UTF8.GetBytes($"{{\"id\":\"m{i}\""),
                2 => [.. Encoding.UTF8.GetBytes($"{{\"id\":\"u{i}\",\"text\":\""), (byte)random.Next(0x80, 0x100), (byte)'"', (byte)'}'],
                3 => Encoding.UTF8.GetBytes(Corpus.JsonLine($"e{i}", "")),
                4 => Encoding.UTF8.GetBytes($"[{i}]"),
                _ => Encoding.UTF8.GetBytes(Corpus.JsonLine($"r{i}", RandomText(random))),
            });
        }

        string input = directory.WriteBytes("in.jsonl", [.. lines.SelectMany(l => (byte[])[.. l, (byte)'\n'])]);
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", input, "--threads", "2", "-o", output, "-q");
        run.AssertExit(0);
        var outLines = File.ReadAllLines(output);
        Assert.Equal(lines.Count, outLines.Length);
        Assert.All(outLines, TestFiles.AssertValid);
    }

    private static string RandomText(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 80)).Select(_ => (char)random.Next(1, 0xFFFF)).ToArray());
}

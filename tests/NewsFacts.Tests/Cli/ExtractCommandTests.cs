using System.Text;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class ExtractCommandTests
{
    private static DocumentRecord[] ReadRecords(string path)
    {
        var lines = File.ReadAllLines(path);
        foreach (string line in lines)
        {
            TestFiles.AssertValid(line);
        }

        return lines.Select(FactsJson.Deserialize).ToArray();
    }

    private static TempDirectory NewsDirectory()
    {
        var directory = new TempDirectory();
        directory.Write("news/business/002.txt", "Meta announced a multi-billion dollar investment in Scale AI.");
        directory.Write("news/business/001.txt", "Shares in Nvidia Corp. rose 2% on the news.");
        directory.Write("news/tech/sub/003.TXT", "Analysts at Morgan Stanley said demand was weak.");
        directory.Write("news/Z.html", "<html><body><p>Google declined to comment.</p></body></html>");
        directory.Write("news/notes.md", "not an article");
        directory.Write("news/a.json", "{}");
        return directory;
    }

    [Fact]
    public async Task Directory_input_gives_sorted_relative_ids_with_forward_slashes()
    {
        using var directory = NewsDirectory();
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", directory.File("news"), "-o", output, "--quiet");
        run.AssertExit(0);
        Assert.Equal("", run.Error);
        var records = ReadRecords(output);
        Assert.Equal(["Z.html", "business/001.txt", "business/002.txt", "tech/sub/003.TXT"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.Null(r.Error));
        Assert.NotNull(records[0].Entities); // the HTML file was converted and processed, not rejected
    }

    [Fact]
    public async Task Accurate_uses_the_contextual_entity_model_and_keeps_the_output_contract()
    {
        using var directory = NewsDirectory();
        string fast = directory.File("fast.jsonl"), accurate = directory.File("accurate.jsonl");
        (await CliHarness.InProcess("extract", directory.File("news"), "-o", fast, "--quiet")).AssertExit(0);
        (await CliHarness.InProcess("extract", directory.File("news"), "-o", accurate, "--quiet", "--accurate")).AssertExit(0);
        var records = ReadRecords(accurate);
        Assert.Equal(ReadRecords(fast).Select(r => r.Id), records.Select(r => r.Id));
        var scale = records.Single(r => r.Id == "business/002.txt");
        Assert.Contains(scale.Entities!, e => e.Canonical == "Scale AI" && e.Type == EntityType.Organization);
        Assert.Contains(scale.Facts!, f => f.Subject.Canonical == "Meta" && f.Relation == RelationType.InvestsIn && f.Object.Canonical == "Scale AI");
    }

    [Fact]
    public async Task Summary_goes_to_standard_error_unless_quiet()
    {
        using var directory = NewsDirectory();
        var run = await CliHarness.InProcess("extract", directory.File("news"), "-o", directory.File("out.jsonl"));
        run.AssertExit(0);
        Assert.StartsWith("newsfacts: 4 documents, ", run.Error);
        Assert.Contains("0 errors", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Jsonl_with_malformed_lines_gives_error_records_and_processes_the_rest()
    {
        using var directory = new TempDirectory();
        string input = directory.Write("in.jsonl", string.Join('\n',
            """{"id":"j1","text":"Meta said so."}""",
            """{not json""",
            """{"id":"j3"}""",
            """[1,2]""",
            "",
            """{"text":"Scale AI grew."}""",
            """{"id":7,"text":"Google declined."}""") + "\n");
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", input, "--output", output, "-q");
        run.AssertExit(0);
        var records = ReadRecords(output);
        string path = input.Replace('\\', '/');
        Assert.Equal(["j1", $"{path}:2", "j3", $"{path}:4", $"{path}:6", "7"], records.Select(r => r.Id));
        Assert.Null(records[0].Error);
        Assert.Null(records[4].Error);
        Assert.Null(records[5].Error);
        foreach (var (index, line) in new[] { (1, 2), (2, 3), (3, 4) })
        {
            Assert.Equal(ErrorCodes.MalformedRecord, records[index].Error?.Code);
            Assert.Contains($"{path}:{line}", records[index].Error!.Message);
        }
    }

    [Fact]
    public async Task Missing_input_exits_2_with_a_message_and_no_output()
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", directory.File("nope.txt"), "-o", output);
        run.AssertExit(2);
        Assert.Contains("nope.txt", run.Error);
        Assert.StartsWith("newsfacts: ", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Unknown_option_fails_without_output()
    {
        using var directory = NewsDirectory();
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", directory.File("news"), "--bogus", "-o", output);
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--bogus", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error_exit_1()
    {
        using var directory = NewsDirectory();
        var run = await CliHarness.InProcess("extract", directory.File("news"), "--bogus", "-o", directory.File("out.jsonl"));
        run.AssertExit(1);
    }

    [Theory]
    [InlineData("-x")]
    [InlineData("--output-file")]
    public async Task Unknown_option_before_the_inputs_is_a_usage_error_without_output(string option)
    {
        using var directory = NewsDirectory();
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", option, directory.File("news"), "-o", output);
        run.AssertExit(1);
        Assert.Contains(option, run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Unknown_command_is_a_usage_error()
    {
        var run = await CliHarness.InProcess("summarise", "x.txt");
        Assert.NotEqual(0, run.ExitCode);
    }

    [Theory]
    [InlineData("--min-confidence", "1.5")]
    [InlineData("--min-confidence", "-0.1")]
    [InlineData("--threads", "0")]
    public async Task Out_of_range_values_exit_1(string option, string value)
    {
        using var directory = NewsDirectory();
        var run = await CliHarness.InProcess("extract", directory.File("news"), option, value, "-o", directory.File("out.jsonl"));
        run.AssertExit(1);
        Assert.Contains(option, run.Error);
        Assert.False(File.Exists(directory.File("out.jsonl")));
    }

    [Fact]
    public async Task Ids_file_restricts_the_documents()
    {
        using var directory = NewsDirectory();
        string ids = directory.Write("ids.txt", "business/002.txt\n\n  tech/sub/003.TXT  \nmissing/1.txt\n");
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", directory.File("news"), "--ids", ids, "-o", output, "-q");
        run.AssertExit(0);
        Assert.Equal(["business/002.txt", "tech/sub/003.TXT"], ReadRecords(output).Select(r => r.Id));
    }

    [Fact]
    public async Task Missing_ids_file_exits_2()
    {
        using var directory = NewsDirectory();
        var run = await CliHarness.InProcess("extract", directory.File("news"), "--ids", directory.File("none.txt"), "-o", directory.File("out.jsonl"));
        run.AssertExit(2);
        Assert.Contains("none.txt", run.Error);
    }

    [Fact]
    public async Task Stdin_dash_is_read_as_one_document()
    {
        using var directory = new TempDirectory();
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcessWithStdin("Meta announced an investment in Scale AI.", "extract", "-", "-o", output, "-q");
        run.AssertExit(0);
        var record = Assert.Single(ReadRecords(output));
        Assert.Equal("stdin", record.Id);
        Assert.NotEmpty(record.Entities!);
    }

    [Fact]
    public async Task Undecodable_files_become_error_records()
    {
        using var directory = new TempDirectory();
        directory.WriteBytes("in/a_invalid.txt", [0x4D, 0x65, 0x74, 0x61, 0x20, 0xC3, 0x28, 0x20, 0xFF]);
        directory.WriteBytes("in/b_binary.txt", [0x4D, 0x65, 0x00, 0x74, 0x61]);
        directory.WriteBytes("in/c_bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Meta said so.")]);
        directory.WriteBytes("in/d_empty.txt", []);
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", directory.File("in"), "-o", output);
        run.AssertExit(0);
        var records = ReadRecords(output);
        Assert.Equal(["a_invalid.txt", "b_binary.txt", "c_bom.txt", "d_empty.txt"], records.Select(r => r.Id));
        Assert.Equal(ErrorCodes.InvalidUtf8, records[0].Error?.Code);
        Assert.Equal(ErrorCodes.BinaryContent, records[1].Error?.Code);
        Assert.Null(records[2].Error);
        Assert.All(records[2].Entities!, e => Assert.True(e.Start >= 0 && e.End <= "Meta said so.".Length));
        Assert.Equal(ErrorCodes.EmptyText, records[3].Error?.Code);
        Assert.Contains("3 errors", run.Error);
    }

    [Fact]
    public async Task Jsonl_with_invalid_utf8_gives_an_error_record_and_continues()
    {
        using var directory = new TempDirectory();
        byte[] bytes =
        [
            .. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Meta said so.\"}\n{\"id\":\"b\",\"text\":\"caf"),
            0xFF,
            .. Encoding.UTF8.GetBytes("\"}\n{\"id\":\"c\",\"text\":\"Google declined.\"}\n"),
        ];
        string input = directory.WriteBytes("in.jsonl", bytes);
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", input, "-o", output, "-q");
        run.AssertExit(0);
        var records = ReadRecords(output);
        Assert.Equal(3, records.Length);
        Assert.Equal("a", records[0].Id);
        Assert.Equal(ErrorCodes.InvalidUtf8, records[1].Error?.Code);
        Assert.Equal("c", records[2].Id);
    }

    [Fact]
    public async Task Jsonl_with_a_bom_crlf_endings_and_no_final_newline_is_read()
    {
        using var directory = new TempDirectory();
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":\"a\",\"text\":\"Meta said so.\"}\r\n\r\n{\"id\":\"b\",\"text\":\"caf\u00E9\"}")];
        string input = directory.WriteBytes("in.jsonl", bytes);
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", input, "-o", output, "-q");
        run.AssertExit(0);
        var records = ReadRecords(output);
        Assert.Equal(["a", "b"], records.Select(r => r.Id));
        Assert.All(records, r => Assert.Null(r.Error));
    }

    private static void CopyShippedModel(TempDirectory directory, string name, int? length = null)
    {
        using var shipped = NewsFacts.Models.ModelStore.OpenShipped(name)!;
        using var copy = new MemoryStream();
        shipped.CopyTo(copy);
        byte[] bytes = copy.ToArray();
        directory.WriteBytes("models/" + name, length is int n ? bytes[..n] : bytes);
    }

    [Theory]
    [InlineData("ner.bin")]
    [InlineData("relations.bin")]
    public async Task Truncated_model_exits_4(string truncated)
    {
        using var directory = NewsDirectory();
        CopyShippedModel(directory, "ner.bin", truncated == "ner.bin" ? 1000 : null);
        CopyShippedModel(directory, "relations.bin", truncated == "relations.bin" ? 100 : null);

        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", directory.File("news"), "--models", directory.File("models"), "-o", output);
        run.AssertExit(4);
        Assert.Contains("truncated", run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Gazetteer_option_adds_names_and_bad_gazetteer_exits_4()
    {
        using var directory = new TempDirectory();
        string input = directory.Write("a.txt", "Acme Robotics said sales rose.");
        string gazetteer = directory.Write("names.tsv", "# names\nAcme Robotics\tORG\n");
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", input, "--gazetteer", gazetteer, "-o", output, "-q");
        run.AssertExit(0);
        var record = Assert.Single(ReadRecords(output));
        Assert.Equal(input.Replace('\\', '/'), record.Id);
        Assert.Contains(record.Entities!, e => e.Text == "Acme Robotics" && e.Type == EntityType.Organization && e.Confidence == 1);

        string bad = directory.Write("bad.tsv", "Acme Robotics\tORG\nBeta Corp\tCOMPANY\n");
        var failed = await CliHarness.InProcess("extract", input, "--gazetteer", bad, "-o", directory.File("out2.jsonl"));
        failed.AssertExit(4);
        Assert.Contains("bad.tsv", failed.Error);
        Assert.Contains("line 2", failed.Error);
    }

    [Fact]
    public async Task Several_inputs_are_processed_in_argument_order()
    {
        using var directory = new TempDirectory();
        string b = directory.Write("b.txt", "Google declined.");
        string a = directory.Write("a.txt", "Meta said so.");
        string j = directory.Write("c.jsonl", "{\"id\":\"j\",\"text\":\"Nokia rose.\"}\n");
        string output = directory.File("out.jsonl");
        var run = await CliHarness.InProcess("extract", b, j, a, "--threads", "3", "-o", output, "-q");
        run.AssertExit(0);
        Assert.Equal([b.Replace('\\', '/'), "j", a.Replace('\\', '/')], ReadRecords(output).Select(r => r.Id));
    }

    [Fact]
    public async Task Unwritable_output_exits_3()
    {
        using var directory = NewsDirectory();
        var run = await CliHarness.InProcess("extract", directory.File("news"), "-o", directory.File("no/such/dir/out.jsonl"));
        run.AssertExit(3);
        Assert.Contains("out.jsonl", run.Error);
    }

    [Fact]
    public async Task Models_directory_without_a_model_exits_2()
    {
        using var directory = NewsDirectory();
        Directory.CreateDirectory(directory.File("models"));
        var run = await CliHarness.InProcess("extract", directory.File("news"), "--models", directory.File("models"), "-o", directory.File("out.jsonl"));
        run.AssertExit(2);
        Assert.Contains("ner.bin", run.Error);
    }
}

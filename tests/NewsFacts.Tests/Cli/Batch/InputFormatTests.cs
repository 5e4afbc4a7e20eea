using System.IO.Compression;
using System.Text;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli.Batch;

/// <summary>Each input format through the command: .jsonl.gz, Parquet, configurable fields, directories of record files.</summary>
[Collection(ConsoleCollection.Name)]
public class InputFormatTests
{
    private static DocumentRecord[] Records(string path) => File.ReadLines(path).Select(FactsJson.Deserialize).ToArray();

    private static async Task<string> ExtractAsync(TempDirectory directory, string name, params string[] args)
    {
        string output = directory.File(name);
        var run = await CliHarness.InProcess(["extract", .. args, "-o", output, "-q"]);
        run.AssertExit(0);
        return output;
    }

    [Fact]
    public async Task Gzipped_jsonl_gives_the_same_bytes_as_plain_jsonl()
    {
        using var directory = new TempDirectory();
        string plain = Corpus.WriteJsonl(directory, "in.jsonl", 30);
        string gz = directory.File("in.jsonl.gz");
        await using (var target = File.Create(gz))
        await using (var zip = new GZipStream(target, CompressionLevel.Fastest))
        {
            await zip.WriteAsync(await File.ReadAllBytesAsync(plain));
        }

        string fromPlain = await ExtractAsync(directory, "plain.out", plain);
        string fromGz = await ExtractAsync(directory, "gz.out", gz);
        Assert.Equal(await File.ReadAllBytesAsync(fromPlain), await File.ReadAllBytesAsync(fromGz));
        Assert.Equal(30, Records(fromGz).Length);
    }

    [Fact]
    public async Task Corrupt_gzip_keeps_the_lines_before_and_ends_with_one_unreadable_record()
    {
        using var directory = new TempDirectory();
        var compressed = new MemoryStream();
        await using (var zip = new GZipStream(compressed, CompressionLevel.NoCompression, leaveOpen: true))
        {
            await zip.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i => Corpus.JsonLine(Corpus.Id(i), "Meta said so.") + "\n"))));
        }

        byte[] bytes = compressed.ToArray();
        bytes[^12] ^= 0xFF; // damage the end of the deflate stream and its checksum
        string input = directory.WriteBytes("bad.jsonl.gz", bytes[..^4]);
        var records = Records(await ExtractAsync(directory, "out.jsonl", input));
        Assert.Equal(ErrorCodes.Unreadable, records[^1].Error?.Code);
        Assert.All(records[..^1], r => Assert.Null(r.Error));
        Assert.Equal(records[..^1].Select(r => r.Id), Enumerable.Range(0, records.Length - 1).Select(Corpus.Id));
    }

    [Fact]
    public async Task Jsonl_fields_are_configurable()
    {
        using var directory = new TempDirectory();
        string input = directory.Write("in.jsonl", string.Join('\n',
            Corpus.JsonLine("a", "Meta said so.", "doc", "body"),
            """{"id":"ignored","body":"Google declined."}""",
            """{"doc":"c","text":"not the configured field"}"""));
        var records = Records(await ExtractAsync(directory, "out.jsonl", input, "--id-field", "doc", "--text-field", "body"));
        Assert.Equal(["a", input.Replace('\\', '/') + ":2", "c"], records.Select(r => r.Id));
        Assert.Null(records[0].Error);
        Assert.Null(records[1].Error);
        Assert.Equal(ErrorCodes.MalformedRecord, records[2].Error?.Code);
        Assert.Contains("'body'", records[2].Error!.Message);
    }

    [Fact]
    public async Task Html_text_in_a_jsonl_record_is_converted()
    {
        using var directory = new TempDirectory();
        string html = "<!DOCTYPE html><html><body><p>Meta announced an investment in Scale AI.</p></body></html>";
        string input = directory.Write("in.jsonl", Corpus.JsonLine("h", html) + "\n");
        var record = Assert.Single(Records(await ExtractAsync(directory, "out.jsonl", input)));
        Assert.Contains(record.Entities!, e => e.Text == "Scale AI");
        Assert.All(record.Entities!, e => Assert.True(e.End <= html.Length && !e.Text.Contains('<', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Parquet_input_with_string_columns_round_trips_through_jsonl()
    {
        using var directory = new TempDirectory();
        var texts = Enumerable.Range(0, 25).Select(i => Corpus.Document(i)).ToArray();
        string jsonl = directory.Write("in.jsonl", string.Join('\n', texts.Select((t, i) => Corpus.JsonLine(Corpus.Id(i), t))));
        string parquet = directory.File("in.parquet");
        await ParquetFiles.WriteStringsAsync(parquet, new Dictionary<string, string?[]>
        {
            ["id"] = Enumerable.Range(0, 25).Select(Corpus.Id).ToArray(),
            ["text"] = texts,
        }, rowGroupSize: 7);

        string fromJsonl = await ExtractAsync(directory, "a.out", jsonl);
        string fromParquet = await ExtractAsync(directory, "b.out", parquet);
        Assert.Equal(await File.ReadAllBytesAsync(fromJsonl), await File.ReadAllBytesAsync(fromParquet));
    }

    [Fact]
    public async Task Parquet_columns_are_configurable_and_null_ids_and_texts_are_handled()
    {
        using var directory = new TempDirectory();
        string parquet = directory.File("in.parquet");
        await ParquetFiles.WriteStringsAsync(parquet, new Dictionary<string, string?[]>
        {
            ["url"] = ["u1", null, "u3", "u4"],
            ["body"] = ["Meta said so.", "Google declined.", null, "A\0B"],
        });
        var run = await CliHarness.InProcess("extract", parquet, "--id-field", "url", "--text-field", "body", "-o", directory.File("out.jsonl"), "-q");
        run.AssertExit(0);
        var records = Records(directory.File("out.jsonl"));
        Assert.Equal(["u1", parquet.Replace('\\', '/') + ":2", "u3", "u4"], records.Select(r => r.Id));
        Assert.Null(records[0].Error);
        Assert.Null(records[1].Error);
        Assert.Equal(ErrorCodes.MalformedRecord, records[2].Error?.Code);
        Assert.Equal(ErrorCodes.BinaryContent, records[3].Error?.Code);
    }

    [Fact]
    public async Task Parquet_with_integer_ids_and_without_an_id_column_gets_ids()
    {
        using var directory = new TempDirectory();
        string withInts = directory.File("ints.parquet");
        await ParquetFiles.WriteIntIdsAsync(withInts, [7, 9], ["Meta said so.", "Google declined."]);
        string withoutIds = directory.File("texts.parquet");
        await ParquetFiles.WriteStringsAsync(withoutIds, new Dictionary<string, string?[]> { ["text"] = ["Meta said so."] });
        var records = Records(await ExtractAsync(directory, "out.jsonl", withInts, withoutIds));
        Assert.Equal(["7", "9", withoutIds.Replace('\\', '/') + ":1"], records.Select(r => r.Id));
    }

    [Fact]
    public async Task Parquet_without_the_text_column_exits_2_before_any_output()
    {
        using var directory = new TempDirectory();
        string parquet = directory.File("in.parquet");
        await ParquetFiles.WriteStringsAsync(parquet, new Dictionary<string, string?[]> { ["id"] = ["a"], ["content"] = ["x"] });
        var run = await CliHarness.InProcess("extract", parquet, "-o", directory.File("out.jsonl"));
        run.AssertExit(2);
        Assert.Contains("'text'", run.Error);
        Assert.Contains("content", run.Error);
        Assert.False(File.Exists(directory.File("out.jsonl")));
    }

    [Fact]
    public async Task A_directory_expands_jsonl_gz_and_parquet_files_in_path_order_and_reports_a_corrupt_one()
    {
        using var directory = new TempDirectory();
        directory.Write("in/b.txt", "Meta said so.");
        directory.Write("in/a/records.jsonl", Corpus.JsonLine("j1", "Google declined.") + "\n{\"text\":\"Nokia rose.\"}\n");
        await ParquetFiles.WriteStringsAsync(directory.File("in/c.parquet"), new Dictionary<string, string?[]> { ["id"] = ["p1"], ["text"] = ["BP fell."] });
        directory.Write("in/d.parquet", "not parquet at all");
        directory.Write("in/e.json", "{}");
        var records = Records(await ExtractAsync(directory, "out.jsonl", directory.File("in")));
        Assert.Equal(["j1", "a/records.jsonl:2", "b.txt", "p1", "d.parquet"], records.Select(r => r.Id));
        Assert.All(records[..4], r => Assert.Null(r.Error));
        Assert.Equal(ErrorCodes.Unreadable, records[4].Error?.Code);
    }
}

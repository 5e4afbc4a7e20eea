using System.Text;
using NewsFacts.Cli;
using NewsFacts.Cli.Inputs;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli;

public class InputReaderTests
{
    [Fact]
    public void Decode_skips_a_bom_and_reads_strict_utf8()
    {
        var record = TextDecoder.Decode("a", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("caf\u00E9 \U0001F600")], ArticleFormat.PlainText);
        Assert.Null(record.Error);
        Assert.Equal("caf\u00E9 \U0001F600", record.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xFF })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // encoded lone surrogate
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong
    [InlineData(new byte[] { 0xE2, 0x82 })] // truncated
    public void Decode_rejects_invalid_utf8(byte[] bytes)
    {
        var record = TextDecoder.Decode("a", bytes, ArticleFormat.PlainText);
        Assert.Null(record.Text);
        Assert.Equal(ErrorCodes.InvalidUtf8, record.Error?.Code);
    }

    [Fact]
    public void Decode_reports_nul_bytes_as_binary()
    {
        var record = TextDecoder.Decode("a", [0x61, 0x00, 0x62], ArticleFormat.Html);
        Assert.Equal(ErrorCodes.BinaryContent, record.Error?.Code);
        Assert.Equal(ArticleFormat.Html, record.Format);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"text\":\"t\"}", "x", null)]
    [InlineData("{\"id\":12,\"text\":\"t\"}", "12", null)]
    [InlineData("{\"text\":\"t\"}", "f.jsonl:3", null)]
    [InlineData("{\"id\":true,\"text\":\"t\"}", "f.jsonl:3", null)]
    [InlineData("{\"id\":\"x\",\"text\":5}", "x", "no string field 'text'")]
    [InlineData("{\"id\":\"x\"}", "x", "no string field 'text'")]
    [InlineData("\"just a string\"", "f.jsonl:3", "not a JSON object")]
    [InlineData("{\"id\":", "f.jsonl:3", "f.jsonl:3")]
    public void ParseJsonLine_reads_id_and_text_or_reports_a_malformed_record(string line, string id, string? error)
    {
        var record = JsonLinesInput.ParseJsonLine("f.jsonl", 3, Encoding.UTF8.GetBytes(line), ReaderSettings.Default);
        Assert.Equal(id, record.Id);
        if (error is null)
        {
            Assert.Null(record.Error);
            Assert.Equal("t", record.Text);
        }
        else
        {
            Assert.Equal(ErrorCodes.MalformedRecord, record.Error?.Code);
            Assert.Contains(error, record.Error!.Message);
            Assert.StartsWith("f.jsonl:3: ", record.Error.Message);
        }
    }

    [Fact]
    public void Validate_fails_fast_on_a_missing_input()
    {
        using var directory = new TempDirectory();
        var reader = new InputReader([directory.Path, "-", directory.File("missing.txt")], TextReader.Null);
        var error = Assert.Throws<CliException>(reader.Validate);
        Assert.Equal(ExitCodes.InputError, error.ExitCode);
    }

    [Fact]
    public async Task Html_files_in_a_directory_are_read_as_html()
    {
        using var directory = new TempDirectory();
        directory.Write("x.htm", "<p>a</p>");
        directory.Write("y.txt", "<p>b</p>");
        var records = await new InputReader([directory.Path], TextReader.Null).ReadAllAsync().ToListAsync();
        Assert.Equal([("x.htm", ArticleFormat.Html), ("y.txt", ArticleFormat.PlainText)], records.Select(r => (r.Id, r.Format)));
    }

    private static string[] Lines(byte[] bytes, long maxLineBytes = long.MaxValue)
    {
        var reader = new LineReader(new MemoryStream(bytes), maxLineBytes);
        var lines = new List<string>();
        while (reader.TryRead(out var line))
        {
            lines.Add(line.Bytes is null ? $"<{line.Length} bytes>" : Encoding.UTF8.GetString(line.Bytes));
        }

        return [.. lines];
    }

    [Theory]
    [InlineData("a\nb\n", "a|b")]
    [InlineData("a\r\nb", "a|b")]
    [InlineData("a\n\nb\r\n\r\n", "a||b|")]
    [InlineData("a\rb\n", "a\rb")] // only '\n' ends a line
    [InlineData("", "")]
    public void SplitLines_splits_at_newlines_and_drops_a_final_carriage_return(string text, string expected)
    {
        string[] lines = Lines(Encoding.UTF8.GetBytes(text));
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), lines);
    }

    [Fact]
    public void A_line_over_the_limit_is_reported_by_length_and_the_next_line_is_read()
    {
        string longLine = new('x', 200_000);
        Assert.Equal(["a", "<200001 bytes>", "b"], Lines(Encoding.UTF8.GetBytes("a\n" + longLine + "\r\nb"), maxLineBytes: 1000));
    }

    [Fact]
    public void SplitLines_joins_a_line_longer_than_its_buffer()
    {
        string longLine = new('x', 200_000);
        Assert.Equal([longLine, "y"], Lines(Encoding.UTF8.GetBytes(longLine + "\ny\n")));
    }

    [Fact]
    public void DecodeJsonLine_reports_invalid_utf8_with_a_file_and_line_id()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"id\":\"b\",\"text\":\"caf"), 0xFF, .. Encoding.UTF8.GetBytes("\"}")];
        var record = JsonLinesInput.DecodeJsonLine("dir\\f.jsonl", 2, bytes);
        Assert.NotNull(record);
        Assert.Equal("dir/f.jsonl:2", record.Id);
        Assert.Null(record.Text);
        Assert.Equal(ErrorCodes.InvalidUtf8, record.Error?.Code);
        Assert.StartsWith("dir\\f.jsonl:2: ", record.Error!.Message);
    }

    [Fact]
    public void DecodeJsonLine_skips_a_bom_on_the_first_line_and_blank_lines()
    {
        byte[] line = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":\"x\",\"text\":\"t\"}")];
        var record = JsonLinesInput.DecodeJsonLine("f.jsonl", 1, line);
        Assert.Equal(("x", "t"), (record?.Id, record?.Text));
        Assert.Equal(ErrorCodes.MalformedRecord, JsonLinesInput.DecodeJsonLine("f.jsonl", 2, line)?.Error?.Code); // a BOM mid-file is not JSON
        Assert.Null(JsonLinesInput.DecodeJsonLine("f.jsonl", 3, Encoding.UTF8.GetBytes(" \t")));
    }
}

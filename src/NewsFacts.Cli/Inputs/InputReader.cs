using System.Text;
using System.Text.Json;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Inputs;

/// <summary>
/// Reads documents lazily from the command's inputs: .txt files, directories (recursive, in ordinal order of
/// relative path, ids relative to the directory with '/'), .jsonl files (fields id and text) and "-" for standard
/// input. A document that cannot be decoded becomes an error record, never a crash; a missing input is fatal.
/// </summary>
internal sealed class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IReadOnlyList<string> _inputs;
    private readonly TextReader _stdin;

    public InputReader(IReadOnlyList<string> inputs, TextReader stdin)
    {
        _inputs = inputs;
        _stdin = stdin;
    }

    /// <summary>Fails fast, before any output, when an input does not exist.</summary>
    public void Validate()
    {
        foreach (string input in _inputs)
        {
            if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
            {
                throw new CliException(ExitCodes.InputError, $"Input not found: '{input}'.");
            }
        }
    }

    public IEnumerable<InputRecord> ReadAll()
    {
        foreach (string input in _inputs)
        {
            if (input == "-")
            {
                yield return new InputRecord("stdin", _stdin.ReadToEnd());
            }
            else if (Directory.Exists(input))
            {
                foreach (var record in ReadDirectory(input))
                {
                    yield return record;
                }
            }
            else if (input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var record in ReadJsonLines(input))
                {
                    yield return record;
                }
            }
            else
            {
                yield return ReadFile(input, input.Replace('\\', '/'));
            }
        }
    }

    private static IEnumerable<InputRecord> ReadDirectory(string directory)
    {
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            .Select(f => (Path: f, Id: Path.GetRelativePath(directory, f).Replace('\\', '/')))
            .OrderBy(f => f.Id, StringComparer.Ordinal);
        foreach (var (path, id) in files)
        {
            yield return ReadFile(path, id);
        }
    }

    private static InputRecord ReadFile(string path, string id)
    {
        var format = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Html : ArticleFormat.PlainText;
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputRecord(id, null, format, new ExtractionError(ErrorCodes.Unreadable, $"Cannot read '{path}': {e.Message}"));
        }

        return Decode(id, bytes, format);
    }

    /// <summary>Decodes UTF-8 strictly (a BOM is skipped); binary and invalid bytes become error records.</summary>
    internal static InputRecord Decode(string id, ReadOnlySpan<byte> bytes, ArticleFormat format)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new InputRecord(id, null, format, new ExtractionError(ErrorCodes.BinaryContent, "The input contains NUL bytes: it looks like binary data, not text."));
        }

        try
        {
            return new InputRecord(id, StrictUtf8.GetString(bytes), format);
        }
        catch (DecoderFallbackException e)
        {
            return new InputRecord(id, null, format, new ExtractionError(ErrorCodes.InvalidUtf8, $"The input is not valid UTF-8 (byte offset {e.Index})."));
        }
    }

    // Lines are split as bytes and decoded one by one, so invalid UTF-8 costs one error record, not the file.
    private static IEnumerable<InputRecord> ReadJsonLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        int number = 0;
        foreach (byte[] bytes in SplitLines(stream))
        {
            number++;
            if (DecodeJsonLine(path, number, bytes) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>
    /// Decodes one line of a .jsonl file strictly (a BOM on the first line is skipped) and parses it;
    /// null for a blank line. Invalid UTF-8 gives an <see cref="ErrorCodes.InvalidUtf8"/> record with the
    /// id "file:line".
    /// </summary>
    internal static InputRecord? DecodeJsonLine(string path, int number, ReadOnlySpan<byte> bytes)
    {
        if (number == 1 && bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string line;
        try
        {
            line = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            return new InputRecord(FallbackId(path, number), null, ArticleFormat.PlainText, new ExtractionError(
                ErrorCodes.InvalidUtf8, $"{path}:{number}: the line is not valid UTF-8 (byte offset {e.Index})."));
        }

        return string.IsNullOrWhiteSpace(line) ? null : ParseJsonLine(path, number, line);
    }

    /// <summary>Splits a stream into lines at '\n' (a "\r\n" ending loses its '\r'), reading lazily.</summary>
    internal static IEnumerable<byte[]> SplitLines(Stream stream)
    {
        var buffer = new byte[1 << 16];
        using var line = new MemoryStream();
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            int newline;
            while ((newline = Array.IndexOf(buffer, (byte)'\n', start, read - start)) >= 0)
            {
                line.Write(buffer, start, newline - start);
                yield return TakeLine(line);
                start = newline + 1;
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return TakeLine(line);
        }
    }

    private static byte[] TakeLine(MemoryStream line)
    {
        var span = line.GetBuffer().AsSpan(0, (int)line.Length);
        byte[] bytes = (span.EndsWith("\r"u8) ? span[..^1] : span).ToArray();
        line.SetLength(0);
        return bytes;
    }

    internal static InputRecord ParseJsonLine(string path, int number, string line)
    {
        string fallbackId = FallbackId(path, number);
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Malformed(fallbackId, path, number, "the line is not a JSON object");
            }

            string id = json.RootElement.TryGetProperty("id", out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? idElement.ToString()
                : fallbackId;
            if (!json.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return Malformed(id, path, number, "the record has no string field 'text'");
            }

            return new InputRecord(id, text.GetString());
        }
        catch (JsonException e)
        {
            return Malformed(fallbackId, path, number, e.Message);
        }
    }

    private static string FallbackId(string path, int number) => $"{path.Replace('\\', '/')}:{number}";

    private static InputRecord Malformed(string id, string path, int number, string why) =>
        new(id, null, ArticleFormat.PlainText, new ExtractionError(ErrorCodes.MalformedRecord, $"{path}:{number}: {why}."));
}

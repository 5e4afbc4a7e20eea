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

    private static IEnumerable<InputRecord> ReadJsonLines(string path)
    {
        int number = 0;
        foreach (string line in File.ReadLines(path, StrictUtf8))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseJsonLine(path, number, line);
        }
    }

    internal static InputRecord ParseJsonLine(string path, int number, string line)
    {
        string fallbackId = $"{path.Replace('\\', '/')}:{number}";
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

    private static InputRecord Malformed(string id, string path, int number, string why) =>
        new(id, null, ArticleFormat.PlainText, new ExtractionError(ErrorCodes.MalformedRecord, $"{path}:{number}: {why}."));
}

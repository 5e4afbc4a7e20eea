using System.IO.Compression;
using System.Text.Json;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Inputs;

/// <summary>
/// Reads .jsonl and .jsonl.gz files: one JSON object per line with an id and a text field. A line that is not
/// valid UTF-8, not JSON, or has no text becomes an error record naming file and line; a missing id is derived
/// from file and line ("file:line"); a corrupt or unreadable file ends with one unreadable_input record.
/// </summary>
internal static class JsonLinesInput
{
    /// <summary>Whether the path names a JSON Lines file (plain or gzip-compressed).</summary>
    public static bool Handles(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The records of one file, as <paramref name="source"/> (the name used in fallback ids and messages).</summary>
    public static IEnumerable<InputRecord> Read(string path, string source, ReaderSettings settings, RecordSelector selector, ByteCounter counter)
    {
        Stream? stream = null;
        string? failure = null;
        string failureId = FallbackId(source, 0);
        try
        {
            stream = Open(path, counter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e.Message;
        }

        if (stream is null)
        {
            if (selector.Accept(failureId))
            {
                yield return Unreadable(failureId, $"Cannot read '{source}': {failure}");
            }

            yield break;
        }

        using (stream)
        {
            var lines = new LineReader(stream, settings.MaxLineBytes);
            long number = 0;
            while (true)
            {
                Line line;
                try
                {
                    if (!lines.TryRead(out line))
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    // The rest of the file is lost to a read error or a corrupt .gz: say so once, at the line it hit.
                    failureId = FallbackId(source, number + 1);
                    failure = $"{source}:{number + 1}: cannot read on from this line: {e.Message}";
                    break;
                }

                number++;
                if (Decode(source, number, line, settings) is { } record && selector.Accept(record.Id))
                {
                    yield return record;
                }
            }
        }

        if (failure is not null && selector.Accept(failureId))
        {
            yield return Unreadable(failureId, failure);
        }
    }

    private static Stream Open(string path, ByteCounter counter)
    {
        Stream file = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), counter);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>One line as a record; null for a blank line.</summary>
    internal static InputRecord? Decode(string source, long number, Line line, ReaderSettings settings)
    {
        if (line.Bytes is not { } bytes)
        {
            return new InputRecord(FallbackId(source, number), null, ArticleFormat.PlainText, TextDecoder.TooLong($"{source}:{number}: the line", line.Length, "bytes", settings.MaxLineBytes));
        }

        return DecodeJsonLine(source, number, bytes, settings);
    }

    /// <summary>
    /// Decodes one line strictly (a BOM on the first line is skipped) and parses it; null for a blank line.
    /// Invalid UTF-8 gives an invalid_utf8 record with the id "file:line".
    /// </summary>
    internal static InputRecord? DecodeJsonLine(string source, long number, ReadOnlyMemory<byte> bytes, ReaderSettings? settings = null)
    {
        if (number == 1 && bytes.Span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (TextDecoder.FindInvalidUtf8(bytes.Span) is { } why)
        {
            return new InputRecord(FallbackId(source, number), null, ArticleFormat.PlainText, new ExtractionError(
                ErrorCodes.InvalidUtf8, $"{source}:{number}: the line is not valid UTF-8 ({why})."));
        }

        return bytes.Span.Trim(" \t\r\n"u8).IsEmpty ? null : ParseJsonLine(source, number, bytes, settings ?? ReaderSettings.Default);
    }

    /// <summary>Parses one line: id (string or number; else derived) and text (a string).</summary>
    internal static InputRecord ParseJsonLine(string source, long number, ReadOnlyMemory<byte> line, ReaderSettings settings)
    {
        string fallbackId = FallbackId(source, number);
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Malformed(fallbackId, source, number, "the line is not a JSON object");
            }

            string id = root.TryGetProperty(settings.IdField, out var idElement) && idElement.ValueKind is JsonValueKind.String or JsonValueKind.Number
                && idElement.ToString() is { Length: > 0 } value
                ? value
                : fallbackId;
            if (!root.TryGetProperty(settings.TextField, out var text) || text.ValueKind != JsonValueKind.String)
            {
                return Malformed(id, source, number, $"the record has no string field '{settings.TextField}'");
            }

            string content = text.GetString()!;
            return TextDecoder.FromText(id, content, TextDecoder.Sniff(content));
        }
        catch (JsonException e)
        {
            return Malformed(fallbackId, source, number, e.Message);
        }
    }

    /// <summary>The id of a record without one: the file as named on the command line (or relative to its directory) and the line.</summary>
    internal static string FallbackId(string source, long number) =>
        number > 0 ? $"{source.Replace('\\', '/')}:{number}" : source.Replace('\\', '/');

    private static InputRecord Malformed(string id, string source, long number, string why) =>
        new(id, null, ArticleFormat.PlainText, new ExtractionError(ErrorCodes.MalformedRecord, $"{source}:{number}: {why}."));

    private static InputRecord Unreadable(string id, string message) =>
        new(id, null, ArticleFormat.PlainText, new ExtractionError(ErrorCodes.Unreadable, message));
}

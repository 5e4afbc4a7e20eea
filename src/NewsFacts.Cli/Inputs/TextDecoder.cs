using System.Text;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Inputs;

/// <summary>Turns raw bytes or decoded strings into input records, or into error records saying what is wrong.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8 strictly (a BOM is skipped); binary and invalid bytes become error records.</summary>
    public static InputRecord Decode(string id, ReadOnlySpan<byte> bytes, ArticleFormat format)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new InputRecord(id, null, format, Binary());
        }

        return TryDecode(bytes, out string? text, out string? why)
            ? new InputRecord(id, text, format)
            : new InputRecord(id, null, format, new ExtractionError(ErrorCodes.InvalidUtf8, $"The input is not valid UTF-8 ({why})."));
    }

    /// <summary>Decodes strictly; on failure <paramref name="why"/> names the byte offset.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string? text, out string? why)
    {
        why = FindInvalidUtf8(bytes);
        text = why is null ? Encoding.UTF8.GetString(bytes) : null;
        return why is null;
    }

    /// <summary>Null for valid UTF-8, else where it breaks ("byte offset N").</summary>
    public static string? FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        // The vectorised check is the common path; the throwing decoder only runs to find the offset.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            StrictUtf8.GetCharCount(bytes);
            return "byte offset unknown";
        }
        catch (DecoderFallbackException e)
        {
            return $"byte offset {e.Index}";
        }
    }

    /// <summary>A record for a text that arrived already decoded (JSONL, Parquet): NUL characters mean binary data.</summary>
    public static InputRecord FromText(string id, string text, ArticleFormat format) =>
        text.Contains('\0', StringComparison.Ordinal) ? new InputRecord(id, null, format, Binary()) : new InputRecord(id, text, format);

    /// <summary>
    /// HTML for a record without a file name to tell (JSONL, Parquet, standard input): a text that starts with a
    /// doctype or an html tag is converted to text rather than tagged as if it were prose.
    /// </summary>
    public static ArticleFormat Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            ? ArticleFormat.Html
            : ArticleFormat.PlainText;
    }

    /// <summary>The error for a text over the size limit, found before it was read.</summary>
    public static ExtractionError TooLong(string what, long size, string unit, long limit) =>
        new(ErrorCodes.TextTooLong, $"{what} has {size} {unit}; the limit is {limit} (--max-chars).");

    private static ExtractionError Binary() =>
        new(ErrorCodes.BinaryContent, "The input contains NUL bytes: it looks like binary data, not text.");
}

using System.Text.Json.Serialization;

namespace NewsFacts.Facts;

/// <summary>Why a document could not be processed. Codes are stable; messages are for people.</summary>
/// <param name="Code">A stable, lower-case code such as <c>empty_text</c> (see <see cref="ErrorCodes"/>).</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record ExtractionError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>The error codes NewsFacts emits in error records.</summary>
public static class ErrorCodes
{
    /// <summary>The text is empty or only whitespace.</summary>
    public const string EmptyText = "empty_text";
    /// <summary>The text is longer than <see cref="NewsFactsOptions.MaxTextLength"/>.</summary>
    public const string TextTooLong = "text_too_long";
    /// <summary>The input bytes are not valid UTF-8.</summary>
    public const string InvalidUtf8 = "invalid_utf8";
    /// <summary>The input looks like binary data rather than text.</summary>
    public const string BinaryContent = "binary_content";
    /// <summary>A JSON Lines record could not be parsed or lacks its text.</summary>
    public const string MalformedRecord = "malformed_record";
    /// <summary>An input could not be read.</summary>
    public const string Unreadable = "unreadable_input";
    /// <summary>An unexpected failure inside the pipeline (a bug: please report it).</summary>
    public const string InternalError = "internal_error";
}

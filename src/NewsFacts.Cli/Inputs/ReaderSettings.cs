namespace NewsFacts.Cli.Inputs;

/// <summary>How inputs are read: the field (column) names of JSONL and Parquet records, and the size limit.</summary>
/// <param name="IdField">The JSONL field or Parquet column holding the document id.</param>
/// <param name="TextField">The JSONL field or Parquet column holding the document text.</param>
/// <param name="MaxChars">The longest text processed, in UTF-16 characters; longer ones become text_too_long records.</param>
internal sealed record ReaderSettings(string IdField = "id", string TextField = "text", int MaxChars = NewsFactsOptions.DefaultMaxTextLength)
{
    /// <summary>The defaults: fields id and text, the library's length limit.</summary>
    public static ReaderSettings Default { get; } = new();

    /// <summary>
    /// A file longer than this cannot decode to MaxChars characters or fewer (UTF-8 spends at most 3 bytes per
    /// UTF-16 character, plus a BOM), so it is rejected without being read into memory.
    /// </summary>
    public long MaxFileBytes => (3L * MaxChars) + 3;

    /// <summary>
    /// A JSONL line longer than this is skipped without being buffered: JSON may spend 6 bytes per character
    /// (\uXXXX), plus room for the other fields; capped so one line never needs more than 1 GiB.
    /// </summary>
    public long MaxLineBytes => Math.Min((6L * MaxChars) + (1 << 20), 1L << 30);
}

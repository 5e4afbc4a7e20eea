using NewsFacts.Facts;

namespace NewsFacts.Cli.Batch;

/// <summary>One document's output: its record, its tokens (for throughput) and, when needed, its JSON line.</summary>
/// <param name="Record">The record of the output contract (entities and facts, or the error).</param>
/// <param name="Tokens">How many tokens the document had (0 for an error record).</param>
/// <param name="Json">The UTF-8 JSON line with its '\n', serialised on the worker thread; null when not needed.</param>
internal sealed record ProcessedDocument(DocumentRecord Record, int Tokens, byte[]? Json);

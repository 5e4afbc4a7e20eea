using NewsFacts.Facts;

namespace NewsFacts.Cli.Inputs;

/// <summary>One document read from an input, or the reason it could not be read.</summary>
internal sealed record InputRecord(string Id, string? Text, ArticleFormat Format = ArticleFormat.PlainText, ExtractionError? Error = null);

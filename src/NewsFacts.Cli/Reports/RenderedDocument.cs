using NewsFacts.Facts;

namespace NewsFacts.Cli.Reports;

/// <summary>One document of a report: its record and text, and its page as rendered for a batch (with the index link).</summary>
internal sealed record RenderedDocument(DocumentRecord Record, string Text, string BatchPage);

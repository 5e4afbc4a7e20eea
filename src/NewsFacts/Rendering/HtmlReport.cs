using System.Globalization;
using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>
/// Renders one document's extraction as a self-contained HTML page for review: the article with entity
/// mentions highlighted by type (canonical name on hover; aliases and pronoun references linked to their
/// entity), a filterable table of facts whose rows highlight their evidence when selected, an SVG graph of
/// the entities and relations, and the entity list. The page loads nothing (inline style and script, and a
/// Content-Security-Policy that forbids everything else); all text from the document and record is
/// HTML-escaped; the same input always gives the same bytes.
/// </summary>
/// <example>
/// <code>
/// var result = NewsFactsExtractor.CreateDefault().Extract(articleText, id: "business/001.txt");
/// File.WriteAllText("001.html", HtmlReport.RenderDocument(result));
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>Renders the page of an extraction result (its text and its output record).</summary>
    public static string RenderDocument(ExtractionResult result, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return RenderDocument(result.Text, result.ToRecord(), options);
    }

    /// <summary>
    /// Renders the page of a document given its text and its record (for example a line read back with
    /// <see cref="FactsJson.Deserialize"/>). Offsets in the record index into <paramref name="text"/>; spans
    /// that do not fit the text are listed but not highlighted.
    /// </summary>
    public static string RenderDocument(string text, DocumentRecord record, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteDocument(writer, text, record, options);
        return writer.ToString();
    }

    /// <summary>Writes the page of a document to <paramref name="writer"/>; see <see cref="RenderDocument(string, DocumentRecord, HtmlReportOptions?)"/>.</summary>
    public static void WriteDocument(TextWriter writer, string text, DocumentRecord record, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(record);
        DocumentPage.Write(writer, DocumentView.Build(text, record), options ?? new HtmlReportOptions());
    }
}

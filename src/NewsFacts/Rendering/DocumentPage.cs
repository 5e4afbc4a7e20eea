using System.Globalization;
using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>Lays out a document page: header, highlighted article, facts with filters, graph, entities and the raw record.</summary>
internal static class DocumentPage
{
    /// <summary>Writes the whole page for <paramref name="view"/>.</summary>
    public static void Write(TextWriter writer, DocumentView view, HtmlReportOptions options)
    {
        var record = view.Record;
        string title = options.Title ?? record.Id;
        PageShell.WriteHead(writer, title + " · NewsFacts", withScript: true);

        writer.Write("<header>\n");
        if (options.IndexHref is { } index)
        {
            writer.Write("<nav><a");
            HtmlEscape.Attribute(writer, "href", index);
            writer.Write(">← all documents</a></nav>\n");
        }

        writer.Write("<h1>");
        HtmlEscape.Text(writer, title);
        writer.Write("</h1>\n<p class=\"summary\">");
        writer.Write(Count(record.Entities?.Count ?? 0, "entity mention", "entity mentions"));
        writer.Write(" of ");
        writer.Write(Count(view.Entities.Count, "entity", "entities"));
        writer.Write(" · ");
        writer.Write(Count(view.Facts.Count, "fact", "facts"));
        writer.Write("</p>\n</header>\n<main class=\"doc\">\n<div class=\"main-column\">\n");

        if (record.Error is { } error)
        {
            writer.Write("<section class=\"error\" id=\"error\"><h2>Not processed</h2><p><code>");
            HtmlEscape.Text(writer, error.Code);
            writer.Write("</code> ");
            HtmlEscape.Text(writer, error.Message);
            writer.Write("</p></section>\n");
        }

        writer.Write("<section class=\"article\"><h2>Article</h2>\n<p class=\"legend\">");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            writer.Write("<span class=\"ent t-");
            writer.Write(ContractText.CssOf(type));
            writer.Write("\">");
            writer.Write(ContractText.Of(type));
            writer.Write("</span>");
        }

        writer.Write("<span class=\"ent t-org k-alias\">alias</span><span class=\"ent t-org k-ref\">reference (it, the company)</span><span>hover: canonical name · select a fact: its evidence</span></p>\n<div id=\"text\" class=\"text\">");
        HighlightedText.Write(writer, view);
        writer.Write("</div>\n</section>\n</div>\n<div class=\"side-column\">\n<section class=\"facts-section\"><h2>Facts</h2>\n");
        FactTable.Write(writer, view);
        writer.Write("</section>\n<section class=\"graph-section\"><h2>Graph</h2>\n");
        WriteGraphLegend(writer);
        EntityGraph.Write(writer, view);
        writer.Write("</section>\n<section class=\"entities-section\"><h2>Entities</h2>\n");
        EntityList.Write(writer, view);
        writer.Write("</section>\n<section class=\"record-section\"><details><summary>Record (JSON Lines)</summary><pre>");
        HtmlEscape.Text(writer, FactsJson.Serialize(record));
        writer.Write("</pre></details></section>\n</div>\n</main>\n");
        PageShell.WriteEnd(writer, withScript: true);
    }

    private static void WriteGraphLegend(TextWriter writer)
    {
        writer.Write("<p class=\"legend\">");
        foreach (var (name, dashes, colour) in new[] { ("asserted", "", "#4a5160"), ("planned", "7 4", "#4a5160"), ("considering", "1.5 3.5", "#4a5160"), ("negated ✕", "", "#c62828") })
        {
            writer.Write("<span><svg width=\"34\" height=\"8\" aria-hidden=\"true\"><line x1=\"1\" y1=\"4\" x2=\"33\" y2=\"4\" stroke-width=\"1.6\" stroke-linecap=\"round\" stroke=\"");
            writer.Write(colour);
            writer.Write('"');
            if (dashes.Length > 0)
            {
                writer.Write(" stroke-dasharray=\"");
                writer.Write(dashes);
                writer.Write('"');
            }

            writer.Write("/></svg> ");
            writer.Write(name);
            writer.Write("</span>");
        }

        writer.Write("</p>\n");
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}

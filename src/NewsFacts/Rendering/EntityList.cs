using System.Globalization;

namespace NewsFacts.Rendering;

/// <summary>Writes the table of a document's entities: canonical name, type, highlighted mentions and the forms written.</summary>
internal static class EntityList
{
    /// <summary>Writes the table (or a line saying there are no entities).</summary>
    public static void Write(TextWriter writer, DocumentView view)
    {
        if (view.Entities.Count == 0)
        {
            writer.Write("<p class=\"empty\">No entities.</p>\n");
            return;
        }

        writer.Write("<table id=\"entities\" class=\"entities\">\n<thead><tr><th>entity</th><th>type</th><th class=\"num\">mentions</th><th>written as</th></tr></thead>\n<tbody>\n");
        foreach (var entity in view.Entities)
        {
            writer.Write("<tr><td><span class=\"chip t-");
            writer.Write(ContractText.CssOf(entity.Type));
            writer.Write('"');
            HtmlEscape.Attribute(writer, "data-entity", entity.Id);
            writer.Write('>');
            HtmlEscape.Text(writer, entity.Canonical);
            writer.Write("</span></td><td>");
            writer.Write(ContractText.Of(entity.Type));
            writer.Write("</td><td class=\"num\">");
            writer.Write(entity.Mentions.Count.ToString(CultureInfo.InvariantCulture));
            writer.Write("</td><td>");
            var forms = entity.Mentions.Select(m => view.Text[m.Start..m.End]).Distinct(StringComparer.Ordinal);
            HtmlEscape.Text(writer, string.Join(", ", forms));
            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }
}

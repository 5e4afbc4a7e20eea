using System.Globalization;
using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>
/// Writes the filters and the table of facts. Each row carries what the page script needs as data
/// attributes: its relation, modality and confidence (filters), and the ids of its argument mentions
/// (highlighted with the evidence when the row is selected).
/// </summary>
internal static class FactTable
{
    /// <summary>Writes the filter controls and the table (or a line saying there are no facts).</summary>
    public static void Write(TextWriter writer, DocumentView view)
    {
        if (view.Facts.Count == 0)
        {
            writer.Write("<p class=\"empty\">No facts above the confidence threshold.</p>\n");
            return;
        }

        WriteFilters(writer, view);
        writer.Write("<table id=\"facts\" class=\"facts\">\n<thead><tr><th>#</th><th>subject</th><th>relation</th><th>object</th><th>modality</th><th>confidence</th><th>attributes</th></tr></thead>\n<tbody>\n");
        int number = 1;
        foreach (var f in view.Facts)
        {
            WriteRow(writer, f, number++);
        }

        writer.Write("</tbody>\n</table>\n");
    }

    private static void WriteFilters(TextWriter writer, DocumentView view)
    {
        writer.Write("<form class=\"filters\" id=\"filters\">\n<label>relation <select id=\"filter-relation\"><option value=\"\">all</option>");
        foreach (var group in view.Facts.GroupBy(f => f.Fact.Relation).OrderBy(g => g.Key))
        {
            WriteOption(writer, ContractText.Of(group.Key), group.Count());
        }

        writer.Write("</select></label>\n<label>modality <select id=\"filter-modality\"><option value=\"\">all</option>");
        foreach (var group in view.Facts.GroupBy(f => f.Fact.Modality).OrderBy(g => g.Key))
        {
            WriteOption(writer, ContractText.Of(group.Key), group.Count());
        }

        writer.Write("</select></label>\n<label>min confidence <input id=\"filter-confidence\" type=\"range\" min=\"0\" max=\"1\" step=\"0.05\" value=\"0\"> <output id=\"filter-confidence-value\">0.00</output></label>\n");
        writer.Write("<span id=\"filter-count\" class=\"count\">");
        writer.Write(Number(view.Facts.Count));
        writer.Write(" of ");
        writer.Write(Number(view.Facts.Count));
        writer.Write(" facts</span>\n</form>\n");
    }

    private static void WriteOption(TextWriter writer, string name, int count)
    {
        writer.Write("<option");
        HtmlEscape.Attribute(writer, "value", name);
        writer.Write('>');
        HtmlEscape.Text(writer, name);
        writer.Write(" (");
        writer.Write(Number(count));
        writer.Write(")</option>");
    }

    private static void WriteRow(TextWriter writer, FactView f, int number)
    {
        var fact = f.Fact;
        writer.Write("<tr class=\"fact\" tabindex=\"0\" aria-selected=\"false\"");
        HtmlEscape.Attribute(writer, "id", "row-" + f.Id);
        HtmlEscape.Attribute(writer, "data-fact", f.Id);
        HtmlEscape.Attribute(writer, "data-relation", ContractText.Of(fact.Relation));
        HtmlEscape.Attribute(writer, "data-modality", ContractText.Of(fact.Modality));
        HtmlEscape.Attribute(writer, "data-confidence", fact.Confidence.ToString("R", CultureInfo.InvariantCulture));
        HtmlEscape.Attribute(writer, "data-mentions", string.Join(' ', new[] { f.SubjectMention?.Id, f.ObjectMention?.Id }.OfType<string>()));
        HtmlEscape.Attribute(writer, "title", f.HasEvidence ? fact.Evidence.Text : "(the evidence span lies outside the text)");
        writer.Write(">\n<td class=\"num\">");
        writer.Write(Number(number));
        writer.Write("</td><td>");
        WriteArgument(writer, fact.Subject, f.Subject);
        writer.Write("</td><td class=\"rel\">");
        HtmlEscape.Text(writer, ContractText.Of(fact.Relation));
        writer.Write("</td><td>");
        WriteArgument(writer, fact.Object, f.Object);
        writer.Write("</td><td><span class=\"mod mod-");
        writer.Write(ContractText.Of(fact.Modality));
        writer.Write("\">");
        writer.Write(ContractText.Of(fact.Modality));
        writer.Write("</span></td><td class=\"num\">");
        writer.Write(fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        writer.Write("</td><td>");
        WriteAttributes(writer, fact.Attributes);
        writer.Write("</td></tr>\n");
    }

    // The canonical name as a chip of the entity's colour, and the words the evidence uses when they differ.
    private static void WriteArgument(TextWriter writer, EntityRef argument, EntityView entity)
    {
        writer.Write("<span class=\"chip t-");
        writer.Write(ContractText.CssOf(entity.Type));
        writer.Write('"');
        HtmlEscape.Attribute(writer, "data-entity", entity.Id);
        writer.Write('>');
        HtmlEscape.Text(writer, entity.Canonical);
        writer.Write("</span>");
        if (!string.Equals(argument.Text, argument.Canonical, StringComparison.Ordinal))
        {
            writer.Write(" <span class=\"written\">as “");
            HtmlEscape.Text(writer, argument.Text);
            writer.Write("”</span>");
        }
    }

    private static void WriteAttributes(TextWriter writer, FactAttributes? attributes)
    {
        if (attributes is null)
        {
            return;
        }

        bool first = true;
        foreach (var (name, value) in new[] { ("role", attributes.Role), ("amount", attributes.Amount), ("source", attributes.Source) })
        {
            if (value is null)
            {
                continue;
            }

            if (!first)
            {
                writer.Write(' ');
            }

            first = false;
            writer.Write("<span class=\"attr\"><span class=\"attr-name\">");
            writer.Write(name);
            writer.Write("</span> ");
            HtmlEscape.Text(writer, value);
            writer.Write("</span>");
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

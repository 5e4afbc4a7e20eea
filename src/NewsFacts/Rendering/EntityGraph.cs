using System.Globalization;
using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>
/// Draws the entities that take part in facts, and one arrow per fact, as inline SVG. The layout is fixed
/// (entities on a circle in order of first appearance), so the same record always gives the same picture.
/// Facts between the same two entities bend apart so their labels stay readable. Each modality has its own
/// stroke: asserted solid, planned dashed, considering dotted, negated red with a cross before the label.
/// </summary>
internal static class EntityGraph
{
    private const double NodeRadius = 9;
    private const double MarginX = 130; // room for the names beside the circle
    private const double MarginY = 40;  // and above and below it
    private const double Spread = 34;  // how far parallel edges bend apart

    /// <summary>Writes the SVG (or a line saying there is nothing to draw).</summary>
    public static void Write(TextWriter writer, DocumentView view)
    {
        var nodes = view.Facts.SelectMany(f => new[] { f.Subject, f.Object }).Distinct()
            .OrderBy(e => e.Index).ToList();
        if (nodes.Count == 0)
        {
            writer.Write("<p class=\"empty\">No facts to draw.</p>\n");
            return;
        }

        double radius = nodes.Count == 1 ? 0 : Math.Max(70, 16 * nodes.Count);
        double width = (2 * radius) + (2 * MarginX);
        double height = (2 * radius) + (2 * MarginY);
        var centre = (X: width / 2, Y: height / 2);
        var position = new Dictionary<EntityView, (double X, double Y)>();
        for (int i = 0; i < nodes.Count; i++)
        {
            double angle = (-Math.PI / 2) + (2 * Math.PI * i / nodes.Count);
            position[nodes[i]] = (centre.X + (radius * Math.Cos(angle)), centre.Y + (radius * Math.Sin(angle)));
        }

        writer.Write("<svg id=\"graph\" class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Entities and facts\" viewBox=\"0 0 ");
        writer.Write(F(width));
        writer.Write(' ');
        writer.Write(F(height));
        writer.Write("\" width=\""); // natural size: a small graph is not blown up, a large one shrinks to fit (CSS)
        writer.Write(F(width));
        writer.Write("\" height=\"");
        writer.Write(F(height));
        writer.Write("\">\n<defs>");
        WriteArrow(writer, "arrow", "#4a5160");
        WriteArrow(writer, "arrow-negated", "#c62828");
        writer.Write("</defs>\n");

        // Parallel facts (either direction) share a pair key; each gets its own bend.
        var pairs = view.Facts.GroupBy(f => PairKey(nodes, f)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var f in view.Facts)
        {
            var group = pairs[PairKey(nodes, f)];
            double bend = (group.IndexOf(f) - ((group.Count - 1) / 2.0)) * Spread;
            WriteEdge(writer, f, position, nodes, bend, centre);
        }

        foreach (var node in nodes)
        {
            WriteNode(writer, node, position[node], centre);
        }

        writer.Write("</svg>\n");
    }

    private static (int, int) PairKey(List<EntityView> nodes, FactView f)
    {
        int a = nodes.IndexOf(f.Subject), b = nodes.IndexOf(f.Object);
        return (Math.Min(a, b), Math.Max(a, b));
    }

    private static void WriteArrow(TextWriter writer, string id, string colour)
    {
        writer.Write("<marker id=\"");
        writer.Write(id);
        writer.Write("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"");
        writer.Write(colour);
        writer.Write("\"/></marker>");
    }

    private static void WriteEdge(TextWriter writer, FactView f, Dictionary<EntityView, (double X, double Y)> position, List<EntityView> nodes, double bend, (double X, double Y) centre)
    {
        var fact = f.Fact;
        var s = position[f.Subject];
        var o = position[f.Object];
        string path;
        (double X, double Y) label;
        if (f.Subject == f.Object)
        {
            // A loop on the outer side of the node.
            var (ux, uy) = Unit(s.X - centre.X, s.Y - centre.Y, fallbackY: -1);
            double reach = 55 + Math.Abs(bend);
            var c1 = (X: s.X + (ux * reach) - (uy * 30), Y: s.Y + (uy * reach) + (ux * 30));
            var c2 = (X: s.X + (ux * reach) + (uy * 30), Y: s.Y + (uy * reach) - (ux * 30));
            path = $"M{F(s.X + (ux * NodeRadius) - (uy * 4))},{F(s.Y + (uy * NodeRadius) + (ux * 4))} C{F(c1.X)},{F(c1.Y)} {F(c2.X)},{F(c2.Y)} {F(s.X + (ux * NodeRadius) + (uy * 4))},{F(s.Y + (uy * NodeRadius) - (ux * 4))}";
            label = (s.X + (ux * reach * 0.8), s.Y + (uy * reach * 0.8));
        }
        else
        {
            // Bend relative to the pair's fixed orientation, so A→B and B→A curve to opposite sides.
            bool forward = nodes.IndexOf(f.Subject) < nodes.IndexOf(f.Object);
            var (a, b) = forward ? (s, o) : (o, s);
            var (nx, ny) = Unit(-(b.Y - a.Y), b.X - a.X, fallbackY: 1);
            var control = (X: ((s.X + o.X) / 2) + (nx * bend * 2), Y: ((s.Y + o.Y) / 2) + (ny * bend * 2));
            var (sx, sy) = Unit(control.X - s.X, control.Y - s.Y, fallbackY: 1);
            var (ox, oy) = Unit(control.X - o.X, control.Y - o.Y, fallbackY: 1);
            var from = (X: s.X + (sx * NodeRadius), Y: s.Y + (sy * NodeRadius));
            var to = (X: o.X + (ox * (NodeRadius + 1)), Y: o.Y + (oy * (NodeRadius + 1)));
            path = $"M{F(from.X)},{F(from.Y)} Q{F(control.X)},{F(control.Y)} {F(to.X)},{F(to.Y)}";
            label = ((0.25 * from.X) + (0.5 * control.X) + (0.25 * to.X), (0.25 * from.Y) + (0.5 * control.Y) + (0.25 * to.Y));
        }

        bool negated = fact.Modality == Modality.Negated;
        string modality = ContractText.Of(fact.Modality);
        writer.Write("<g class=\"edge mod-");
        writer.Write(modality);
        writer.Write('"');
        HtmlEscape.Attribute(writer, "data-fact", f.Id);
        writer.Write("><title>");
        HtmlEscape.Text(writer, $"{f.Subject.Canonical} {ContractText.Of(fact.Relation)} {f.Object.Canonical} ({modality}, {fact.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})");
        writer.Write("</title><path fill=\"none\" stroke-width=\"1.6\" d=\"");
        writer.Write(path);
        writer.Write("\" stroke=\"");
        writer.Write(negated ? "#c62828" : "#4a5160");
        writer.Write('"');
        string? dashes = fact.Modality switch
        {
            Modality.Planned => "7 4",
            Modality.Considering => "1.5 3.5",
            _ => null,
        };
        if (dashes is not null)
        {
            writer.Write(" stroke-dasharray=\"");
            writer.Write(dashes);
            writer.Write("\" stroke-linecap=\"round\"");
        }

        writer.Write(" marker-end=\"url(#");
        writer.Write(negated ? "arrow-negated" : "arrow");
        writer.Write(")\"/><text class=\"edge-label\" text-anchor=\"middle\" x=\"");
        writer.Write(F(label.X));
        writer.Write("\" y=\"");
        writer.Write(F(label.Y + 4));
        writer.Write(negated ? "\" fill=\"#c62828\">✕ " : "\">");
        HtmlEscape.Text(writer, ContractText.Of(fact.Relation));
        writer.Write("</text></g>\n");
    }

    private static void WriteNode(TextWriter writer, EntityView node, (double X, double Y) at, (double X, double Y) centre)
    {
        var (ux, uy) = Unit(at.X - centre.X, at.Y - centre.Y, fallbackY: -1);
        double lx = at.X + (ux * (NodeRadius + 6));
        double ly = at.Y + (uy * (NodeRadius + 6)) + 4 + (uy > 0.3 ? 8 : 0);
        string anchor = ux > 0.2 ? "start" : ux < -0.2 ? "end" : "middle";
        writer.Write("<g class=\"node t-");
        writer.Write(ContractText.CssOf(node.Type));
        writer.Write('"');
        HtmlEscape.Attribute(writer, "data-entity", node.Id);
        writer.Write("><title>");
        HtmlEscape.Text(writer, $"{node.Canonical} · {ContractText.Of(node.Type)}");
        writer.Write("</title><circle cx=\"");
        writer.Write(F(at.X));
        writer.Write("\" cy=\"");
        writer.Write(F(at.Y));
        writer.Write("\" r=\"");
        writer.Write(F(NodeRadius));
        writer.Write("\"/><text class=\"node-label\" x=\"");
        writer.Write(F(lx));
        writer.Write("\" y=\"");
        writer.Write(F(ly));
        writer.Write("\" text-anchor=\"");
        writer.Write(anchor);
        writer.Write("\">");
        HtmlEscape.Text(writer, node.Canonical);
        writer.Write("</text></g>\n");
    }

    private static (double X, double Y) Unit(double x, double y, double fallbackY)
    {
        double length = Math.Sqrt((x * x) + (y * y));
        return length < 1e-9 ? (0, fallbackY) : (x / length, y / length);
    }

    // Fixed-point, invariant: the same picture gives the same bytes on every machine.
    private static string F(double value) => (Math.Round(value, 1) + 0.0).ToString("0.0", CultureInfo.InvariantCulture); // + 0.0 turns -0 into 0
}

using System.Globalization;

namespace NewsFacts.Rendering;

/// <summary>
/// Writes the article text with its mentions highlighted and every fact's evidence marked. Mentions are
/// disjoint, but evidence spans may overlap each other and cut across mentions, so the text is split at
/// every boundary: a mention is one <c>mark</c> element, and inside and between mentions each piece covered
/// by evidence is a <c>span</c> listing the facts it supports (<c>data-facts="f0 f3"</c>). Nothing crosses
/// an element boundary, so the markup always nests.
/// </summary>
internal static class HighlightedText
{
    /// <summary>Writes the text of <paramref name="view"/> as HTML (no enclosing element).</summary>
    public static void Write(TextWriter writer, DocumentView view)
    {
        string text = view.Text;
        var evidence = view.Facts.Where(f => f.HasEvidence).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in view.Mentions)
        {
            cuts.Add(m.Start);
            cuts.Add(m.End);
        }

        foreach (var f in evidence)
        {
            cuts.Add(f.Fact.Evidence.Start);
            cuts.Add(f.Fact.Evidence.End);
        }

        var sweep = new EvidenceSweep(evidence);
        string? activeList = null;
        int next = 0; // the next mention to open
        MentionView? open = null;
        int from = 0;
        foreach (int cut in cuts)
        {
            if (cut > from)
            {
                WritePiece(writer, text.AsSpan(from, cut - from), activeList);
            }

            if (open is not null && open.End == cut)
            {
                writer.Write("</mark>");
                open = null;
            }

            activeList = sweep.MoveTo(cut);
            OpenMention(cut);
            from = cut;
        }

        void OpenMention(int at)
        {
            if (next < view.Mentions.Count && view.Mentions[next].Start == at)
            {
                open = view.Mentions[next++];
                WriteMentionStart(writer, open);
            }
        }
    }

    private static void WritePiece(TextWriter writer, ReadOnlySpan<char> piece, string? facts)
    {
        if (facts is null)
        {
            HtmlEscape.Text(writer, piece);
            return;
        }

        writer.Write("<span class=\"ev\"");
        HtmlEscape.Attribute(writer, "data-facts", facts);
        writer.Write('>');
        HtmlEscape.Text(writer, piece);
        writer.Write("</span>");
    }

    private static void WriteMentionStart(TextWriter writer, MentionView mention)
    {
        string kind = mention.Kind switch
        {
            MentionKind.Name => "name",
            MentionKind.Alias => "alias",
            _ => "ref",
        };
        writer.Write("<mark class=\"ent t-");
        writer.Write(ContractText.CssOf(mention.Entity.Type));
        writer.Write(" k-");
        writer.Write(kind);
        writer.Write('"');
        HtmlEscape.Attribute(writer, "id", mention.Id);
        HtmlEscape.Attribute(writer, "data-entity", mention.Entity.Id);
        HtmlEscape.Attribute(writer, "title", Title(mention, kind));
        writer.Write('>');
    }

    // The hover text: the canonical name first, then what the mention is.
    private static string Title(MentionView mention, string kind)
    {
        string type = ContractText.Of(mention.Entity.Type);
        return mention.Kind switch
        {
            MentionKind.Name => $"{mention.Entity.Canonical} · {type} · {Confidence(mention)}",
            MentionKind.Alias => $"{mention.Entity.Canonical} · {type} · {kind} · {Confidence(mention)}",
            _ => $"{mention.Entity.Canonical} · {type} · reference",
        };
    }

    private static string Confidence(MentionView mention) =>
        (mention.Confidence ?? 1).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Walks the cuts left to right, tracking which facts' evidence covers the current piece.</summary>
    private sealed class EvidenceSweep(List<FactView> evidence)
    {
        private readonly int[] _byStart = Order(evidence, f => f.Fact.Evidence.Start);
        private readonly int[] _byEnd = Order(evidence, f => f.Fact.Evidence.End);
        private readonly SortedSet<int> _active = [];
        private int _started;
        private int _ended;
        private string? _list;

        /// <summary>The data-facts value for the piece starting at <paramref name="at"/> (null: no evidence); cuts must increase.</summary>
        public string? MoveTo(int at)
        {
            bool changed = false;
            for (; _started < _byStart.Length && evidence[_byStart[_started]].Fact.Evidence.Start <= at; _started++)
            {
                changed |= _active.Add(_byStart[_started]);
            }

            for (; _ended < _byEnd.Length && evidence[_byEnd[_ended]].Fact.Evidence.End <= at; _ended++)
            {
                changed |= _active.Remove(_byEnd[_ended]);
            }

            if (changed)
            {
                _list = _active.Count == 0 ? null : string.Join(' ', _active.Select(i => evidence[i].Id));
            }

            return _list;
        }

        private static int[] Order(List<FactView> evidence, Func<FactView, int> key) =>
            Enumerable.Range(0, evidence.Count).OrderBy(i => key(evidence[i])).ThenBy(i => i).ToArray();
    }
}

using System.Globalization;
using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>
/// What a document page shows, computed from the text and its record alone (the output contract is not
/// extended for the report): entities keyed by canonical name and type, the non-overlapping mentions to
/// highlight (named ones, and the facts' pronoun or description references), and the facts pointing at them.
/// Spans outside the text are ignored for highlighting, never trusted.
/// </summary>
internal sealed class DocumentView
{
    private DocumentView(string text, DocumentRecord record, List<EntityView> entities, List<MentionView> mentions, List<FactView> facts)
    {
        Text = text;
        Record = record;
        Entities = entities;
        Mentions = mentions;
        Facts = facts;
    }

    /// <summary>The document text that all offsets index into.</summary>
    public string Text { get; }

    /// <summary>The record shown.</summary>
    public DocumentRecord Record { get; }

    /// <summary>Entities in order of first appearance (highlighted mentions first, then those only facts name).</summary>
    public IReadOnlyList<EntityView> Entities { get; }

    /// <summary>Highlighted mentions in text order, disjoint.</summary>
    public IReadOnlyList<MentionView> Mentions { get; }

    /// <summary>Facts in record order.</summary>
    public IReadOnlyList<FactView> Facts { get; }

    /// <summary>Builds the view of one document.</summary>
    public static DocumentView Build(string text, DocumentRecord record)
    {
        var named = record.Entities ?? [];
        var facts = record.Facts ?? [];
        bool Valid(int start, int end) => start >= 0 && start < end && end <= text.Length;

        // Fact arguments as written: a reference where no named mention has exactly that span.
        var namedSpans = new HashSet<(int, int)>(named.Select(m => (m.Start, m.End)));
        var references = new List<EntityRef>();
        foreach (var fact in facts)
        {
            foreach (var argument in (ReadOnlySpan<EntityRef>)[fact.Subject, fact.Object])
            {
                if (Valid(argument.Start, argument.End) && !namedSpans.Contains((argument.Start, argument.End)))
                {
                    references.Add(argument);
                }
            }
        }

        var chosen = MentionLayout.Select(
            named.Select((m, i) => new MentionLayout.Candidate(m.Start, m.End, i)).Where(c => Valid(c.Start, c.End)),
            references.Select((r, i) => new MentionLayout.Candidate(r.Start, r.End, i)));

        var entities = new List<EntityView>();
        var byKey = new Dictionary<(string, EntityType), EntityView>();
        EntityView EntityOf(string canonical, EntityType type)
        {
            if (!byKey.TryGetValue((canonical, type), out var entity))
            {
                entity = new EntityView(entities.Count, canonical, type);
                entities.Add(entity);
                byKey.Add((canonical, type), entity);
            }

            return entity;
        }

        var mentions = new List<MentionView>(chosen.Count);
        foreach (var (span, isNamed) in chosen)
        {
            string id = "m" + mentions.Count.ToString(CultureInfo.InvariantCulture);
            MentionView mention;
            if (isNamed)
            {
                var m = named[span.Source];
                var kind = string.Equals(text[m.Start..m.End], m.Canonical, StringComparison.Ordinal) ? MentionKind.Name : MentionKind.Alias;
                mention = new MentionView(id, m.Start, m.End, EntityOf(m.Canonical, m.Type), kind, m.Confidence);
            }
            else
            {
                var r = references[span.Source];
                mention = new MentionView(id, r.Start, r.End, EntityOf(r.Canonical, r.Type), MentionKind.Reference, null);
            }

            mentions.Add(mention);
            mention.Entity.Mentions.Add(mention);
        }

        var starts = mentions.ConvertAll(m => m.Start);
        var exact = mentions.ToDictionary(m => (m.Start, m.End));
        MentionView? MentionAt(EntityRef argument)
        {
            if (!Valid(argument.Start, argument.End))
            {
                return null;
            }

            if (exact.TryGetValue((argument.Start, argument.End), out var same))
            {
                return same;
            }

            // A reference that lost to an overlapping highlight: point at the highlight covering its start.
            int index = starts.BinarySearch(argument.Start);
            int at = index >= 0 ? index : ~index - 1;
            return at >= 0 && mentions[at].End > argument.Start ? mentions[at] : null;
        }

        var factViews = new List<FactView>(facts.Count);
        foreach (var fact in facts)
        {
            factViews.Add(new FactView(
                "f" + factViews.Count.ToString(CultureInfo.InvariantCulture),
                fact,
                EntityOf(fact.Subject.Canonical, fact.Subject.Type),
                EntityOf(fact.Object.Canonical, fact.Object.Type),
                MentionAt(fact.Subject),
                MentionAt(fact.Object),
                Valid(fact.Evidence.Start, fact.Evidence.End)));
        }

        return new DocumentView(text, record, entities, mentions, factViews);
    }
}

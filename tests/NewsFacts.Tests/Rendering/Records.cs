using NewsFacts.Facts;

namespace NewsFacts.Tests.Rendering;

/// <summary>Hand-made records for report tests: spans are found in the text by their surface.</summary>
internal static class Records
{
    public static (int Start, int End) Span(string text, string surface, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(surface, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{surface}' #{occurrence} not in the text");
        }

        return (at, at + surface.Length);
    }

    public static EntityMention Mention(string text, string surface, string canonical, EntityType type = EntityType.Organization, int occurrence = 0)
    {
        var (start, end) = Span(text, surface, occurrence);
        return new EntityMention(surface, canonical, type, start, end, 0.9);
    }

    public static EntityRef Ref(string text, string surface, string canonical, EntityType type = EntityType.Organization, int occurrence = 0)
    {
        var (start, end) = Span(text, surface, occurrence);
        return new EntityRef(surface, canonical, type, start, end);
    }

    public static Fact Fact(string text, EntityRef subject, RelationType relation, EntityRef obj, string evidence, Modality modality = Modality.Asserted, double confidence = 0.8, FactAttributes? attributes = null)
    {
        var (start, end) = Span(text, evidence);
        return new Fact(subject, relation, obj, modality, confidence, new EvidenceSpan(start, end, evidence), attributes ?? FactAttributes.None);
    }

    public static DocumentRecord Record(string id, IReadOnlyList<EntityMention> entities, IReadOnlyList<Fact> facts) =>
        new() { Id = id, Entities = entities, Facts = facts };
}

using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>How a highlighted mention names its entity.</summary>
internal enum MentionKind
{
    /// <summary>A named mention written as the canonical name.</summary>
    Name,

    /// <summary>A named mention in another form: a surname, a short name ("Scale" for "Scale AI").</summary>
    Alias,

    /// <summary>A pronoun or description ("it", "the company") that a fact resolved to a named entity.</summary>
    Reference,
}

/// <summary>One entity of a document: a canonical name with a type, and its mentions in text order.</summary>
internal sealed class EntityView(int index, string canonical, EntityType type)
{
    /// <summary>The position in order of first appearance.</summary>
    public int Index { get; } = index;

    /// <summary>The page-local id ("e0", "e1", ... in order of first appearance).</summary>
    public string Id { get; } = "e" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The canonical name.</summary>
    public string Canonical { get; } = canonical;

    /// <summary>The type.</summary>
    public EntityType Type { get; } = type;

    /// <summary>The highlighted mentions of this entity.</summary>
    public List<MentionView> Mentions { get; } = [];
}

/// <summary>One highlighted span of the text; highlighted spans never overlap.</summary>
/// <param name="Id">The page-local id ("m0", "m1", ... in text order).</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Entity">The entity it names or refers to.</param>
/// <param name="Kind">Name, alias or reference.</param>
/// <param name="Confidence">The tagger's confidence for named mentions; null for references.</param>
internal sealed record MentionView(string Id, int Start, int End, EntityView Entity, MentionKind Kind, double? Confidence);

/// <summary>A fact with the page elements it points at.</summary>
/// <param name="Id">The page-local id ("f0", "f1", ... in record order).</param>
/// <param name="Fact">The fact as extracted.</param>
/// <param name="Subject">The subject's entity.</param>
/// <param name="Object">The object's entity.</param>
/// <param name="SubjectMention">The highlighted mention that states the subject, if its span is valid.</param>
/// <param name="ObjectMention">The highlighted mention that states the object, if its span is valid.</param>
/// <param name="HasEvidence">Whether the evidence span lies within the text (so it can be highlighted).</param>
internal sealed record FactView(
    string Id, Fact Fact, EntityView Subject, EntityView Object, MentionView? SubjectMention, MentionView? ObjectMention, bool HasEvidence);

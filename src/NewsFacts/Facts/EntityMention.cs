using System.Text.Json.Serialization;

namespace NewsFacts.Facts;

/// <summary>One mention of a named entity in a document.</summary>
/// <param name="Text">The mention exactly as written (<c>text[Start..End]</c>).</param>
/// <param name="Canonical">The entity's canonical name in this document: its fullest form.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Start">Offset of the first character in the document text (UTF-16 code units).</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Confidence">
/// Probability in [0, 1] that this span with this type is right: the tagger's marginal probability of the
/// span's tags, 1 for user gazetteer entries.
/// </param>
public sealed record EntityMention(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("canonical")] string Canonical,
    [property: JsonPropertyName("type")] EntityType Type,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("confidence")] double Confidence);

/// <summary>An entity as one side of a fact: the mention that states it and its canonical name.</summary>
/// <param name="Text">The mention in the evidence as written: for a pronoun, the pronoun; for an employer implied by an officer's title ("said chief executive Jane Okafor"), the title.</param>
/// <param name="Canonical">The canonical name of the entity the mention refers to.</param>
/// <param name="Type">ORG or PERSON.</param>
/// <param name="Start">Offset of the mention's first character.</param>
/// <param name="End">Offset just past its last character.</param>
public sealed record EntityRef(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("canonical")] string Canonical,
    [property: JsonPropertyName("type")] EntityType Type,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

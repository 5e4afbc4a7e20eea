using System.Text.Json.Serialization;

namespace NewsFacts.Facts;

/// <summary>The text that states a fact.</summary>
/// <param name="Start">Offset of the first character in the document text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Text">The evidence as written.</param>
public sealed record EvidenceSpan(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);

/// <summary>Optional details of a fact; absent values are omitted from JSON.</summary>
/// <param name="Role">For holds_role and leaves_role: the title as written ("interim CEO").</param>
/// <param name="Amount">For invests_in and acquires: the amount as written ("$14.3bn").</param>
/// <param name="Source">Who the article attributes the fact to ("Reuters").</param>
public sealed record FactAttributes(
    [property: JsonPropertyName("role"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Role = null,
    [property: JsonPropertyName("amount"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Amount = null,
    [property: JsonPropertyName("source"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source = null)
{
    /// <summary>No attributes.</summary>
    public static FactAttributes None { get; } = new();
}

/// <summary>One relation between two named entities that a document states, with how it states it.</summary>
/// <param name="Subject">The first argument (the investor, buyer, person ...).</param>
/// <param name="Relation">The relation type.</param>
/// <param name="Object">The second argument.</param>
/// <param name="Modality">How the article states the fact.</param>
/// <param name="Confidence">Probability in [0, 1] that the fact (relation and arguments) is right.</param>
/// <param name="Evidence">The sentence that states it.</param>
/// <param name="Attributes">Role, amount and source where stated.</param>
public sealed record Fact(
    [property: JsonPropertyName("subject")] EntityRef Subject,
    [property: JsonPropertyName("relation")] RelationType Relation,
    [property: JsonPropertyName("object")] EntityRef Object,
    [property: JsonPropertyName("modality")] Modality Modality,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("evidence")] EvidenceSpan Evidence,
    [property: JsonPropertyName("attributes")] FactAttributes Attributes);

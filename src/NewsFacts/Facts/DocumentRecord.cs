using System.Text.Json.Serialization;

namespace NewsFacts.Facts;

/// <summary>
/// One line of the JSON Lines output contract: a document's entities and facts, or its error.
/// The schema is published as <c>schema/newsfacts-record.schema.json</c>.
/// </summary>
public sealed record DocumentRecord
{
    /// <summary>The document id.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Entity mentions in text order; null for an error record.</summary>
    [JsonPropertyName("entities")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<EntityMention>? Entities { get; init; }

    /// <summary>Facts in evidence order; null for an error record.</summary>
    [JsonPropertyName("facts")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Fact>? Facts { get; init; }

    /// <summary>Why the document could not be processed; null when it was.</summary>
    [JsonPropertyName("error")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ExtractionError? Error { get; init; }
}

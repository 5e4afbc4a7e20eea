using System.Text.Json;
using System.Text.Json.Serialization;
using NewsFacts.Facts;

namespace NewsFacts.Training.Facts;

/// <summary>One article of a gold file (the format of <c>data/gold/*.jsonl</c>).</summary>
public sealed class GoldDocument
{
    [JsonPropertyName("doc")] public string Doc { get; set; } = "";
    [JsonPropertyName("entities")] public List<GoldEntity> Entities { get; set; } = [];
    [JsonPropertyName("facts")] public List<GoldFact> Facts { get; set; } = [];

    /// <summary>The article text, for documents that carry it inline (written training examples); null when
    /// <see cref="Doc"/> names a file.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }

    /// <summary>Reads a gold JSON Lines file.</summary>
    /// <exception cref="FormatException">A line is not a gold record (the message names file and line).</exception>
    public static List<GoldDocument> ReadAll(string path)
    {
        var documents = new List<GoldDocument>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            GoldDocument? document;
            try
            {
                document = JsonSerializer.Deserialize(line, GoldJsonContext.Default.GoldDocument);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{number}: not a gold record: {e.Message}", e);
            }

            documents.Add(document ?? throw new FormatException($"{path}:{number}: not a gold record: the line is null."));
        }

        return documents;
    }
}

public sealed class GoldEntity
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("aliases")] public List<string> Aliases { get; set; } = [];

    /// <summary>The entity type: PERSON (or PER) is a person, anything else an organisation.</summary>
    internal EntityType EntityType => Type.Equals("PERSON", StringComparison.OrdinalIgnoreCase) || Type.Equals("PER", StringComparison.OrdinalIgnoreCase)
        ? EntityType.Person : EntityType.Organization;
}

public sealed class GoldFact
{
    [JsonPropertyName("subject")] public string Subject { get; set; } = "";
    [JsonPropertyName("relation")] public string Relation { get; set; } = "";
    [JsonPropertyName("object")] public string Object { get; set; } = "";
    [JsonPropertyName("modality")] public string Modality { get; set; } = "";
    [JsonPropertyName("attributes")] public Dictionary<string, string> Attributes { get; set; } = [];
    [JsonPropertyName("evidence")] public string Evidence { get; set; } = "";
}

[JsonSerializable(typeof(GoldDocument))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsFacts.Facts;

/// <summary>Reads and writes the JSON Lines output contract (source-generated, trimming and AOT safe).</summary>
public static class FactsJson
{
    /// <summary>Serialises one record as a single line of JSON (no trailing newline).</summary>
    public static string Serialize(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(record, FactsJsonContext.Default.DocumentRecord);
    }

    /// <summary>Serialises the contract record of an extraction result as a single line of JSON.</summary>
    public static string Serialize(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Serialize(result.ToRecord());
    }

    /// <summary>Writes one record as UTF-8 JSON to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, DocumentRecord record) =>
        JsonSerializer.Serialize(writer, record, FactsJsonContext.Default.DocumentRecord);

    /// <summary>Parses one line of the output contract.</summary>
    /// <exception cref="JsonException">The line is not a valid record.</exception>
    public static DocumentRecord Deserialize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return JsonSerializer.Deserialize(line, FactsJsonContext.Default.DocumentRecord)
            ?? throw new JsonException("The line holds JSON null, not a record.");
    }
}

[JsonSourceGenerationOptions(
    WriteIndented = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = false)]
[JsonSerializable(typeof(DocumentRecord))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;

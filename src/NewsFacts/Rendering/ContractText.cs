using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>
/// The names the output contract uses for enum values ("holds_role", "ORG", "planned"), taken from the
/// source-generated serializer so the report shows exactly what the JSON Lines say (no reflection: AOT safe).
/// </summary>
internal static class ContractText
{
    private static readonly string[] Relations = Names(Enum.GetValues<RelationType>(), FactsJsonContext.Default.RelationType);
    private static readonly string[] Modalities = Names(Enum.GetValues<Modality>(), FactsJsonContext.Default.Modality);
    private static readonly string[] Types = Names(Enum.GetValues<EntityType>(), FactsJsonContext.Default.EntityType);

    /// <summary>"invests_in", "acquires", ...</summary>
    public static string Of(RelationType relation) => Relations[(int)relation];

    /// <summary>"asserted", "planned", "considering", "negated".</summary>
    public static string Of(Modality modality) => Modalities[(int)modality];

    /// <summary>"ORG", "PERSON", "LOC", "MISC".</summary>
    public static string Of(EntityType type) => Types[(int)type];

    /// <summary>A lower-case CSS class suffix for a type: "org", "person", "loc", "misc".</summary>
    public static string CssOf(EntityType type) => Of(type).ToLowerInvariant();

    // The enums are dense from 0, so the value is the index.
    private static string[] Names<T>(T[] values, JsonTypeInfo<T> info)
    {
        var names = new string[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            names[i] = JsonSerializer.Serialize(values[i], info).Trim('"');
        }

        return names;
    }
}

using System.Text.Json.Serialization;

namespace NewsFacts.Facts;

/// <summary>The kinds of named entity NewsFacts recognizes. Facts only ever involve ORG and PERSON.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    /// <summary>A company, agency, government acting as a party, regulator, bank, fund, club, outlet or university ("ORG").</summary>
    [JsonStringEnumMemberName("ORG")] Organization,
    /// <summary>A named person ("PERSON").</summary>
    [JsonStringEnumMemberName("PERSON")] Person,
    /// <summary>A place ("LOC"); recognized so places are not mistaken for organisations.</summary>
    [JsonStringEnumMemberName("LOC")] Location,
    /// <summary>Nationalities, events, products and other names ("MISC").</summary>
    [JsonStringEnumMemberName("MISC")] Miscellaneous,
}

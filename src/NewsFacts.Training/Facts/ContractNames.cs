using System.Reflection;
using System.Text.Json.Serialization;

namespace NewsFacts.Training.Facts;

/// <summary>
/// The names the output contract uses for enum values ("holds_role", "ORG"), read once from the same
/// <see cref="JsonStringEnumMemberNameAttribute"/>s the serializer uses, so no second list can drift from them.
/// </summary>
internal static class ContractNames<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(
        v => v,
        v => typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    private static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The contract name of <paramref name="value"/>.</summary>
    public static string Of(T value) => Names[value];

    /// <summary>The value whose contract name is <paramref name="name"/> (exact, case-sensitive).</summary>
    public static bool TryParse(string name, out T value) => Values.TryGetValue(name, out value);
}

using System.Reflection;
using System.Text.Json.Serialization;

namespace NewsFacts.Cli.Outputs;

/// <summary>The names the output contract uses for enum values ("holds_role", "ORG"), read from their attributes once.</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(
        v => v,
        v => typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    /// <summary>The contract name of <paramref name="value"/>.</summary>
    public static string Of(T value) => Names[value];
}

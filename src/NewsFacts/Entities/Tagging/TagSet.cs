using NewsFacts.Facts;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// The tagger's labels: IOB2 over four entity types (O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC, B-MISC, I-MISC).
/// A tag is a byte: 0 is O, then two tags per type (B = odd, I = even).
/// </summary>
internal static class TagSet
{
    public const int Count = 9;
    public const byte Outside = 0;

    private static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    private static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location, EntityType.Miscellaneous];

    public static string Name(byte tag) => Names[tag];

    public static bool IsBegin(byte tag) => tag != Outside && (tag & 1) == 1;

    public static bool IsInside(byte tag) => tag != Outside && (tag & 1) == 0;

    public static EntityType TypeOf(byte tag) => Types[(tag - 1) / 2];

    public static byte Begin(EntityType type) => (byte)(1 + (2 * Array.IndexOf(Types, type)));

    public static byte Inside(EntityType type) => (byte)(Begin(type) + 1);

    /// <summary>The end (exclusive) of the mention that begins at <paramref name="begin"/>: past its I tags.</summary>
    public static int MentionEnd(ReadOnlySpan<byte> tags, int begin)
    {
        int end = begin + 1;
        while (end < tags.Length && IsInside(tags[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> in IOB2 (I-X only after B-X or I-X).</summary>
    public static bool IsAllowed(byte previous, byte next) =>
        !IsInside(next) || (previous != Outside && TypeOf(previous) == TypeOf(next));

    /// <summary>True when <paramref name="tag"/> may open a sentence (not I-X).</summary>
    public static bool IsAllowedFirst(byte tag) => !IsInside(tag);

    /// <summary>Parses "O", "B-PER", "I-ORG", ... (also the CoNLL type names PER, ORG, LOC, MISC).</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out byte tag)
    {
        for (byte i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                tag = i;
                return true;
            }
        }

        tag = 0;
        return false;
    }
}

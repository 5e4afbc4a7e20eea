using NewsFacts.Text;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Curated name lists (data/gazetteers) as tagger features: each token learns whether it begins or continues a
/// listed organisation, person, place or other name (nationality, product), and whether it is a common first name. Unlike the user
/// gazetteer these never override the model; the model learns how far to trust them. Entries are matched on
/// exact token sequences of up to <see cref="MaxTokens"/> tokens, longest first. Wide public lists (places, names
/// of people, words that are given names or surnames) can ride along as <see cref="External"/>: matched on their own
/// and read by features of their own, so the model weighs them apart from the curated lists.
/// </summary>
internal sealed class NameLists
{
    public const int MaxTokens = 6;
    public const byte Organization = 1, Person = 2, Location = 4, Misc = 8;

    /// <summary>The type of an external list's entry that is one word of a person's name (given name or surname).</summary>
    public const byte NameWord = 8;

    private readonly Dictionary<ulong, byte> _names;
    private readonly HashSet<ulong> _prefixes;
    private readonly HashSet<ulong> _firstNames;

    private NameLists(Dictionary<ulong, byte> names, HashSet<ulong> prefixes, HashSet<ulong> firstNames)
    {
        _names = names;
        _prefixes = prefixes;
        _firstNames = firstNames;
    }

    public int Count => _names.Count;

    /// <summary>Wide public lists matched separately (see <see cref="TokenView.ExternalListTypes"/>), or null.</summary>
    public NameLists? External { get; private init; }

    /// <summary>A copy of these lists carrying <paramref name="external"/> as <see cref="External"/>.</summary>
    public NameLists WithExternal(NameLists? external) => new(_names, _prefixes, _firstNames) { External = external };

    /// <summary>Builds the lists from entries per type (bit flags above) and first names.</summary>
    public static NameLists Build(IEnumerable<(string Name, byte Type)> entries, IEnumerable<string> firstNames)
    {
        var names = new Dictionary<ulong, byte>();
        var prefixes = new HashSet<ulong>();
        foreach (var (name, type) in entries)
        {
            string normalized = CharNormalizer.Normalize(name.Trim());
            var tokens = NewsTokenizer.Tokenize(normalized);
            if (tokens.Count is 0 or > MaxTokens)
            {
                continue;
            }

            ulong hash = Seed;
            for (int i = 0; i < tokens.Count; i++)
            {
                hash = Next(hash, normalized.AsSpan(tokens[i].Start, tokens[i].Length));
                if (i < tokens.Count - 1)
                {
                    prefixes.Add(hash);
                }
            }

            names[hash] = (byte)(names.GetValueOrDefault(hash) | type);
        }

        var first = firstNames.Select(n => FeatureHashing.Exact(CharNormalizer.Normalize(n.Trim()))).ToHashSet();
        return new NameLists(names, prefixes, first);
    }

    /// <summary>
    /// Sets <see cref="TokenView.ListTypes"/> and <see cref="TokenView.FirstName"/> of every token, and
    /// <see cref="TokenView.ExternalListTypes"/> from <see cref="External"/>.
    /// </summary>
    public void Annotate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenView> views)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            views[i].FirstName = _firstNames.Contains(views[i].Exact);
        }

        Match(text, tokens, views, external: false);
        External?.Match(text, tokens, views, external: true);
    }

    // Marks, at every token, the types of the longest listed name starting there (high nibble) and covering it (low).
    private void Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenView> views, bool external)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            ulong hash = Seed;
            int matchLength = 0;
            byte matchType = 0;
            for (int length = 1; length <= MaxTokens && i + length <= tokens.Length; length++)
            {
                hash = Next(hash, tokens[i + length - 1].In(text));
                if (_names.TryGetValue(hash, out byte type))
                {
                    matchLength = length;
                    matchType = type;
                }

                if (!_prefixes.Contains(hash))
                {
                    break;
                }
            }

            if (matchLength == 0)
            {
                continue;
            }

            ref byte begins = ref external ? ref views[i].ExternalListTypes : ref views[i].ListTypes;
            begins |= (byte)(matchType << 4);
            for (int k = 0; k < matchLength; k++)
            {
                ref byte covers = ref external ? ref views[i + k].ExternalListTypes : ref views[i + k].ListTypes;
                covers |= matchType;
            }
        }
    }

    /// <summary>Writes the lists; with <paramref name="withExternal"/>, a flag and <see cref="External"/> after them.</summary>
    public void Save(BinaryWriter writer, bool withExternal = false)
    {
        writer.Write(_names.Count);
        foreach (var (hash, type) in _names.OrderBy(n => n.Key))
        {
            writer.Write(hash);
            writer.Write(type);
        }

        writer.Write(_prefixes.Count);
        foreach (ulong hash in _prefixes.Order())
        {
            writer.Write(hash);
        }

        writer.Write(_firstNames.Count);
        foreach (ulong hash in _firstNames.Order())
        {
            writer.Write(hash);
        }

        if (withExternal)
        {
            writer.Write(External is not null);
            External?.Save(writer);
        }
    }

    /// <summary>Reads lists written by <see cref="Save"/> with the same <paramref name="withExternal"/>.</summary>
    public static NameLists Load(BinaryReader reader, bool withExternal = false)
    {
        int count = reader.ReadInt32();
        var names = new Dictionary<ulong, byte>(count);
        for (int i = 0; i < count; i++)
        {
            names[reader.ReadUInt64()] = reader.ReadByte();
        }

        var prefixes = new HashSet<ulong>();
        for (int i = reader.ReadInt32(); i > 0; i--)
        {
            prefixes.Add(reader.ReadUInt64());
        }

        var first = new HashSet<ulong>();
        for (int i = reader.ReadInt32(); i > 0; i--)
        {
            first.Add(reader.ReadUInt64());
        }

        var external = withExternal && reader.ReadBoolean() ? Load(reader) : null;
        return new NameLists(names, prefixes, first) { External = external };
    }

    private const ulong Seed = 0x51ED270B27A5C3D1UL;

    private static ulong Next(ulong hash, ReadOnlySpan<char> token) => FeatureHashing.Combine(hash, FeatureHashing.Exact(token));
}

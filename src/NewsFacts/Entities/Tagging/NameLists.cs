using NewsFacts.Text;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Curated name lists (data/gazetteers) as tagger features: each token learns whether it begins or continues a
/// listed organisation, person, place or nationality, and whether it is a common first name. Unlike the user
/// gazetteer these never override the model; the model learns how far to trust them. Entries are matched on
/// exact token sequences of up to <see cref="MaxTokens"/> tokens, longest first.
/// </summary>
internal sealed class NameLists
{
    public const int MaxTokens = 6;
    public const byte Organization = 1, Person = 2, Location = 4, Nationality = 8;

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

    /// <summary>Sets <see cref="TokenView.ListTypes"/> and <see cref="TokenView.FirstName"/> of every token.</summary>
    public void Annotate(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<TokenView> views)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            views[i].FirstName = _firstNames.Contains(views[i].Exact);
        }

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

            views[i].ListTypes |= (byte)(matchType << 4); // begins a listed name
            for (int k = 0; k < matchLength; k++)
            {
                views[i + k].ListTypes |= matchType;
            }
        }
    }

    public void Save(BinaryWriter writer)
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
    }

    public static NameLists Load(BinaryReader reader)
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

        return new NameLists(names, prefixes, first);
    }

    private const ulong Seed = 0x51ED270B27A5C3D1UL;

    private static ulong Next(ulong hash, ReadOnlySpan<char> token) => FeatureHashing.Combine(hash, FeatureHashing.Exact(token));
}

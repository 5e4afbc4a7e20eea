using System.Runtime.InteropServices;
using NewsFacts.Facts;
using NewsFacts.Text;

namespace NewsFacts.Entities;

/// <summary>
/// User knowledge that takes precedence over the statistical model: names to always recognize with a
/// type, and names to never report. Matching is on whole tokens and case-sensitive ("Meta" but not "meta").
/// Build it before creating the extractor; it is read-only afterwards and safe to share.
/// </summary>
public sealed class EntityGazetteer
{
    private readonly Dictionary<string, List<Entry>> _byFirstToken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _suppressed = new(StringComparer.Ordinal);

    /// <summary>How many names were added with <see cref="Add"/>.</summary>
    public int Count { get; private set; }

    /// <summary>How many names were suppressed with <see cref="Suppress"/>.</summary>
    public int SuppressedCount => _suppressed.Count;

    /// <summary>Always recognize <paramref name="name"/> as an entity of <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty or has no word characters.</exception>
    public EntityGazetteer Add(string name, EntityType type)
    {
        var tokens = TokensOf(name);
        var list = CollectionsMarshal.GetValueRefOrAddDefault(_byFirstToken, tokens[0], out _) ??= [];
        list.Add(new Entry(tokens, type));
        list.Sort(static (a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length)); // longest match first
        Count++;
        return this;
    }

    /// <summary>Never report a mention whose text is exactly <paramref name="name"/>, whatever the model says.</summary>
    public EntityGazetteer Suppress(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _suppressed.Add(string.Join(' ', TokensOf(name)));
        return this;
    }

    /// <summary>
    /// Reads entries from lines of <c>name&lt;TAB&gt;TYPE</c>, TYPE being ORG, PERSON, LOC, MISC or SUPPRESS.
    /// Blank lines and lines starting with '#' are ignored.
    /// </summary>
    /// <exception cref="FormatException">A line is malformed (the message names the line number).</exception>
    public static EntityGazetteer Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var gazetteer = new EntityGazetteer();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            int tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                throw new FormatException($"Gazetteer line {number}: expected 'name<TAB>TYPE', got '{line}'.");
            }

            string name = line[..tab].Trim();
            string type = line[(tab + 1)..].Trim().ToUpperInvariant();
            try
            {
                gazetteer.AddLine(name, type, number);
            }
            catch (ArgumentException e)
            {
                // A name of invisible characters only ("\u200B") passes Trim but has no tokens.
                throw new FormatException($"Gazetteer line {number}: the name '{name}' has no tokens.", e);
            }
        }

        return gazetteer;
    }

    private void AddLine(string name, string type, int number)
    {
        switch (type)
        {
            case "ORG": Add(name, EntityType.Organization); break;
            case "PERSON": case "PER": Add(name, EntityType.Person); break;
            case "LOC": Add(name, EntityType.Location); break;
            case "MISC": Add(name, EntityType.Miscellaneous); break;
            case "SUPPRESS": Suppress(name); break;
            default: throw new FormatException($"Gazetteer line {number}: unknown type '{type}' (use ORG, PERSON, LOC, MISC or SUPPRESS).");
        }
    }

    internal bool IsEmpty => Count == 0 && _suppressed.Count == 0;

    /// <summary>True when the tokens spell a suppressed name.</summary>
    internal bool IsSuppressed(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (_suppressed.Count == 0)
        {
            return false;
        }

        var parts = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            parts[i] = tokens[i].In(text).ToString();
        }

        return _suppressed.Contains(string.Join(' ', parts));
    }

    /// <summary>Finds the longest gazetteer name starting at token <paramref name="first"/>; returns its token count or 0.</summary>
    internal int MatchAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, out EntityType type)
    {
        type = default;
        if (Count == 0 || !_byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[first].In(text), out var entries))
        {
            return 0;
        }

        foreach (var entry in entries)
        {
            if (first + entry.Tokens.Length > tokens.Length)
            {
                continue;
            }

            bool match = true;
            for (int k = 1; k < entry.Tokens.Length && match; k++)
            {
                match = tokens[first + k].In(text).SequenceEqual(entry.Tokens[k]);
            }

            if (match)
            {
                type = entry.Type;
                return entry.Tokens.Length;
            }
        }

        return 0;
    }

    private static string[] TokensOf(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        string normalized = CharNormalizer.Normalize(name);
        var tokens = NewsTokenizer.Tokenize(name);
        if (tokens.Count == 0)
        {
            throw new ArgumentException($"'{name}' has no tokens.", nameof(name));
        }

        return tokens.Select(t => normalized[t.Start..t.End]).ToArray();
    }

    private sealed record Entry(string[] Tokens, EntityType Type);
}

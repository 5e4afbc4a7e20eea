using System.Runtime.CompilerServices;

namespace NewsFacts.Entities.Tagging;

/// <summary>Allocation-free 64-bit hashing of token views (exact, lower-cased, shape, affixes).</summary>
internal static class FeatureHashing
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    public static ulong Exact(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s)
        {
            h = Add(h, c);
        }

        return h;
    }

    public static ulong Lower(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (char c in s)
        {
            h = Add(h, c < 0x80 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c));
        }

        return h;
    }

    /// <summary>The lower-cased hashes of <paramref name="words"/>, for word lists matched against tokens.</summary>
    public static HashSet<ulong> LowerSet(params string[] words) => words.Select(w => Lower(w)).ToHashSet();

    /// <summary>Lower-cased hash of the last <paramref name="n"/> characters (the whole token if shorter).</summary>
    public static ulong Suffix(ReadOnlySpan<char> s, int n) => Lower(s.Length > n ? s[^n..] : s) ^ (ulong)n;

    /// <summary>Lower-cased hash of the first <paramref name="n"/> characters.</summary>
    public static ulong Prefix(ReadOnlySpan<char> s, int n) => Lower(s.Length > n ? s[..n] : s) ^ ((ulong)n << 8);

    /// <summary>
    /// Hash of the word shape with runs collapsed: "Scale" → Xx, "AI's" → X'x, "OpenAI" → XxX, "$14.3bn" → $d.dx, "xAI" → xX.
    /// </summary>
    public static ulong Shape(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        char last = '\0';
        foreach (char c in s)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (k != last)
            {
                h = Add(h, k);
                last = k;
            }
        }

        return h;
    }

    /// <summary>Combines a template id with a view hash into a well-mixed feature hash.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong template, ulong value)
    {
        ulong h = (value ^ (template * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL;
        h ^= h >> 31;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong template, ulong a, ulong b) => Combine(template, (a * 31) ^ Combine(template + 1000, b));
}

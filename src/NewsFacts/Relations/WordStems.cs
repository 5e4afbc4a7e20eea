using NewsFacts.Entities.Tagging;

namespace NewsFacts.Relations;

/// <summary>
/// A light English stemmer for relation features, hashed without allocating: it strips the inflections that
/// relation wordings take ("sues"/"sued", "stopped"/"stopping", "supplies"/"supplied", "leaves"/"leaving") so that
/// each verb's forms share one feature and one trigger entry. Written for the project rather than a full Porter
/// stemmer: only inflections are removed (derivations such as "investor" stay apart from "invest", which the
/// classifier should be free to weigh differently), and it works on the token's span in place.
/// </summary>
internal static class WordStems
{
    /// <summary>The lower-cased hash of the stem of <paramref name="word"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        char tail = '\0';
        if (n > 4 && EndsWith(word, n, "sses"))
        {
            n -= 2;
        }
        else if (n > 4 && (EndsWith(word, n, "ies") || EndsWith(word, n, "ied")))
        {
            n -= 3;
            tail = 'y';
        }
        else if (n > 3 && Is(word[n - 1], 's') && !IsAny(word[n - 2], "s'ui"))
        {
            n -= 1;
        }
        else if (n >= 4 && EndsWith(word, n, "ed") && HasVowel(word[..(n - 2)]))
        {
            // "sued", "used", "owed": a stem this short kept its own final e.
            n = n - 2 < 3 ? n - 1 : Undouble(word, n - 2);
        }
        else if (n >= 6 && EndsWith(word, n, "ing") && HasVowel(word[..(n - 3)]))
        {
            n = Undouble(word, n - 3);
        }

        if (tail == '\0')
        {
            if (n >= 6 && Is(word[n - 1], 'l') && Is(word[n - 2], 'l'))
            {
                n -= 1; // "controlled"/"control", "cancelled"/"cancel"
            }
            else if (n >= 4 && Is(word[n - 1], 'e'))
            {
                n -= 1; // "leave"/"leaving", "merge"/"merged"
            }
        }

        ulong hash = FeatureHashing.Lower(word[..n]);
        return tail == '\0' ? hash : FeatureHashing.Add(hash, tail);
    }

    // "stopp" → "stop", "bidd" → "bid"; l, s and z doublings are part of the stem ("sell", "pass", "buzz").
    private static int Undouble(ReadOnlySpan<char> word, int n)
    {
        char last = char.ToLowerInvariant(word[n - 1]);
        return n >= 4 && last == char.ToLowerInvariant(word[n - 2]) && char.IsAsciiLetterLower(last) && !IsAny(last, "aeiouylsz") ? n - 1 : n;
    }

    private static bool EndsWith(ReadOnlySpan<char> word, int n, string suffix) =>
        word[..n].EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static bool Is(char c, char lower) => char.ToLowerInvariant(c) == lower;

    private static bool IsAny(char c, string lowers) => lowers.Contains(char.ToLowerInvariant(c));

    private static bool HasVowel(ReadOnlySpan<char> stem)
    {
        foreach (char c in stem)
        {
            if (IsAny(c, "aeiouy"))
            {
                return true;
            }
        }

        return false;
    }
}

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
        if (n < 4)
        {
            return FeatureHashing.Lower(word); // no rule applies to words this short
        }

        char last = Low(word[n - 1]), second = Low(word[n - 2]), third = Low(word[n - 3]);
        char tail = '\0';
        if (n > 4 && last == 's' && second == 'e' && third == 's' && Low(word[n - 4]) == 's')
        {
            n -= 2; // "businesses"
        }
        else if (n > 4 && third == 'i' && second == 'e' && last is 's' or 'd')
        {
            n -= 3; // "supplies", "supplied" → "supply"
            tail = 'y';
        }
        else if (last == 's' && second is not ('s' or '\'' or 'u' or 'i'))
        {
            n -= 1; // not "press", "bonus", "analysis"
        }
        else if (last == 'd' && second == 'e' && HasVowel(word[..(n - 2)]))
        {
            // "sued", "used", "owed": a stem this short kept its own final e.
            n = n - 2 < 3 ? n - 1 : Undouble(word, n - 2);
        }
        else if (n >= 6 && last == 'g' && second == 'n' && third == 'i' && HasVowel(word[..(n - 3)]))
        {
            n = Undouble(word, n - 3);
        }

        if (tail == '\0')
        {
            if (n >= 6 && Low(word[n - 1]) == 'l' && Low(word[n - 2]) == 'l')
            {
                n -= 1; // "controlled"/"control", "cancelled"/"cancel"
            }
            else if (n >= 4 && Low(word[n - 1]) == 'e')
            {
                n -= 1; // "leave"/"leaving", "merge"/"merged"; not "sue", "use"
            }
        }

        ulong hash = FeatureHashing.Lower(word[..n]);
        return tail == '\0' ? hash : FeatureHashing.Add(hash, tail);
    }

    // "stopp" → "stop", "bidd" → "bid"; l, s and z doublings are part of the stem ("sell", "pass", "buzz").
    private static int Undouble(ReadOnlySpan<char> word, int n)
    {
        char last = Low(word[n - 1]);
        return n >= 4 && last == Low(word[n - 2]) && last is >= 'a' and <= 'z' && last is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'l' or 's' or 'z')
            ? n - 1
            : n;
    }

    // Lower case for comparing with lower-case ASCII letters only: other characters never map onto one.
    private static char Low(char c) => (char)(c | 0x20);

    private static bool HasVowel(ReadOnlySpan<char> stem)
    {
        foreach (char c in stem)
        {
            if (Low(c) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                return true;
            }
        }

        return false;
    }
}

using NewsFacts.Facts;
using NewsFacts.Pipeline;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Resolves "it", "its" and definite descriptions ("the firm", "the company", "the group", "the bank" ...) to
/// the named organisation they most likely stand for: at the start of a sentence, the first organisation of the
/// previous sentence (usually its subject); elsewhere, the nearest organisation named before it in the same or
/// the previous two sentences. Expletive "it" ("it is expected that") is skipped. Deterministic heuristics:
/// a reference without a plausible antecedent stays unresolved and never yields a fact. Officers quoted by title
/// alone add implicit references to their employer (<see cref="ImpliedEmployers"/>).
/// </summary>
internal static class ReferenceResolver
{
    private static readonly HashSet<string> Nouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "firm", "company", "group", "bank", "carmaker", "retailer", "airline", "insurer", "lender", "giant", "business",
        "conglomerate", "operator", "chain", "supermarket", "broadcaster", "publisher", "start-up", "startup", "maker",
        "manufacturer", "club", "agency", "regulator", "network", "service", "corporation", "partnership", "fund", "utility",
    };

    private static readonly HashSet<string> ExpletiveFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "likely", "unlikely", "expected", "possible", "impossible", "thought", "believed", "understood", "clear", "unclear",
        "hoped", "feared", "estimated", "reported", "said", "worth", "time", "important", "difficult", "hard", "easy", "too",
    };

    /// <summary>Named ORG/PERSON arguments plus resolved references, in text order.</summary>
    public static List<Argument> Arguments(PipelineDocument document)
    {
        var tokens = document.Tokens;
        var text = document.Normalized;
        var named = new List<Argument>();
        int sentenceIndex = 0;
        for (int m = 0; m < document.Mentions.Count; m++)
        {
            var mention = document.Mentions[m];
            var entity = document.Entities[m];
            if (entity.Type is not (EntityType.Organization or EntityType.Person))
            {
                continue;
            }

            while (document.Sentences[sentenceIndex].EndToken <= mention.FirstToken)
            {
                sentenceIndex++;
            }

            named.Add(new Argument(mention.FirstToken, mention.EndToken, entity.Type, entity.Canonical, false, sentenceIndex));
        }

        var all = new List<Argument>(named);
        int next = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                int length = ReferenceLength(text, tokens, t, sentence.EndToken);
                if (length == 0)
                {
                    continue;
                }

                while (next < named.Count && named[next].FirstToken < t)
                {
                    next++;
                }

                var antecedent = FindAntecedent(named, next, t, s, sentence.FirstToken);
                if (antecedent is { } a)
                {
                    all.Add(new Argument(t, t + length, EntityType.Organization, a.Canonical, true, s));
                }

                t += length - 1;
            }
        }

        all.Sort((x, y) => x.FirstToken.CompareTo(y.FirstToken));
        ImpliedEmployers.Add(document, all);
        return all;
    }

    // 1 for "it"/"its", 2 for "the firm", 0 when token t is no reference.
    private static int ReferenceLength(string text, List<Token> tokens, int t, int sentenceEnd)
    {
        var word = tokens[t].In(text);
        if (word.Equals("its", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (word.Equals("it", StringComparison.OrdinalIgnoreCase))
        {
            bool expletive = t + 2 < sentenceEnd
                && tokens[t + 1].In(text) is "is" or "was" or "'s" or "has" or "had" or "would" or "will" or "seems" or "remains"
                && ExpletiveFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[t + 2].In(text));
            return expletive ? 0 : 1;
        }

        if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && t + 1 < sentenceEnd
            && Nouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[t + 1].In(text))
            && (t + 2 >= sentenceEnd || !char.IsUpper(text[tokens[t + 2].Start])))
        {
            return 2;
        }

        return 0;
    }

    private static Argument? FindAntecedent(List<Argument> named, int before, int token, int sentence, int sentenceStart)
    {
        bool sentenceInitial = token - sentenceStart <= 1;
        if (sentenceInitial && sentence > 0)
        {
            // The subject of the previous sentence: its first organisation (the backward scan ends on it).
            Argument? subject = null;
            for (int i = before - 1; i >= 0 && named[i].Sentence >= sentence - 1; i--)
            {
                if (named[i].Sentence == sentence - 1 && named[i].Type == EntityType.Organization)
                {
                    subject = named[i];
                }
            }

            if (subject is not null)
            {
                return subject;
            }
        }

        // Else the nearest organisation before the reference.
        for (int i = before - 1; i >= 0 && named[i].Sentence >= sentence - 2; i--)
        {
            if (named[i].Type == EntityType.Organization)
            {
                return named[i];
            }
        }

        return null;
    }
}

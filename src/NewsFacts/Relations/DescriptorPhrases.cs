using NewsFacts.Entities.Tagging;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Finds the describing phrase news puts right before a name: "bought [US rival] Grey Global", "took over
/// [nuclear fuel giant] Atomstroieksport", "sold to [little-known investment company] Baikal". The phrase says
/// what the entity is, not how the two are related, so the pair features read the words before it as "between"
/// and the phrase's head noun as a feature of its own; otherwise "bought US rival" is a wording never seen in
/// training and "rival" (mostly seen between competitors) drowns "bought".
/// </summary>
internal static class DescriptorPhrases
{
    private const int MaxModifiers = 4;

    // Head nouns that name a kind of organisation or its standing; never relation triggers (an "owner", a
    // "partner", a "unit" or a "supplier" says how two entities are related, so it must stay between them).
    private static readonly HashSet<ulong> Heads = FeatureHashing.LowerSet(
        "rival", "rivals", "giant", "firm", "company", "group", "bank", "maker", "retailer", "carrier", "airline",
        "operator", "producer", "chain", "insurer", "lender", "broker", "agency", "conglomerate", "supermarket",
        "brewer", "manufacturer", "developer", "publisher", "network", "outfit", "specialist", "start-up", "startup",
        "leader", "player", "exchange", "watchdog", "regulator", "body", "label", "studio", "business", "miner",
        "distributor", "telecoms", "firms", "companies", "banks", "competitor", "peer", "counterpart", "utility");

    // Words that end a noun phrase on its left: prepositions, conjunctions, auxiliaries and reporting verbs.
    private static readonly HashSet<ulong> Boundaries = FeatureHashing.LowerSet(
        "by", "to", "of", "in", "on", "at", "with", "from", "for", "and", "or", "but", "that", "which", "who", "as",
        "than", "has", "have", "had", "is", "was", "were", "are", "be", "been", "will", "would", "said", "says",
        "after", "before", "into", "over", "about", "between", "while", "if", "when", "not", "also");

    // Trigger words that also modify a kind of organisation ("investment company", "venture capital firm").
    private static readonly HashSet<ulong> TriggerModifiers = FeatureHashing.LowerSet("investment", "venture");

    private static readonly HashSet<ulong> Determiners = FeatureHashing.LowerSet("the", "a", "an", "its", "their", "his", "her", "fellow");

    /// <summary>
    /// The first token of the describing phrase that ends right before <paramref name="argumentStart"/>, or
    /// <paramref name="argumentStart"/> itself when there is none; never before <paramref name="limit"/>.
    /// </summary>
    public static int StartBefore(string text, List<Token> tokens, int argumentStart, int limit)
    {
        int head = argumentStart - 1;
        if (head < limit || !IsLowerWord(text, tokens[head]) || !Heads.Contains(FeatureHashing.Lower(tokens[head].In(text))))
        {
            return argumentStart;
        }

        int start = head;
        for (int t = head - 1; t >= limit && head - t <= MaxModifiers; t--)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                break;
            }

            ulong word = FeatureHashing.Lower(token.In(text));
            if (Determiners.Contains(word))
            {
                start = t;
                break;
            }

            if (Boundaries.Contains(word) || (TriggerLexicon.Classify(RelationFeatures.Stem(text, token)) != 0 && !TriggerModifiers.Contains(word)))
            {
                break;
            }

            start = t;
        }

        return start;
    }

    /// <summary>The hash of the phrase's head noun (the word right before the argument).</summary>
    public static ulong HeadOf(string text, List<Token> tokens, int argumentStart) => FeatureHashing.Lower(tokens[argumentStart - 1].In(text));

    private static bool IsLowerWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsLower(text[token.Start]);

}

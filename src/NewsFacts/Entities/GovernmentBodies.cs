using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Text;

namespace NewsFacts.Entities;

/// <summary>
/// A place or nationality followed by the noun of a state body ("the Indian government", "US Treasury", "the
/// German finance ministry", "Nigerian central bank") is one organisation: the guidelines make a government that
/// acts as a party an ORG. The tagger follows CoNLL-2003, which tags only the place ("Indian" MISC, "government"
/// O), so the fact pipeline joins the two here; the CoNLL evaluation reads the tagger alone and is not affected.
/// </summary>
internal static class GovernmentBodies
{
    private static readonly HashSet<ulong> Bodies = FeatureHashing.LowerSet(
        "government", "administration", "treasury", "parliament", "cabinet", "ministry", "embassy", "consulate",
        "senate", "congress", "army", "navy", "military");

    // Bodies named by two words, or by a word and a ministry or department ("finance ministry", "justice department").
    private static readonly HashSet<ulong> Qualified = FeatureHashing.LowerSet("ministry", "department");
    private static readonly HashSet<(ulong, ulong)> Pairs =
    [
        (FeatureHashing.Lower("central"), FeatureHashing.Lower("bank")),
        (FeatureHashing.Lower("high"), FeatureHashing.Lower("court")),
        (FeatureHashing.Lower("supreme"), FeatureHashing.Lower("court")),
    ];

    // "US government bonds", "UK Treasury figures": the body names a kind of thing, not a party.
    private static readonly HashSet<ulong> Compounds = FeatureHashing.LowerSet(
        "bond", "bonds", "debt", "securities", "yield", "yields", "borrowing", "spending", "figures", "data", "statistics",
        "bills", "gilts", "paper", "budget");

    /// <summary>
    /// Rewrites the tags of one sentence so that each place or nationality mention directly followed by a state
    /// body's noun becomes one ORG mention over both. The body's tokens get confidence 1, so the mention keeps the
    /// confidence the tagger gave the place. Mentions a gazetteer placed are left alone.
    /// </summary>
    public static void Join(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<byte> tags, Span<float> confidence, ReadOnlySpan<bool> fromGazetteer)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!TagSet.IsBegin(tags[i]) || fromGazetteer[i] || TagSet.TypeOf(tags[i]) is not (EntityType.Location or EntityType.Miscellaneous))
            {
                continue;
            }

            int end = TagSet.MentionEnd(tags, i);
            int bodyEnd = end + BodyLength(text, tokens, end);
            if (bodyEnd == end || !IsFree(tags, fromGazetteer, end, bodyEnd) || Compounds.Contains(WordAt(text, tokens, bodyEnd)))
            {
                continue;
            }

            tags[i] = TagSet.Begin(EntityType.Organization);
            for (int j = i + 1; j < bodyEnd; j++)
            {
                tags[j] = TagSet.Inside(EntityType.Organization);
                if (j >= end)
                {
                    confidence[j] = 1f;
                }
            }

            i = bodyEnd - 1;
        }
    }

    // The number of tokens of a state body's noun starting at `start`, or 0.
    private static int BodyLength(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start)
    {
        ulong first = WordAt(text, tokens, start);
        if (first == 0)
        {
            return 0;
        }

        if (Bodies.Contains(first))
        {
            return 1;
        }

        ulong second = WordAt(text, tokens, start + 1);
        return second != 0 && (Qualified.Contains(second) || Pairs.Contains((first, second))) ? 2 : 0;
    }

    // The body's tokens must be untagged, or an ORG mention of exactly those tokens ("UK" LOC + "Treasury" ORG).
    private static bool IsFree(ReadOnlySpan<byte> tags, ReadOnlySpan<bool> fromGazetteer, int start, int end)
    {
        if (tags[start] == TagSet.Outside)
        {
            for (int j = start; j < end; j++)
            {
                if (tags[j] != TagSet.Outside)
                {
                    return false;
                }
            }

            return true;
        }

        if (fromGazetteer[start] || tags[start] != TagSet.Begin(EntityType.Organization))
        {
            return false;
        }

        for (int j = start + 1; j < end; j++)
        {
            if (tags[j] != TagSet.Inside(EntityType.Organization))
            {
                return false;
            }
        }

        return end == tags.Length || !TagSet.IsInside(tags[end]);
    }

    private static ulong WordAt(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int t) =>
        t < tokens.Length && tokens[t].Kind == TokenKind.Word ? FeatureHashing.Lower(tokens[t].In(text)) : 0;

}

using System.Runtime.InteropServices;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// Document context for the second tagging pass: for each capitalised token, the entity type the first pass
/// gave most often to the same word elsewhere in the document, and the type of longer mentions it is part of
/// elsewhere ("Scale" alone, "Scale AI" elsewhere). A token's own first-pass tag never counts toward its own hint.
/// </summary>
internal static class DocumentHints
{
    private const int Types = 4;

    public static void Compute(Span<TokenView> views, ReadOnlySpan<byte> firstPass)
    {
        var counts = new Dictionary<ulong, TypeCounts>();
        var partOf = new Dictionary<ulong, TypeCounts>();
        var lowercase = new HashSet<ulong>();
        for (int i = 0; i < views.Length; i++)
        {
            if (!views[i].Capitalized)
            {
                lowercase.Add(views[i].Lower);
            }

            byte tag = firstPass[i];
            if (tag == TagSet.Outside || !views[i].Capitalized)
            {
                continue;
            }

            int type = (tag - 1) / 2;
            CollectionsMarshal.GetValueRefOrAddDefault(counts, views[i].Lower, out _)[type]++;
            if (InMultiTokenMention(firstPass, i))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(partOf, views[i].Lower, out _)[type]++;
            }
        }

        for (int i = 0; i < views.Length; i++)
        {
            ref var view = ref views[i];
            byte tag = firstPass[i];
            view.FirstPassTag = (byte)(tag + 1);
            if (!view.Capitalized)
            {
                continue;
            }

            view.LowercaseElsewhere = lowercase.Contains(view.Lower) ? (byte)2 : (byte)1;

            int own = tag == TagSet.Outside ? -1 : (tag - 1) / 2;
            if (counts.TryGetValue(view.Lower, out var c))
            {
                view.DocumentType = Majority(c, own);
            }

            if (partOf.TryGetValue(view.Lower, out var p))
            {
                view.PartOfType = Majority(p, InMultiTokenMention(firstPass, i) ? own : -1);
            }
        }
    }

    private static bool InMultiTokenMention(ReadOnlySpan<byte> tags, int i) =>
        TagSet.IsInside(tags[i]) || (i + 1 < tags.Length && TagSet.IsInside(tags[i + 1]));

    // 1 + the most frequent type among the other occurrences (ties to the lower type), 0 if none.
    private static byte Majority(TypeCounts counts, int own)
    {
        int best = -1, bestCount = 0;
        for (int t = 0; t < Types; t++)
        {
            int n = counts[t] - (t == own ? 1 : 0);
            if (n > bestCount)
            {
                best = t;
                bestCount = n;
            }
        }

        return (byte)(best + 1);
    }

    [System.Runtime.CompilerServices.InlineArray(Types)]
    private struct TypeCounts
    {
        private int _element;
    }
}

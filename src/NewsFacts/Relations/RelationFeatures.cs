using NewsFacts.Facts;
using NewsFacts.Entities.Tagging;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Hashed binary features of a candidate pair (A before B in one sentence) for the relation classifier, and of
/// a fact's context for the modality classifier: argument types, the words and word pairs between the arguments
/// (crudely stemmed, so "invests"/"invested"/"investing" share one; a phrase describing the later argument is not
/// among them, see <see cref="DescriptorPhrases"/>), the words just outside them, distance,
/// possessives, and modality cues. Shared by training and run time so both see exactly the same features (the
/// extractor passes a per-document <see cref="TokenStems"/> cache, which changes no value).
/// </summary>
internal static class RelationFeatures
{
    public const int Bits = 20;
    private const int MaxBetween = 15;

    public static void Pair(string text, List<Token> tokens, Sentence sentence, Argument a, Argument b, int argumentsBetween, List<int> features, TokenStems? stems = null)
    {
        ulong types = ((ulong)a.Type << 8) | ((ulong)b.Type << 4) | (a.IsReference ? 2UL : 0) | (b.IsReference ? 1UL : 0)
            | (a.IsImplicit || b.IsImplicit ? 1UL << 12 : 0);
        Add(features, 1, types);

        // "bought [US rival] Grey Global": the words between end where the phrase describing B begins.
        int core = DescriptorPhrases.StartBefore(text, tokens, b.FirstToken, a.EndToken);
        if (core < b.FirstToken)
        {
            ulong head = DescriptorPhrases.HeadOf(text, tokens, b.FirstToken);
            Add(features, 26, head);
            Add(features, 27, types, head);
        }

        int between = core - a.EndToken;
        Add(features, 10, types, Bucket(between));
        Add(features, 11, Bucket(argumentsBetween));

        ulong first = Word(text, tokens, a.EndToken, core);
        ulong last = Word(text, tokens, core - 1, a.EndToken - 1);
        Add(features, 4, first);
        Add(features, 5, last);
        Add(features, 21, types, first);
        Add(features, 22, types, last);

        // Trigger words between, just before and just after the pair, by the relation they suggest.
        for (int t = Math.Max(sentence.FirstToken, a.FirstToken - 4); t < Math.Min(sentence.EndToken, b.EndToken + 4); t++)
        {
            if ((t >= a.FirstToken && t < a.EndToken) || (t >= b.FirstToken && t < b.EndToken))
            {
                continue;
            }

            int trigger = TriggerLexicon.Classify(StemAt(text, tokens, t, stems));
            if (trigger != 0)
            {
                ulong region = t < a.FirstToken ? 1UL : t < b.FirstToken ? 2UL : 3UL;
                Add(features, 30, (ulong)trigger, region);
                Add(features, 31, types, ((ulong)trigger << 4) | region);
            }
        }

        if (between <= MaxBetween)
        {
            ulong sequence = 17;
            ulong previous = 1;
            for (int t = a.EndToken; t < core; t++)
            {
                ulong w = StemAt(text, tokens, t, stems);
                Add(features, 2, w);
                Add(features, 12, types, w);
                Add(features, 3, previous, w);
                sequence = FeatureHashing.Combine(sequence, w);
                previous = w;
            }

            Add(features, 3, previous, 2);
            if (between <= 5)
            {
                Add(features, 13, sequence);
                Add(features, 23, types, sequence);
            }
        }
        else
        {
            Add(features, 14, types);
            for (int t = a.EndToken; t < a.EndToken + 3; t++)
            {
                Add(features, 15, StemAt(text, tokens, t, stems));
            }

            for (int t = core - 3; t < core; t++)
            {
                Add(features, 16, StemAt(text, tokens, t, stems));
            }
        }

        ulong left1 = Word(text, tokens, a.FirstToken - 1, sentence.FirstToken - 1);
        ulong right1 = Word(text, tokens, b.EndToken, sentence.EndToken);
        Add(features, 6, left1);
        Add(features, 7, Word(text, tokens, a.FirstToken - 2, sentence.FirstToken - 1));
        Add(features, 8, right1);
        Add(features, 9, Word(text, tokens, b.EndToken + 1, sentence.EndToken));
        Add(features, 17, left1, first);
        Add(features, 18, last, right1);
        Add(features, 19, types, right1);

        for (int t = Math.Max(sentence.FirstToken, a.FirstToken - 5); t < a.FirstToken; t++)
        {
            Add(features, 24, StemAt(text, tokens, t, stems));
        }

        for (int t = b.EndToken; t < Math.Min(sentence.EndToken, b.EndToken + 5); t++)
        {
            Add(features, 25, StemAt(text, tokens, t, stems));
        }
    }

    /// <summary>
    /// Features for the direction classifier: the pair's features, each also conjoined with the relation, so that
    /// "X was bought by Y" and "X bought Y" teach different directions per relation.
    /// </summary>
    public static void Direction(string text, List<Token> tokens, Sentence sentence, Argument a, Argument b, int argumentsBetween, RelationType relation, List<int> features, TokenStems? stems = null)
    {
        int start = features.Count;
        Pair(text, tokens, sentence, a, b, argumentsBetween, features, stems);
        int end = features.Count;
        for (int i = start; i < end; i++)
        {
            Add(features, 60, (ulong)features[i], (ulong)relation);
        }

        Add(features, 61, (ulong)relation);
    }

    /// <summary>Features of the context of a fact for the modality classifier.</summary>
    public static void Modality(string text, List<Token> tokens, Sentence sentence, Argument a, Argument b, int label, List<int> features)
    {
        Add(features, 40, (ulong)label);
        int from = Math.Max(sentence.FirstToken, a.FirstToken - 8);
        int to = Math.Min(sentence.EndToken, b.EndToken + 3);
        ulong previous = 1;
        for (int t = from; t < to; t++)
        {
            if (t >= a.FirstToken && t < a.EndToken || t >= b.FirstToken && t < b.EndToken)
            {
                continue;
            }

            ulong w = FeatureHashing.Lower(tokens[t].In(text));
            Add(features, 41, w);
            Add(features, 42, previous, w);
            if (t >= a.EndToken && t < b.FirstToken)
            {
                Add(features, 43, w);
            }

            previous = w;
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var cue = ModalityCues.Classify(tokens[t].In(text));
            if (cue != 0)
            {
                Add(features, 44, (ulong)cue);
                Add(features, 45, (ulong)cue, t >= from && t < to ? 1UL : 2UL);
                Add(features, 46, (ulong)label, ((ulong)cue << 8) | FeatureHashing.Lower(tokens[t].In(text)));
            }
        }
    }

    private static ulong Bucket(int n) => n switch
    {
        <= 0 => 0,
        1 => 1,
        2 => 2,
        <= 4 => 3,
        <= 7 => 4,
        <= 12 => 5,
        <= 20 => 6,
        _ => 7,
    };

    // The lower-cased word at index t, or a boundary marker when t equals the limit (or is out of range).
    private static ulong Word(string text, List<Token> tokens, int t, int limit)
    {
        if (t == limit || t < 0 || t >= tokens.Count)
        {
            return 3;
        }

        return FeatureHashing.Lower(tokens[t].In(text));
    }

    // The stem of token t, from the document's cache when the caller keeps one (the extractor does; training need not).
    private static ulong StemAt(string text, List<Token> tokens, int t, TokenStems? stems) =>
        stems is null ? Stem(text, tokens[t]) : stems[t];

    // Lower-cased hash of the word without its inflection ("invested" → "invest", "talks" → "talk"), see WordStems.
    internal static ulong Stem(string text, Token token)
    {
        var w = token.In(text);
        if (token.Kind == TokenKind.Amount)
        {
            return 5;
        }

        if (token.Kind == TokenKind.Number)
        {
            return 6;
        }

        return WordStems.Hash(w);
    }

    private static void Add(List<int> features, ulong template, ulong value) =>
        features.Add((int)(FeatureHashing.Combine(template, value) >> (64 - Bits)));

    private static void Add(List<int> features, ulong template, ulong a, ulong b) =>
        features.Add((int)(FeatureHashing.Combine(template, a, b) >> (64 - Bits)));
}

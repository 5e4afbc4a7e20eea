using NewsFacts.Facts;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// Reads a fact's attributes from its sentence: the role title next to the person ("interim CEO", "chief
/// executive"), the amount near an investment or acquisition ("$14.3bn", "multi-billion dollar"), and the source
/// a fact is attributed to ("according to Reuters").
/// </summary>
internal static class FactAttributesExtractor
{
    public static FactAttributes Extract(string text, List<Token> tokens, Sentence sentence, RelationType relation, Argument subject, Argument obj, List<Argument> arguments)
    {
        string? role = relation is RelationType.HoldsRole or RelationType.LeavesRole ? Role(text, tokens, sentence, subject, obj) : null;
        string? amount = relation is RelationType.InvestsIn or RelationType.Acquires ? Amount(text, tokens, sentence, subject, obj) : null;
        string? source = Source(text, tokens, sentence, arguments);
        return role is null && amount is null && source is null ? FactAttributes.None : new FactAttributes(role, amount, source);
    }

    // The longest run of title words between the arguments, or right before or after the person.
    private static string? Role(string text, List<Token> tokens, Sentence sentence, Argument person, Argument organization)
    {
        int lo = Math.Min(person.EndToken, organization.EndToken);
        int hi = Math.Max(person.FirstToken, organization.FirstToken);
        var best = LongestTitleRun(text, tokens, lo, hi);
        if (best.Length == 0)
        {
            best = LongestTitleRun(text, tokens, Math.Max(sentence.FirstToken, person.FirstToken - 5), person.FirstToken);
        }

        if (best.Length == 0)
        {
            best = LongestTitleRun(text, tokens, person.EndToken, Math.Min(sentence.EndToken, person.EndToken + 6));
        }

        if (best.Length == 0)
        {
            return null;
        }

        string role = text[tokens[best.Start].Start..tokens[best.Start + best.Length - 1].End];
        return role.Equals("former", StringComparison.OrdinalIgnoreCase) ? null : role;
    }

    private static (int Start, int Length) LongestTitleRun(string text, List<Token> tokens, int from, int to)
    {
        (int Start, int Length) best = (0, 0);
        int runStart = -1;
        for (int t = from; t <= to; t++)
        {
            bool title = t < to && IsTitleWord(text, tokens[t]);
            if (title && runStart < 0)
            {
                runStart = t;
            }
            else if (!title && runStart >= 0)
            {
                int start = runStart;
                while (start < t && IsModifierOnly(tokens[start].In(text)))
                {
                    start++; // "former" alone is not a title
                }

                if (t - start > best.Length || (t - start == best.Length && best.Length > 0))
                {
                    best = t - start > 0 ? (start, t - start) : best;
                }

                runStart = -1;
            }
        }

        return best;
    }

    private static bool IsModifierOnly(ReadOnlySpan<char> word) => word.Equals("former", StringComparison.OrdinalIgnoreCase);

    private static bool IsTitleWord(string text, Token token) => RoleTitles.IsTitleWord(text, token);

    private static string? Amount(string text, List<Token> tokens, Sentence sentence, Argument a, Argument b)
    {
        int lo = Math.Max(sentence.FirstToken, Math.Min(a.FirstToken, b.FirstToken) - 6);
        int hi = Math.Min(sentence.EndToken, Math.Max(a.EndToken, b.EndToken) + 8);
        for (int t = lo; t < hi; t++)
        {
            var token = tokens[t];
            if (token.Kind == TokenKind.Amount)
            {
                int end = token.End;
                if (t + 1 < hi && tokens[t + 1].In(text) is "billion" or "million" or "bn" or "m")
                {
                    end = tokens[t + 1].End;
                }

                return text[token.Start..end];
            }

            var word = token.In(text);
            if (word.StartsWith("multi-billion", StringComparison.OrdinalIgnoreCase) || word.StartsWith("multi-million", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("billion-dollar", StringComparison.OrdinalIgnoreCase))
            {
                int end = token.End;
                if (t + 1 < hi && tokens[t + 1].In(text) is "dollar" or "pound" or "euro")
                {
                    end = tokens[t + 1].End;
                }

                return text[token.Start..end];
            }
        }

        return null;
    }

    // "according to Reuters": the organisation named right after "according to".
    private static string? Source(string text, List<Token> tokens, Sentence sentence, List<Argument> arguments)
    {
        for (int t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
        {
            if (tokens[t].In(text).Equals("according", StringComparison.OrdinalIgnoreCase) && tokens[t + 1].In(text) is "to")
            {
                foreach (var argument in arguments)
                {
                    if (!argument.IsReference && argument.FirstToken >= t + 2 && argument.FirstToken <= t + 4)
                    {
                        return argument.Canonical;
                    }
                }
            }
        }

        return null;
    }
}

using NewsFacts.Facts;
using NewsFacts.Pipeline;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// News names a company once and then quotes its officers by title alone: "chairman and chief executive Richard
/// Parsons said", "Todd Stitzer, chief executive, said". Where a sentence names a person with an officer's title
/// next to them and names no organisation, the title becomes an implicit reference to the organisation the
/// passage is about: the nearest organisation of the two sentences before, else the one the article has named
/// most so far. The classifier still decides whether the pair holds a relation (the argument is marked implicit,
/// so it learns how far to trust it).
/// </summary>
internal static class ImpliedEmployers
{
    private const int SentencesBack = 2;

    /// <summary>Adds implicit employer arguments to <paramref name="arguments"/> (sorted by position; kept sorted).</summary>
    public static void Add(PipelineDocument document, List<Argument> arguments)
    {
        var text = document.Normalized;
        var tokens = document.Tokens;
        var mentionsSoFar = new Dictionary<string, int>(StringComparer.Ordinal);
        var added = new List<Argument>();
        int i = 0;
        while (i < arguments.Count)
        {
            int sentence = arguments[i].Sentence;
            int end = i;
            bool namesOrganization = false;
            while (end < arguments.Count && arguments[end].Sentence == sentence)
            {
                namesOrganization |= arguments[end].Type == EntityType.Organization;
                end++;
            }

            if (!namesOrganization)
            {
                for (int p = i; p < end; p++)
                {
                    var person = arguments[p];
                    if (person.Type != EntityType.Person || person.IsReference)
                    {
                        continue;
                    }

                    var (first, last) = TitleNextTo(text, tokens, document.Sentences[sentence], person);
                    if (first < last && !OfficeOfState(document, first) && Employer(arguments, i, sentence, mentionsSoFar) is { } employer)
                    {
                        added.Add(new Argument(first, last, EntityType.Organization, employer, true, sentence, IsImplicit: true));
                    }
                }
            }

            for (int k = i; k < end; k++)
            {
                if (arguments[k].Type == EntityType.Organization && !arguments[k].IsReference)
                {
                    mentionsSoFar[arguments[k].Canonical] = mentionsSoFar.GetValueOrDefault(arguments[k].Canonical) + 1;
                }
            }

            i = end;
        }

        if (added.Count > 0)
        {
            arguments.AddRange(added);
            arguments.Sort((x, y) => x.FirstToken != y.FirstToken ? x.FirstToken.CompareTo(y.FirstToken) : x.EndToken.CompareTo(y.EndToken));
        }
    }

    // The title run right before the person ("chief executive Todd Stitzer") or right after it, after a comma
    // ("Todd Stitzer, chief executive,"). Runs may join titles with "and"; at least one word must name an officer.
    private static (int First, int Last) TitleNextTo(string text, List<Token> tokens, Sentence sentence, Argument person)
    {
        int first = person.FirstToken;
        while (first > sentence.FirstToken && IsRunWord(text, tokens, first - 1, sentence.FirstToken))
        {
            first--;
        }

        while (first < person.FirstToken && tokens[first].In(text) is "and")
        {
            first++;
        }

        if (HasOfficerWord(text, tokens, first, person.FirstToken))
        {
            return (first, person.FirstToken);
        }

        int start = person.EndToken;
        if (start < sentence.EndToken && tokens[start].In(text) is ",")
        {
            start++;
        }

        int last = start;
        while (last < sentence.EndToken && (RoleTitles.IsTitleWord(text, tokens[last]) || (tokens[last].In(text) is "and" && last > start)))
        {
            last++;
        }

        while (last > start && tokens[last - 1].In(text) is "and")
        {
            last--;
        }

        return HasOfficerWord(text, tokens, start, last) ? (start, last) : (0, 0);
    }

    // "Russian President Vladimir Putin", "Brazil's finance minister": a title that follows a nationality or a place
    // is an office of state, whose holders the guidelines give no role at an organisation.
    private static bool OfficeOfState(PipelineDocument document, int titleStart)
    {
        int before = titleStart - 1;
        if (before >= 0 && document.Tokens[before].In(document.Normalized) is "'s" or "'")
        {
            before--;
        }

        foreach (var mention in document.Mentions)
        {
            if (mention.FirstToken > before)
            {
                break;
            }

            if (mention.EndToken == before + 1)
            {
                return mention.Type is EntityType.Location or EntityType.Miscellaneous;
            }
        }

        return false;
    }

    private static bool IsRunWord(string text, List<Token> tokens, int t, int sentenceStart) =>
        RoleTitles.IsTitleWord(text, tokens[t]) || (tokens[t].In(text) is "and" && t > sentenceStart && RoleTitles.IsTitleWord(text, tokens[t - 1]));

    private static bool HasOfficerWord(string text, List<Token> tokens, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (RoleTitles.IsOfficerWord(text, tokens[t]))
            {
                return true;
            }
        }

        return false;
    }

    // The nearest organisation named in the two sentences before; else the one named most so far (ties: the
    // first named), if it was named at least twice.
    private static string? Employer(List<Argument> arguments, int sentenceStart, int sentence, Dictionary<string, int> mentionsSoFar)
    {
        for (int k = sentenceStart - 1; k >= 0 && arguments[k].Sentence >= sentence - SentencesBack; k--)
        {
            if (arguments[k].Type == EntityType.Organization && !arguments[k].IsImplicit)
            {
                return arguments[k].Canonical;
            }
        }

        string? best = null;
        int bestCount = 1;
        foreach (var (name, count) in mentionsSoFar)
        {
            if (count > bestCount)
            {
                (best, bestCount) = (name, count);
            }
        }

        return best;
    }
}

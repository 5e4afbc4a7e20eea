using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Text;
using NewsFacts.Training.Facts;

namespace NewsFacts.Training.Ner;

/// <summary>
/// Entity training sentences from the project's relation annotations of BBC training articles. The annotations
/// list every ORG and PERSON of an article (names and aliases) but no places or other names, so each article is
/// labelled in two layers: the annotated names, matched on whole tokens (longest first), become ORG and PER; a
/// tagger trained on CoNLL alone supplies LOC and MISC elsewhere; its ORG and PER guesses that the annotators did
/// not list are dropped. This teaches the tagger 2004–05 business and technology news and the guidelines' notion
/// of an organisation, while keeping CoNLL's four types.
/// </summary>
internal static class SilverCorpus
{
    public static List<ConllSentence> Build(IEnumerable<GoldDocument> documents, Func<string, string?> readText, EntityTagger bootstrap, Action<string> log)
    {
        var sentences = new List<ConllSentence>();
        int articles = 0, names = 0;
        foreach (var gold in documents)
        {
            string? raw = readText(gold.Doc);
            if (raw is null)
            {
                continue;
            }

            articles++;
            string text = CharNormalizer.Normalize(raw);
            var tokens = new List<Token>();
            NewsTokenizer.Tokenize(text, tokens);
            var spans = SentenceSplitter.Split(text, tokens);
            var tags = new byte[tokens.Count];
            bootstrap.TagDocument(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), spans, tags, new float[tokens.Count]);
            DropPersonsAndOrganizations(tags);
            names += MarkAnnotatedNames(gold, text, tokens, tags);

            sentences.Add(new ConllSentence(["-DOCSTART-"], [TagSet.Outside], isDocumentStart: true));
            for (int s = 0; s < spans.Count; s++)
            {
                var span = spans[s];
                var words = new string[span.TokenCount];
                for (int i = 0; i < words.Length; i++)
                {
                    var token = tokens[span.FirstToken + i];
                    words[i] = text[token.Start..token.End];
                }

                // Every other article gets its headline in title case, as many sites write headlines.
                if (s == 0 && articles % 2 == 0)
                {
                    words = TitleCase(words);
                }

                sentences.Add(new ConllSentence(words, tags[span.FirstToken..span.EndToken], isDocumentStart: false));
            }
        }

        log($"silver entity data: {articles} annotated articles, {sentences.Count(s => !s.IsDocumentStart)} sentences, {names} annotated name occurrences");
        return sentences;
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "as" };

    private static string[] TitleCase(string[] words) => words
        .Select((w, i) => w.Length > 0 && char.IsLower(w[0]) && (i == 0 || !SmallWords.Contains(w)) ? char.ToUpperInvariant(w[0]) + w[1..] : w)
        .ToArray();

    private static void DropPersonsAndOrganizations(byte[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != TagSet.Outside && TagSet.TypeOf(tags[i]) is EntityType.Person or EntityType.Organization)
            {
                tags[i] = TagSet.Outside;
            }
        }
    }

    // Marks every whole-token occurrence of an annotated name (longest names first, no overlaps) and returns how many.
    private static int MarkAnnotatedNames(GoldDocument gold, string text, List<Token> tokens, byte[] tags)
    {
        var names = gold.Entities
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Words: Words(n), Type: e.EntityType)))
            .Where(n => n.Words.Length > 0)
            .OrderByDescending(n => n.Words.Length)
            .ThenBy(n => string.Join(' ', n.Words), StringComparer.Ordinal)
            .ToList();
        var taken = new bool[tokens.Count];
        int count = 0;
        foreach (var (words, type) in names)
        {
            for (int i = 0; i + words.Length <= tokens.Count; i++)
            {
                bool match = true;
                for (int k = 0; k < words.Length && match; k++)
                {
                    match = !taken[i + k] && tokens[i + k].In(text).SequenceEqual(words[k]);
                }

                if (!match)
                {
                    continue;
                }

                // The annotated name wins over any place or other name the bootstrap tagger saw on these tokens.
                ClearChunkAround(tags, i, i + words.Length);
                tags[i] = TagSet.Begin(type);
                for (int k = 0; k < words.Length; k++)
                {
                    taken[i + k] = true;
                    if (k > 0)
                    {
                        tags[i + k] = TagSet.Inside(type);
                    }
                }

                count++;
            }
        }

        return count;
    }

    private static void ClearChunkAround(byte[] tags, int start, int end)
    {
        int from = start;
        while (from > 0 && TagSet.IsInside(tags[from]))
        {
            from--;
        }

        int to = end;
        while (to < tags.Length && TagSet.IsInside(tags[to]))
        {
            to++;
        }

        Array.Clear(tags, from, to - from);
    }

    private static string[] Words(string name)
    {
        string normalized = CharNormalizer.Normalize(name);
        var tokens = NewsTokenizer.Tokenize(normalized);
        return tokens.Select(t => normalized[t.Start..t.End]).ToArray();
    }
}

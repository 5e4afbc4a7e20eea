using NewsFacts.Text;

namespace NewsFacts.Training.Ner;

/// <summary>
/// The words that get a pretrained vector in the fast entity model: the training text's tokens plus any other word
/// lists given (curated names, an encoder's own vocabulary). Never the tuning or test text, so that tuning sees
/// unknown words as often as new text will.
/// </summary>
internal static class WordVocabulary
{
    /// <summary>Longest word kept (longer tokens are URLs and the like).</summary>
    public const int MaxLength = 30;

    /// <summary>Distinct lower-cased words of the documents and lists, sorted (ordinal).</summary>
    public static List<string> Build(IEnumerable<ConllDocument> documents, IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var token in document.Tokens)
            {
                Add(set, token.In(document.Text));
            }
        }

        foreach (string word in words)
        {
            Add(set, word);
        }

        var list = set.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    /// <summary>
    /// Words of the documents that occur in at most <paramref name="maxDocuments"/> of them and in none of the lists:
    /// the training text's stand-ins for the unknown words of new text (rare words are the ones new text brings
    /// that no vocabulary holds).
    /// </summary>
    public static List<string> RareWords(IEnumerable<ConllDocument> documents, IEnumerable<string> words, int maxDocuments)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            Add(listed, word);
        }

        var documentCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in document.Tokens)
            {
                Add(seen, token.In(document.Text));
            }

            foreach (string word in seen)
            {
                documentCount[word] = documentCount.GetValueOrDefault(word) + 1;
            }
        }

        var rare = documentCount.Where(e => e.Value <= maxDocuments && !listed.Contains(e.Key)).Select(e => e.Key).ToList();
        rare.Sort(StringComparer.Ordinal);
        return rare;
    }

    /// <summary>The words (letter tokens) of text files of any format (plain text, JSON, CoNLL), in file order.</summary>
    public static IEnumerable<string> WordsOfFiles(IEnumerable<string> paths) => paths.SelectMany(path => WordsOf(File.ReadAllText(path)));

    /// <summary>The words (letter tokens) of a text, in order.</summary>
    public static IEnumerable<string> WordsOf(string text) =>
        NewsTokenizer.Tokenize(text).Where(token => token.Kind == TokenKind.Word).Select(token => text[token.Start..token.End]);

    private static void Add(HashSet<string> set, ReadOnlySpan<char> word)
    {
        if (word.Length is > 0 and <= MaxLength && !word.ContainsAny(" \t\r\n"))
        {
            set.Add(word.ToString().ToLowerInvariant());
        }
    }
}

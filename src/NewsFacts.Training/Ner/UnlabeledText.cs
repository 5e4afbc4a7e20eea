using NewsFacts.Text;

namespace NewsFacts.Training.Ner;

/// <summary>Reads unlabeled sentences (as word lists) from CoNLL files and directories of .txt articles.</summary>
internal static class UnlabeledText
{
    public static IEnumerable<IReadOnlyList<string>> Read(IEnumerable<string> paths, string? idsFile)
    {
        HashSet<string>? ids = idsFile is null ? null : File.ReadLines(idsFile).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories)
                    .Select(f => (File: f, Id: Path.GetRelativePath(path, f).Replace('\\', '/')))
                    .Where(f => ids is null || ids.Contains(f.Id))
                    .OrderBy(f => f.Id, StringComparer.Ordinal);
                foreach (var (file, _) in files)
                {
                    foreach (var sentence in Sentences(File.ReadAllText(file)))
                    {
                        yield return sentence;
                    }
                }
            }
            else if (File.Exists(path))
            {
                foreach (var sentence in ConllCorpus.Read(path).Where(s => !s.IsDocumentStart))
                {
                    yield return sentence.Words;
                }
            }
            else
            {
                throw new FileNotFoundException($"Unlabeled input not found: '{path}'.", path);
            }
        }
    }

    private static IEnumerable<IReadOnlyList<string>> Sentences(string text)
    {
        string normalized = CharNormalizer.Normalize(text);
        var tokens = new List<Token>();
        NewsTokenizer.Tokenize(normalized, tokens);
        foreach (var sentence in SentenceSplitter.Split(normalized, tokens))
        {
            var words = new string[sentence.TokenCount];
            for (int i = 0; i < words.Length; i++)
            {
                var token = tokens[sentence.FirstToken + i];
                words[i] = normalized[token.Start..token.End];
            }

            yield return words;
        }
    }
}

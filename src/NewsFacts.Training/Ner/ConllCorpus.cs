using NewsFacts.Entities.Tagging;
using NewsFacts.Text;

namespace NewsFacts.Training.Ner;

/// <summary>A sentence of a CoNLL file: its tokens and gold tags (converted to IOB2).</summary>
public sealed class ConllSentence
{
    public ConllSentence(string[] words, byte[] gold, bool isDocumentStart)
    {
        Words = words;
        Gold = gold;
        IsDocumentStart = isDocumentStart;
    }

    public string[] Words { get; }

    internal byte[] Gold { get; }

    /// <summary>True for the "-DOCSTART-" pseudo-sentence that separates documents.</summary>
    public bool IsDocumentStart { get; }

    /// <summary>The words joined by single spaces, and tokens pointing into that text.</summary>
    internal (string Text, Token[] Tokens) ToText()
    {
        var tokens = new Token[Words.Length];
        int offset = 0;
        for (int i = 0; i < Words.Length; i++)
        {
            tokens[i] = new Token(offset, offset + Words[i].Length, TokenKind.Word, i == 0 ? TokenSpacing.None : TokenSpacing.Space);
            offset += Words[i].Length + 1;
        }

        return (CharNormalizer.Normalize(string.Join(' ', Words)), tokens);
    }
}

/// <summary>Reads CoNLL-2003 files (token POS chunk NER per line, IOB1 or IOB2 tags, blank lines between sentences).</summary>
public static class ConllCorpus
{
    /// <summary>Reads every sentence in file order, "-DOCSTART-" lines included as document-start sentences.</summary>
    /// <exception cref="FormatException">A line has an unknown tag (the message names file and line).</exception>
    public static List<ConllSentence> Read(string path)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }

            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "-DOCSTART-")
            {
                Flush();
                sentences.Add(new ConllSentence([fields[0]], [TagSet.Outside], isDocumentStart: true));
                continue;
            }

            if (fields.Length < 2)
            {
                throw new FormatException($"{path}:{number}: expected 'token ... tag', got '{line}'.");
            }

            // Checked here, while the line number is the tag's own; ToIob2 runs when the sentence ends.
            if (!TagSet.TryParse(fields[^1], out _))
            {
                throw new FormatException($"{path}:{number}: unknown tag '{fields[^1]}'.");
            }

            words.Add(fields[0]);
            tags.Add(fields[^1]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count == 0)
            {
                return;
            }

            sentences.Add(new ConllSentence(words.ToArray(), ToIob2(tags, path, number), isDocumentStart: false));
            words.Clear();
            tags.Clear();
        }
    }

    /// <summary>Converts IOB1 (I-X opens a chunk unless it continues one of the same type) to IOB2.</summary>
    internal static byte[] ToIob2(IReadOnlyList<string> tags, string path, int line)
    {
        var result = new byte[tags.Count];
        for (int i = 0; i < tags.Count; i++)
        {
            if (!TagSet.TryParse(tags[i], out byte tag))
            {
                throw new FormatException($"{path}:{line}: unknown tag '{tags[i]}'.");
            }

            if (TagSet.IsInside(tag) && (i == 0 || result[i - 1] == TagSet.Outside || TagSet.TypeOf(result[i - 1]) != TagSet.TypeOf(tag)))
            {
                tag = (byte)(tag - 1);
            }

            result[i] = tag;
        }

        return result;
    }
}

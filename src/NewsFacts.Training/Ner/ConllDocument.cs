using NewsFacts.Text;

namespace NewsFacts.Training.Ner;

/// <summary>
/// The sentences between two "-DOCSTART-" lines as one document: the words joined by spaces (sentences by
/// line breaks), tokens and sentence ranges over that text, so documents are tagged exactly as the extractor
/// tags articles (document context included).
/// </summary>
internal sealed class ConllDocument
{
    private ConllDocument(List<int> sentenceIndices, string text, Token[] tokens, List<Sentence> sentences, byte[] gold)
    {
        SentenceIndices = sentenceIndices;
        Text = text;
        Tokens = tokens;
        Sentences = sentences;
        Gold = gold;
    }

    /// <summary>Indices of this document's sentences in the corpus list.</summary>
    public List<int> SentenceIndices { get; }

    public string Text { get; }

    public Token[] Tokens { get; }

    public List<Sentence> Sentences { get; }

    public byte[] Gold { get; }

    public static List<ConllDocument> Group(IReadOnlyList<ConllSentence> corpus)
    {
        var documents = new List<ConllDocument>();
        var current = new List<int>();
        for (int i = 0; i < corpus.Count; i++)
        {
            if (corpus[i].IsDocumentStart)
            {
                Flush();
                continue;
            }

            current.Add(i);
        }

        Flush();
        return documents;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            var builder = new System.Text.StringBuilder();
            var tokens = new List<Token>();
            var sentences = new List<Sentence>();
            var gold = new List<byte>();
            foreach (int index in current)
            {
                var sentence = corpus[index];
                int first = tokens.Count;
                int start = builder.Length;
                for (int w = 0; w < sentence.Words.Length; w++)
                {
                    if (w > 0)
                    {
                        builder.Append(' ');
                    }

                    tokens.Add(new Token(builder.Length, builder.Length + sentence.Words[w].Length, TokenKind.Word, TokenSpacing.Space));
                    builder.Append(sentence.Words[w]);
                }

                sentences.Add(new Sentence(start, builder.Length, first, sentence.Words.Length));
                gold.AddRange(sentence.Gold);
                builder.Append('\n');
            }

            documents.Add(new ConllDocument([.. current], CharNormalizer.Normalize(builder.ToString()), [.. tokens], sentences, [.. gold]));
            current.Clear();
        }
    }
}

using NewsFacts.Pipeline;
using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>A pair of arguments in one sentence, the earlier first.</summary>
internal readonly record struct CandidatePair(Sentence Sentence, Argument Earlier, Argument Later, int ArgumentsBetween);

/// <summary>
/// Enumerates the candidate pairs of a document: every two arguments of one sentence that name different entities
/// and are not both references. Linear in the text plus quadratic in the arguments of a sentence (few).
/// </summary>
internal static class RelationCandidates
{
    /// <summary>Pairs further apart than this many tokens are not candidates.</summary>
    public const int MaxDistance = 40;

    public static IEnumerable<CandidatePair> Enumerate(PipelineDocument document, List<Argument> arguments)
    {
        int start = 0;
        while (start < arguments.Count)
        {
            int sentence = arguments[start].Sentence;
            int end = start;
            while (end < arguments.Count && arguments[end].Sentence == sentence)
            {
                end++;
            }

            for (int i = start; i < end; i++)
            {
                for (int j = i + 1; j < end; j++)
                {
                    var a = arguments[i];
                    var b = arguments[j];
                    if (b.FirstToken < a.EndToken || (a.IsReference && b.IsReference)
                        || string.Equals(a.Canonical, b.Canonical, StringComparison.Ordinal)
                        || b.FirstToken - a.EndToken > MaxDistance)
                    {
                        continue;
                    }

                    yield return new CandidatePair(document.Sentences[sentence], a, b, j - i - 1);
                }
            }

            start = end;
        }
    }
}

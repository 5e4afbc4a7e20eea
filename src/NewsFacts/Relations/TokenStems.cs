using NewsFacts.Text;

namespace NewsFacts.Relations;

/// <summary>
/// The stems of a document's tokens, each computed on first use and kept: the pair features read a token's stem
/// once for every candidate pair it stands between or beside, so without the cache a sentence with many names
/// stems the same words over and over.
/// </summary>
internal sealed class TokenStems
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly ulong[] _stems;

    public TokenStems(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
        _stems = new ulong[tokens.Count];
    }

    /// <summary>The stem of token <paramref name="t"/>, as <see cref="RelationFeatures.Stem"/> computes it.</summary>
    public ulong this[int t]
    {
        get
        {
            ulong stem = _stems[t];
            if (stem == 0)
            {
                // 0 marks "not yet"; a stem hashing to 0 is merely recomputed.
                stem = RelationFeatures.Stem(_text, _tokens[t]);
                _stems[t] = stem;
            }

            return stem;
        }
    }
}

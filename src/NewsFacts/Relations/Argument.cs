using NewsFacts.Facts;

namespace NewsFacts.Relations;

/// <summary>
/// A possible argument of a fact: a named mention, or a reference ("it", "the firm") resolved to a named
/// organisation. Token indices are document-wide.
/// </summary>
internal readonly record struct Argument(int FirstToken, int EndToken, EntityType Type, string Canonical, bool IsReference, int Sentence)
{
    public int Start(List<Text.Token> tokens) => tokens[FirstToken].Start;

    public int End(List<Text.Token> tokens) => tokens[EndToken - 1].End;
}

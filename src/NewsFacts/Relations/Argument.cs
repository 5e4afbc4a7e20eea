using NewsFacts.Facts;

namespace NewsFacts.Relations;

/// <summary>
/// A possible argument of a fact: a named mention, or a reference ("it", "the firm") resolved to a named
/// organisation, or an employer implied by an officer's title ("chairman X said" in an article about one company;
/// <see cref="IsImplicit"/>, its tokens are the title). Token indices are document-wide.
/// </summary>
internal readonly record struct Argument(int FirstToken, int EndToken, EntityType Type, string Canonical, bool IsReference, int Sentence, bool IsImplicit = false)
{
    public int Start(List<Text.Token> tokens) => tokens[FirstToken].Start;

    public int End(List<Text.Token> tokens) => tokens[EndToken - 1].End;
}

namespace NewsFacts;

/// <summary>How an article's text is encoded.</summary>
public enum ArticleFormat
{
    /// <summary>Plain text.</summary>
    PlainText,
    /// <summary>HTML: converted to text (tags dropped, entities decoded, blocks on their own lines) before analysis.</summary>
    Html,
}

/// <summary>An article to extract facts from.</summary>
/// <param name="Id">The id carried to the output (a file path, a URL, a database key).</param>
/// <param name="Text">The article text.</param>
/// <param name="Format">Whether <paramref name="Text"/> is plain text or HTML.</param>
public sealed record NewsArticle(string Id, string Text, ArticleFormat Format = ArticleFormat.PlainText);

namespace NewsFacts.Rendering;

/// <summary>Options of a rendered document page.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The page heading and title; defaults to the document id.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// A link back to the batch's index page (a relative URL such as <c>../report.html</c>; it is HTML-escaped
    /// but not URL-encoded); null for no link.
    /// </summary>
    public string? IndexHref { get; init; }
}

using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Rendering;

/// <summary>The article the report tests render (written for the project), extracted once with the shipped models.</summary>
internal static class RenderFixtures
{
    private static readonly Lazy<NewsFactsExtractor> LazyExtractor = new(NewsFactsExtractor.CreateDefault);

    public static NewsFactsExtractor Extractor => LazyExtractor.Value;

    public static string ArticlePath => TestFiles.Fixture("render", "article.txt");

    public static ExtractionResult ExtractArticle() => Extractor.Extract(File.ReadAllText(ArticlePath), "render/article.txt");

    /// <summary>A news paragraph carrying markup that would run if the report did not escape it.</summary>
    public const string HostileArticle =
        "Orbital Pay Inc. said on Monday that it will buy Crane Analytics. " +
        "The filing quoted <script>window.__pwned=1</script> and <img src=x onerror=\"window.__pwned=2\"> as written. " +
        "Maya Lindqvist, the chief executive of Orbital Pay, declined to comment & <b>nothing</b> else.";
}

using System.Collections.ObjectModel;
using NewsFacts.Rendering;
using NewsFacts.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Rendering;

/// <summary>One headless browser for the class, started on first use (so skipped tests never start it).</summary>
public sealed class BrowserSession : IDisposable
{
    private ChromeDriver? _driver;

    public ChromeDriver Driver => _driver ??= HeadlessChromium.Start(1400, 1500);

    public void Dispose()
    {
        _driver?.Quit();
        _driver?.Dispose();
    }
}

/// <summary>The report as a reviewer uses it: rendered from a real extraction, opened in headless Chromium, clicked.</summary>
public sealed class HtmlReportBrowserTests(BrowserSession browser, ITestOutputHelper output) : IClassFixture<BrowserSession>
{
    private ChromeDriver Open(string html, string name)
    {
        string path = TestArtifacts.File(name);
        File.WriteAllText(path, html);
        var driver = browser.Driver;
        driver.Navigate().GoToUrl(new Uri(path).AbsoluteUri);
        return driver;
    }

    private static ReadOnlyCollection<IWebElement> All(ChromeDriver driver, string selector) => driver.FindElements(By.CssSelector(selector));

    private static object? Script(ChromeDriver driver, string script, params object[] args) => driver.ExecuteScript(script, args);

    private static string Background(ChromeDriver driver, IWebElement element) =>
        (string)Script(driver, "return getComputedStyle(arguments[0]).backgroundColor;", element)!;

    // Errors the page logged (a Content-Security-Policy violation would show here: the page script must be allowed, nothing else needed).
    private static List<string> PageErrors(ChromeDriver driver) =>
        driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message).ToList();

    [BrowserFact]
    public void Fixture_article_shows_entities_and_facts_and_selecting_a_fact_highlights_its_evidence()
    {
        var result = RenderFixtures.ExtractArticle();
        Assert.True(result.Facts.Count >= 3, $"the fixture should give facts; it gave {result.Facts.Count}");
        var driver = Open(HtmlReport.RenderDocument(result), "render.html");

        // Mentions highlighted by type, the canonical name on hover.
        var mentions = All(driver, "#text mark.ent");
        Assert.Equal(result.Entities.Count + All(driver, "#text mark.k-ref").Count, mentions.Count);
        Assert.True(All(driver, "#text mark.t-org").Count >= 3);
        Assert.NotEmpty(All(driver, "#text mark.t-person"));
        var org = All(driver, "#text mark.t-org")[0];
        var person = All(driver, "#text mark.t-person")[0];
        Assert.NotEqual(Background(driver, org), Background(driver, person));
        Assert.NotEqual("rgba(0, 0, 0, 0)", Background(driver, org));
        var alias = result.Entities.First(e => e.Text != e.Canonical);
        Assert.Contains(mentions, m => m.Text == alias.Text
            && m.GetAttribute("title")!.StartsWith(alias.Canonical + " · ", StringComparison.Ordinal)
            && m.GetAttribute("class")!.Split(' ').Contains("k-alias"));

        // A pronoun a fact resolved is linked to its entity: same data-entity as the entity's named mentions.
        var reference = All(driver, "#text mark.k-ref").First();
        string entity = reference.GetAttribute("data-entity")!;
        Assert.Contains(All(driver, "#text mark.k-name, #text mark.k-alias"), m => m.GetAttribute("data-entity") == entity);

        // One row per fact; select one whose evidence is in the body, not the headline.
        var rows = All(driver, "#facts tr.fact");
        Assert.Equal(result.Facts.Count, rows.Count);
        int chosen = result.Facts.Count - 1;
        string id = "f" + chosen;
        var pieces = All(driver, $"#text .ev[data-facts~=\"{id}\"]");
        Assert.NotEmpty(pieces);
        Assert.All(pieces, p => Assert.DoesNotContain("on", p.GetAttribute("class")!.Split(' ')));
        string before = Background(driver, pieces.First(p => p.FindElements(By.XPath("ancestor::mark")).Count == 0));

        rows[chosen].Click();

        var row = driver.FindElement(By.Id("row-" + id));
        Assert.Contains("selected", row.GetAttribute("class")!.Split(' '));
        Assert.Equal("true", row.GetAttribute("aria-selected"));
        Assert.All(All(driver, $"#text .ev[data-facts~=\"{id}\"]"), p => Assert.Contains("on", p.GetAttribute("class")!.Split(' ')));
        var plain = All(driver, "#text .ev.on").First(p => p.FindElements(By.XPath("ancestor::mark")).Count == 0);
        Assert.NotEqual(before, Background(driver, plain));
        // Evidence of no other fact is lit, and the fact's arguments are outlined.
        Assert.All(All(driver, "#text .ev.on"), p => Assert.Contains(id, p.GetAttribute("data-facts")!.Split(' ')));
        string highlighted = string.Concat(All(driver, "#text .ev.on").Select(p => p.Text));
        Assert.Equal(Normalize(result.Facts[chosen].Evidence.Text), Normalize(highlighted));
        var arguments = All(driver, "#text mark.arg");
        Assert.Equal(2, arguments.Count);
        Assert.Contains(driver.FindElements(By.CssSelector($"#graph .edge.selected[data-fact=\"{id}\"]")), _ => true);

        string screenshot = TestArtifacts.File("render.png");
        driver.GetScreenshot().SaveAsFile(screenshot);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        // Selecting it again clears the selection.
        row.Click();
        Assert.Empty(All(driver, "#text .ev.on"));
        Assert.Empty(PageErrors(driver));
    }

    [BrowserFact]
    public void Filters_hide_fact_rows_and_graph_edges()
    {
        var result = RenderFixtures.ExtractArticle();
        var driver = Open(HtmlReport.RenderDocument(result), "render-filters.html");
        var relation = result.Facts[0].Relation;
        string name = driver.FindElement(By.Id("row-f0")).GetAttribute("data-relation")!;
        new SelectElement(driver.FindElement(By.Id("filter-relation"))).SelectByValue(name);

        int expected = result.Facts.Count(f => f.Relation == relation);
        var visible = All(driver, "#facts tr.fact").Where(r => r.Displayed).ToList();
        Assert.Equal(expected, visible.Count);
        Assert.Equal($"{expected} of {result.Facts.Count} facts", driver.FindElement(By.Id("filter-count")).Text);
        Assert.Equal(result.Facts.Count - expected, All(driver, "#graph .edge.filtered").Count);

        // A confidence above every fact hides them all.
        Script(driver, "var c = document.getElementById('filter-confidence'); c.value = '1'; c.dispatchEvent(new Event('input'));");
        int certain = result.Facts.Count(f => f.Relation == relation && f.Confidence >= 1);
        Assert.Equal(certain, All(driver, "#facts tr.fact").Count(r => r.Displayed));
        Assert.Equal("1.00", driver.FindElement(By.Id("filter-confidence-value")).Text);
    }

    [BrowserFact]
    public void Markup_in_the_article_and_id_is_shown_as_text_and_never_runs()
    {
        const string id = "<script>window.__pwned=3</script>";
        var result = RenderFixtures.Extractor.Extract(RenderFixtures.HostileArticle, id);
        Assert.True(result.Succeeded);
        var driver = Open(HtmlReport.RenderDocument(result), "render-xss.html");

        Assert.Equal("undefined", Script(driver, "return typeof window.__pwned;"));
        Assert.Empty(All(driver, "#text script, #text img, #text b, h1 script, #facts script"));
        string text = driver.FindElement(By.Id("text")).Text;
        Assert.Contains("<script>window.__pwned=1</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.__pwned=2\">", text, StringComparison.Ordinal);
        Assert.Contains("& <b>nothing</b> else", text, StringComparison.Ordinal);
        Assert.Equal(id, driver.FindElement(By.TagName("h1")).Text);
        Assert.StartsWith(id, driver.Title, StringComparison.Ordinal);
        // The only script on the page is the report's own, and it runs (selection works) without a policy violation.
        Assert.Single(All(driver, "script"));
        Assert.NotEmpty(result.Facts);
        driver.FindElement(By.Id("row-f0")).Click();
        Assert.NotEmpty(All(driver, "#text .ev.on"));
        Assert.Empty(PageErrors(driver));
        driver.GetScreenshot().SaveAsFile(TestArtifacts.File("render-xss.png"));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using System.Text.RegularExpressions;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public class RenderCommandTests
{
    [Fact]
    public async Task One_document_gives_one_page_at_the_output()
    {
        using var directory = new TempDirectory();
        string output = directory.File("article.html");
        var run = await CliHarness.InProcess("render", TestFiles.Fixture("render", "article.txt"), "-o", output);

        run.AssertExit(0);
        Assert.StartsWith("newsfacts: rendered 1 document with ", run.Error);
        string page = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<tr class=\"fact\"", page);
        Assert.DoesNotContain("all documents", page); // no index to go back to
        Assert.False(Directory.Exists(directory.File("article-files")));
    }

    [Fact]
    public async Task Several_documents_give_an_index_linking_a_page_per_document()
    {
        using var directory = new TempDirectory();
        directory.Write("news/b/2.txt", "Meta announced a multi-billion dollar investment in Scale AI.");
        directory.Write("news/a 1.txt", "Jane Smith was named chief executive of Acme Robotics on Monday.");
        directory.Write("news/empty.txt", "   ");
        string output = directory.File("report.html");
        var run = await CliHarness.InProcess("render", directory.File("news"), "-o", output, "-q", "--min-confidence", "0.1");

        run.AssertExit(0);
        Assert.Equal("", run.Error);
        string index = File.ReadAllText(output);
        var links = Regex.Matches(index, "<a href=\"([^\"]*)\">([^<]*)</a>").Select(m => (Href: m.Groups[1].Value, Id: m.Groups[2].Value)).ToList();
        Assert.Equal(["a 1.txt", "b/2.txt", "empty.txt"], links.Select(l => l.Id));
        Assert.Equal(["report-files/0001-a_1.txt.html", "report-files/0002-b_2.txt.html", "report-files/0003-empty.txt.html"], links.Select(l => l.Href));
        foreach (var (href, id) in links)
        {
            string page = File.ReadAllText(Path.Combine(directory.Path, Uri.UnescapeDataString(href)));
            Assert.Contains($"<h1>{id}</h1>", page);
            Assert.Contains("<a href=\"../report.html\">← all documents</a>", page);
        }

        Assert.Contains("<code class=\"error\">empty_text</code>", index);
        Assert.Contains("3 documents", index);
    }

    [Fact]
    public async Task Usage_and_input_and_output_problems_have_their_exit_codes()
    {
        using var directory = new TempDirectory();
        string input = TestFiles.Fixture("render", "article.txt");

        (await CliHarness.InProcess("render", input)).AssertExit(1);                                  // -o is required
        (await CliHarness.InProcess("render", input, "-o", directory.Path)).AssertExit(1);            // a folder, not a file
        (await CliHarness.InProcess("render", input, "--bogus", "-o", directory.File("x.html"))).AssertExit(1);
        (await CliHarness.InProcess("render", input, "--min-confidence", "2", "-o", directory.File("x.html"))).AssertExit(1);
        (await CliHarness.InProcess("render", directory.File("missing.txt"), "-o", directory.File("x.html"))).AssertExit(2);
        var run = await CliHarness.InProcess("render", input, "-o", directory.File("no/such/folder/x.html"));
        run.AssertExit(3);
        Assert.Contains("does not exist", run.Error);
    }
}

using System.Text.RegularExpressions;
using NewsFacts.Facts;
using NewsFacts.Rendering;
using static NewsFacts.Tests.Rendering.Records;

namespace NewsFacts.Tests.Rendering;

public class HtmlReportIndexTests
{
    private const string Text = "A Corp. bought B Corp. and C Corp.";

    private static Fact F(RelationType relation, Modality modality) =>
        Fact(Text, Ref(Text, "A Corp.", "A Corp."), relation, Ref(Text, "B Corp.", "B Corp."), Text, modality);

    private static HtmlReportIndex Sample()
    {
        var index = new HtmlReportIndex("Desk <review>");
        index.Add(Record("one", [Mention(Text, "A Corp.", "A Corp."), Mention(Text, "B Corp.", "B Corp.")], [F(RelationType.Acquires, Modality.Asserted), F(RelationType.Acquires, Modality.Planned), F(RelationType.Owns, Modality.Asserted)]), "report-files/0001-one.html");
        index.Add(Record("two & <three>", [Mention(Text, "C Corp.", "C Corp.")], [F(RelationType.Acquires, Modality.Negated)]), "report-files/0002-two___three_.html");
        index.Add(new DocumentRecord { Id = "bad", Error = new ExtractionError(ErrorCodes.EmptyText, "The text is empty.") }, "report-files/0003-bad.html");
        return index;
    }

    // The numbers of the relation's row; null: the total row.
    private static int[] RelationRow(string page, string? relation)
    {
        var row = Regex.Match(page, (relation is null ? "<tr class=\"total\">" : $"<tr data-relation=\"{relation}\">") + "<td>[a-z_]*</td>(.*?)</tr>");
        Assert.True(row.Success, $"no row for '{relation}'");
        return Regex.Matches(row.Groups[1].Value, "<td class=\"num\">(\\d+)</td>").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    [Fact]
    public void Counts_facts_per_relation_and_modality_over_all_documents()
    {
        string page = Sample().Render();

        // facts, asserted, planned, considering, negated, documents
        Assert.Equal([3, 1, 1, 0, 1, 2], RelationRow(page, "acquires"));
        Assert.Equal([1, 1, 0, 0, 0, 1], RelationRow(page, "owns"));
        Assert.Equal([0, 0, 0, 0, 0, 0], RelationRow(page, "sues"));
        Assert.Equal([4, 2, 1, 0, 1, 2], RelationRow(page, null));
        Assert.Equal(10, Regex.Matches(page, "<tr data-relation=").Count); // every relation, zeros included
        Assert.Contains("<p class=\"summary\">3 documents · 4 facts · 3 entity mentions · 1 error</p>", page);
    }

    [Fact]
    public void Lists_every_document_with_a_link_its_counts_and_its_error()
    {
        string page = Sample().Render();

        var rows = Regex.Matches(page, "<tr data-id=\"([^\"]*)\"><td class=\"num\">(\\d+)</td><td><a href=\"([^\"]*)\">([^<]*)</a></td>(.*?)</tr>").ToList();
        Assert.Equal(["one", "two &amp; &lt;three&gt;", "bad"], rows.Select(r => r.Groups[1].Value));
        Assert.Equal(["report-files/0001-one.html", "report-files/0002-two___three_.html", "report-files/0003-bad.html"], rows.Select(r => r.Groups[3].Value));
        // Columns: entity mentions, facts, then only the relations this batch has (acquires, owns).
        Assert.Contains("<th class=\"num\">facts</th><th class=\"num\">acquires</th><th class=\"num\">owns</th><th>error</th>", page);
        Assert.StartsWith("<td class=\"num\">2</td><td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td><td></td>", rows[0].Groups[5].Value);
        Assert.Contains("<code class=\"error\">empty_text</code>", rows[2].Groups[5].Value);
        Assert.Contains("<title>Desk &lt;review&gt;</title>", page);
        Assert.DoesNotContain("<script", page);
    }

    [Fact]
    public void Same_documents_give_the_same_bytes() => Assert.Equal(Sample().Render(), Sample().Render());
}

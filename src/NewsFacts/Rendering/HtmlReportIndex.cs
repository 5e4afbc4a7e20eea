using System.Globalization;
using NewsFacts.Facts;

namespace NewsFacts.Rendering;

/// <summary>
/// The index page of a batch report: counts of facts per relation (and modality) over all documents, and one
/// row per document with its counts and a link to its page. Only the counts are kept, not the documents, so
/// a batch of any size can be indexed while its pages are written one by one.
/// </summary>
/// <example>
/// <code>
/// var index = new HtmlReportIndex("Business desk, 12 June");
/// foreach (var (result, page) in results)
/// {
///     File.WriteAllText(page, HtmlReport.RenderDocument(result, new HtmlReportOptions { IndexHref = "../index.html" }));
///     index.Add(result.ToRecord(), "pages/" + Path.GetFileName(page));
/// }
/// File.WriteAllText("index.html", index.Render());
/// </code>
/// </example>
public sealed class HtmlReportIndex
{
    private static readonly RelationType[] Relations = Enum.GetValues<RelationType>();
    private static readonly Modality[] Modalities = Enum.GetValues<Modality>();

    private readonly List<Entry> _documents = [];
    private readonly int[,] _totals = new int[Relations.Length, Modalities.Length];

    /// <summary>Creates an empty index.</summary>
    /// <param name="title">The page heading and title.</param>
    public HtmlReportIndex(string title = "NewsFacts report")
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
    }

    /// <summary>The page heading and title.</summary>
    public string Title { get; }

    /// <summary>The number of documents added.</summary>
    public int Count => _documents.Count;

    /// <summary>Adds a document, in the order the index should list it.</summary>
    /// <param name="record">The document's record (its counts are taken; an error record is listed with its code).</param>
    /// <param name="href">The link to the document's page: a relative URL, HTML-escaped here but not URL-encoded.</param>
    public void Add(DocumentRecord record, string href)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(href);
        var byRelation = new int[Relations.Length];
        foreach (var fact in record.Facts ?? [])
        {
            byRelation[(int)fact.Relation]++;
            _totals[(int)fact.Relation, (int)fact.Modality]++;
        }

        _documents.Add(new Entry(record.Id, href, record.Entities?.Count ?? 0, byRelation, record.Error?.Code));
    }

    /// <summary>The index page.</summary>
    public string Render()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer);
        return writer.ToString();
    }

    /// <summary>Writes the index page to <paramref name="writer"/>.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        int facts = _documents.Sum(d => d.ByRelation.Sum());
        PageShell.WriteHead(writer, Title, withScript: false);
        writer.Write("<header>\n<h1>");
        HtmlEscape.Text(writer, Title);
        writer.Write("</h1>\n<p class=\"summary\">");
        writer.Write(string.Join(" · ",
            Counted(_documents.Count, "document", "documents"),
            Counted(facts, "fact", "facts"),
            Counted(_documents.Sum(d => d.Mentions), "entity mention", "entity mentions"),
            Counted(_documents.Count(d => d.Error is not null), "error", "errors")));
        writer.Write("</p>\n</header>\n<main>\n");
        WriteRelationCounts(writer, facts);
        WriteDocuments(writer);
        writer.Write("</main>\n");
        PageShell.WriteEnd(writer, withScript: false);
    }

    private void WriteRelationCounts(TextWriter writer, int facts)
    {
        writer.Write("<section><h2>Facts by relation</h2>\n<table id=\"relation-counts\">\n<thead><tr><th>relation</th><th class=\"num\">facts</th>");
        foreach (var modality in Modalities)
        {
            writer.Write("<th class=\"num\">");
            writer.Write(ContractText.Of(modality));
            writer.Write("</th>");
        }

        writer.Write("<th class=\"num\">documents</th></tr></thead>\n<tbody>\n");
        foreach (var relation in Relations)
        {
            int r = (int)relation;
            writer.Write("<tr data-relation=\"");
            writer.Write(ContractText.Of(relation));
            writer.Write("\"><td>");
            writer.Write(ContractText.Of(relation));
            writer.Write("</td>");
            Cell(writer, Modalities.Sum(m => _totals[r, (int)m]));
            foreach (var modality in Modalities)
            {
                Cell(writer, _totals[r, (int)modality]);
            }

            Cell(writer, _documents.Count(d => d.ByRelation[r] > 0));
            writer.Write("</tr>\n");
        }

        writer.Write("<tr class=\"total\"><td>all</td>");
        Cell(writer, facts);
        foreach (var modality in Modalities)
        {
            Cell(writer, Relations.Sum(r => _totals[(int)r, (int)modality]));
        }

        Cell(writer, _documents.Count(d => d.ByRelation.Sum() > 0));
        writer.Write("</tr>\n</tbody>\n</table>\n</section>\n");
    }

    private void WriteDocuments(TextWriter writer)
    {
        // Only the relations this batch has get a column, so the table stays narrow.
        var columns = Relations.Where(r => _documents.Any(d => d.ByRelation[(int)r] > 0)).ToList();
        writer.Write("<section><h2>Documents</h2>\n<table id=\"documents\">\n<thead><tr><th class=\"num\">#</th><th>document</th><th class=\"num\">entity mentions</th><th class=\"num\">facts</th>");
        foreach (var relation in columns)
        {
            writer.Write("<th class=\"num\">");
            writer.Write(ContractText.Of(relation));
            writer.Write("</th>");
        }

        writer.Write("<th>error</th></tr></thead>\n<tbody>\n");
        int number = 1;
        foreach (var d in _documents)
        {
            writer.Write("<tr");
            HtmlEscape.Attribute(writer, "data-id", d.Id);
            writer.Write('>');
            Cell(writer, number++);
            writer.Write("<td><a");
            HtmlEscape.Attribute(writer, "href", d.Href);
            writer.Write('>');
            HtmlEscape.Text(writer, d.Id);
            writer.Write("</a></td>");
            Cell(writer, d.Mentions);
            Cell(writer, d.ByRelation.Sum());
            foreach (var relation in columns)
            {
                Cell(writer, d.ByRelation[(int)relation]);
            }

            writer.Write("<td>");
            if (d.Error is not null)
            {
                writer.Write("<code class=\"error\">");
                HtmlEscape.Text(writer, d.Error);
                writer.Write("</code>");
            }

            writer.Write("</td></tr>\n");
        }

        writer.Write("</tbody>\n</table>\n</section>\n");
    }

    private static void Cell(TextWriter writer, int value)
    {
        writer.Write("<td class=\"num\">");
        writer.Write(value.ToString(CultureInfo.InvariantCulture));
        writer.Write("</td>");
    }

    private static string Counted(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private sealed record Entry(string Id, string Href, int Mentions, int[] ByRelation, string? Error);
}

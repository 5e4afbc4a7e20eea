using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsFacts.Facts;
using NewsFacts.Rendering;
using static NewsFacts.Tests.Rendering.Records;

namespace NewsFacts.Tests.Rendering;

public class HtmlReportTests
{
    private const string Text = "Acme Corp. said it will buy Beta Ltd. Jane Roe, the chief executive of Acme, agreed.";

    private static DocumentRecord Sample()
    {
        var entities = new[]
        {
            Mention(Text, "Acme Corp.", "Acme Corp."),
            Mention(Text, "Beta Ltd.", "Beta Ltd."),
            Mention(Text, "Jane Roe", "Jane Roe", EntityType.Person),
            Mention(Text, "Acme", "Acme Corp.", occurrence: 1),
        };
        var facts = new[]
        {
            Fact(Text, Ref(Text, "it", "Acme Corp."), RelationType.Acquires, Ref(Text, "Beta Ltd.", "Beta Ltd."), "Acme Corp. said it will buy Beta Ltd.", Modality.Planned, 0.83, new FactAttributes(Amount: "$1bn")),
            Fact(Text, Ref(Text, "Jane Roe", "Jane Roe", EntityType.Person), RelationType.HoldsRole, Ref(Text, "Acme", "Acme Corp.", occurrence: 1), "Jane Roe, the chief executive of Acme, agreed.", confidence: 0.97, attributes: new FactAttributes(Role: "chief executive")),
        };
        return Record("business/001.txt", entities, facts);
    }

    [Fact]
    public void Article_text_and_record_values_are_escaped()
    {
        const string text = "Acme Corp. said <script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>.";
        var record = Record(
            "<b id=\"x\">doc</b>",
            [new EntityMention("Acme Corp.", "Acme \"<Corp>\"", EntityType.Organization, 0, 10, 0.9)],
            [Fact(text, Ref(text, "Acme Corp.", "Acme \"<Corp>\""), RelationType.Sues, Ref(text, "Acme Corp.", "Acme \"<Corp>\""), "Acme Corp. said <script>alert('x')</script>", attributes: new FactAttributes(Source: "<i>Reuters</i>"))]);

        string page = HtmlReport.RenderDocument(text, record);

        Assert.Contains(" said &lt;script&gt;alert('x')&lt;/script&gt;</span>", page);
        Assert.Contains("</span> &amp; \"quoted\" &lt;img src=x onerror=alert(1)&gt;.</div>", page);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img", page);
        Assert.DoesNotContain("<i>Reuters", page);
        Assert.DoesNotContain("<b id", page);
        Assert.Contains("<h1>&lt;b id=\"x\"&gt;doc&lt;/b&gt;</h1>", page);
        Assert.Contains("title=\"Acme &quot;&lt;Corp&gt;&quot; · ORG · alias · 0.90\"", page);
        Assert.Single(Regex.Matches(page, "<script"));      // the page's own script, nothing else
        Assert.Single(Regex.Matches(page, "</script"));
    }

    [Fact]
    public void Page_loads_nothing_and_its_policy_pins_its_own_script_and_style()
    {
        string page = HtmlReport.RenderDocument(Text, Sample());

        Assert.DoesNotContain(" src=", page);
        Assert.DoesNotContain("<link", page);
        Assert.DoesNotContain("https://", page);
        Assert.Equal(["http://www.w3.org/2000/svg"], Regex.Matches(page, "http://[^\"]*").Select(m => m.Value).Distinct());
        string policy = Regex.Match(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        Assert.StartsWith("default-src 'none'; ", policy);
        string script = Regex.Match(page, "<script>(.*)</script>", RegexOptions.Singleline).Groups[1].Value;
        string style = Regex.Match(page, "<style>(.*)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"script-src '{Hash(script)}'", policy);
        Assert.Contains($"style-src '{Hash(style)}'", policy);
    }

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Mentions_are_highlighted_by_type_and_a_pronoun_is_linked_to_its_entity()
    {
        var record = Sample();
        var parsed = ReportMarkup.Parse(ReportMarkup.ArticleOf(HtmlReport.RenderDocument(Text, record)));

        Assert.Equal(Text, parsed.Text);
        var marks = parsed.Marks.Select(m => (Text[m.Start..m.End], m.Entity, m.Classes)).ToList();
        Assert.Equal(
            [
                ("Acme Corp.", "e0", "ent t-org k-name"),
                ("it", "e0", "ent t-org k-ref"),       // the pronoun, linked to Acme Corp.
                ("Beta Ltd.", "e1", "ent t-org k-name"), // the fact's object is this named mention, not a second highlight
                ("Jane Roe", "e2", "ent t-person k-name"),
                ("Acme", "e0", "ent t-org k-alias"),
            ],
            marks);
    }

    [Fact]
    public void Each_fact_marks_exactly_its_evidence_and_its_row_names_its_argument_highlights()
    {
        var record = Sample();
        string page = HtmlReport.RenderDocument(Text, record);
        var parsed = ReportMarkup.Parse(ReportMarkup.ArticleOf(page));

        for (int i = 0; i < record.Facts!.Count; i++)
        {
            var evidence = record.Facts[i].Evidence;
            var pieces = parsed.Evidence["f" + i];
            Assert.Equal(evidence.Start, pieces[0].Start);
            Assert.Equal(evidence.End, pieces[^1].End);
            Assert.All(pieces.Zip(pieces.Skip(1)), p => Assert.Equal(p.First.End, p.Second.Start)); // contiguous
        }

        Assert.Contains("id=\"row-f0\" data-fact=\"f0\" data-relation=\"acquires\" data-modality=\"planned\" data-confidence=\"0.83\" data-mentions=\"m1 m2\"", page);
        Assert.Contains("<span class=\"written\">as “it”</span>", page);
        Assert.Contains("<span class=\"attr-name\">amount</span> $1bn", page);
        Assert.Contains("<option value=\"acquires\">acquires (1)</option><option value=\"holds_role\">holds_role (1)</option>", page);
    }

    [Fact]
    public void Overlapping_evidence_and_mentions_still_nest_and_keep_the_text()
    {
        // Random texts, spans and facts, valid and not: the markup must nest, the text must read back exactly,
        // every fact's evidence must be marked exactly, highlights must be disjoint.
        for (int seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            string text = new(Enumerable.Range(0, random.Next(0, 90)).Select(_ => "abc de<>&\"'\n"[random.Next(12)]).ToArray());
            (int, int) AnySpan() => random.Next(5) == 0
                ? (random.Next(-3, text.Length + 3), random.Next(-3, text.Length + 5)) // sometimes outside the text or empty
                : RandomSpan(random, text.Length);
            var mentions = Enumerable.Range(0, random.Next(0, 8)).Select(i =>
            {
                var (s, e) = AnySpan();
                return new EntityMention("x", "E" + random.Next(4), (EntityType)random.Next(4), s, e, 0.5);
            }).ToList();
            var facts = Enumerable.Range(0, random.Next(0, 6)).Select(_ =>
            {
                var (ss, se) = AnySpan();
                var (os, oe) = AnySpan();
                var (es, ee) = AnySpan();
                return new Fact(
                    new EntityRef("it", "E" + random.Next(4), EntityType.Organization, ss, se), (RelationType)random.Next(10),
                    new EntityRef("x", "E" + random.Next(4), EntityType.Person, os, oe), (Modality)random.Next(4), random.NextDouble(),
                    new EvidenceSpan(es, ee, "x"), FactAttributes.None);
            }).ToList();

            string page = HtmlReport.RenderDocument(text, Record("d", mentions, facts));
            var parsed = ReportMarkup.Parse(ReportMarkup.ArticleOf(page));

            Assert.Equal(text, parsed.Text);
            Assert.All(parsed.Marks.Zip(parsed.Marks.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start, $"seed {seed}: highlights overlap"));
            for (int i = 0; i < facts.Count; i++)
            {
                var e = facts[i].Evidence;
                bool valid = e.Start >= 0 && e.Start < e.End && e.End <= text.Length;
                var covered = parsed.Evidence.GetValueOrDefault("f" + i, []).SelectMany(p => Enumerable.Range(p.Start, p.End - p.Start)).ToList();
                Assert.Equal(valid ? Enumerable.Range(e.Start, e.End - e.Start) : [], covered);
            }
        }
    }

    private static (int, int) RandomSpan(Random random, int length)
    {
        if (length == 0)
        {
            return (0, 0);
        }

        int start = random.Next(length);
        return (start, random.Next(start + 1, length + 1));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var result = RenderFixtures.ExtractArticle();
        string first = HtmlReport.RenderDocument(result);
        string again = HtmlReport.RenderDocument(RenderFixtures.Extractor.Extract(File.ReadAllText(RenderFixtures.ArticlePath), "render/article.txt"));
        string fromJson = HtmlReport.RenderDocument(result.Text, FactsJson.Deserialize(FactsJson.Serialize(result)));

        Assert.Equal(first, again);
        Assert.Equal(first, fromJson);
        Assert.DoesNotContain("\r", first);
    }

    [Fact]
    public void Graph_draws_one_labelled_arrow_per_fact_styled_by_modality()
    {
        const string text = "A Corp. and B Corp. and C Corp. and D Corp.";
        var a = Ref(text, "A Corp.", "A Corp.");
        var b = Ref(text, "B Corp.", "B Corp.");
        var c = Ref(text, "C Corp.", "C Corp.");
        var facts = new[]
        {
            Fact(text, a, RelationType.Acquires, b, text, Modality.Asserted),
            Fact(text, a, RelationType.InvestsIn, b, text, Modality.Planned),
            Fact(text, b, RelationType.Sues, a, text, Modality.Considering),
            Fact(text, a, RelationType.Owns, c, text, Modality.Negated),
        };
        string page = HtmlReport.RenderDocument(text, Record("g", [], facts));
        string svg = Regex.Match(page, "<svg id=\"graph\".*?</svg>", RegexOptions.Singleline).Value;

        var edges = Regex.Matches(svg, "<g class=\"edge mod-([a-z]+)\" data-fact=\"(f\\d)\">.*?</g>").ToList();
        Assert.Equal(["asserted", "planned", "considering", "negated"], edges.Select(e => e.Groups[1].Value));
        Assert.Equal(["f0", "f1", "f2", "f3"], edges.Select(e => e.Groups[2].Value));
        Assert.DoesNotContain("stroke-dasharray", edges[0].Value);
        Assert.Contains("stroke-dasharray=\"7 4\"", edges[1].Value);
        Assert.Contains("stroke-dasharray=\"1.5 3.5\"", edges[2].Value);
        Assert.Contains("stroke=\"#c62828\"", edges[3].Value);
        Assert.Contains(">✕ owns</text>", edges[3].Value);
        Assert.All(edges.Take(3), e => Assert.Contains("marker-end=\"url(#arrow)\"", e.Value));
        Assert.Contains("marker-end=\"url(#arrow-negated)\"", edges[3].Value);
        Assert.Equal(["acquires", "invests_in", "sues"], edges.Take(3).Select(e => Regex.Match(e.Value, "<text[^>]*>([^<]*)</text>").Groups[1].Value));
        // Three facts between A and B: three different curves.
        Assert.Equal(3, edges.Take(3).Select(e => Regex.Match(e.Value, " d=\"([^\"]*)\"").Groups[1].Value).Distinct().Count());
        Assert.Equal(3, Regex.Matches(svg, "<g class=\"node t-org\"").Count);
    }

    [Fact]
    public void An_error_record_gets_a_page_that_says_why()
    {
        var record = new DocumentRecord { Id = "empty.txt", Error = new ExtractionError(ErrorCodes.EmptyText, "The text is empty.") };
        string page = HtmlReport.RenderDocument("", record, new HtmlReportOptions { IndexHref = "../report.html" });

        Assert.Contains("<code>empty_text</code> The text is empty.", page);
        Assert.Contains("<a href=\"../report.html\">← all documents</a>", page);
        Assert.Contains("No facts above the confidence threshold.", page);
        Assert.Contains("No facts to draw.", page);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => HtmlReport.RenderDocument(null!));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.RenderDocument(null!, Sample()));
        Assert.Throws<ArgumentNullException>(() => HtmlReport.RenderDocument(Text, null!));
    }
}

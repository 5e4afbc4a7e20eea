using System.Runtime.CompilerServices;
using NewsFacts.Entities;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;

namespace NewsFacts.Tests;

public class NewsFactsExtractorTests
{
    private static NewsFactsExtractor Default => SharedExtractor.Default;

    internal static void AssertEntitiesConsistent(ExtractionResult result)
    {
        int previousEnd = 0;
        foreach (var entity in result.Entities)
        {
            Assert.True(entity.Start >= previousEnd, $"entity {entity} overlaps the previous one or is out of order");
            Assert.True(entity.End > entity.Start && entity.End <= result.Text.Length, $"entity {entity} out of bounds");
            Assert.Equal(result.Text[entity.Start..entity.End], entity.Text);
            Assert.InRange(entity.Confidence, 0, 1);
            Assert.False(string.IsNullOrWhiteSpace(entity.Canonical));
            previousEnd = entity.End;
        }
    }

    [Fact]
    public void Default_extractor_has_the_shipped_entity_model()
    {
        Assert.True(Default.HasEntityModel);
        Assert.Equal(0.4, Default.Options.MinimumFactConfidence);
        Assert.True(Default.HasRelationModel);
        Assert.Equal(NewsFactsOptions.DefaultMaxTextLength, Default.Options.MaxTextLength);
    }

    [Fact]
    public void Sample_article_yields_organisations_and_people_with_exact_offsets()
    {
        string text = TestFiles.SampleArticle;
        var result = Default.Extract(text, "sample");
        Assert.True(result.Succeeded);
        Assert.Null(result.Error);
        Assert.Equal("sample", result.Id);
        Assert.Equal(text, result.Text);
        AssertEntitiesConsistent(result);
        Assert.Contains(result.Entities, e => e.Canonical == "Scale AI" && e.Type == EntityType.Organization);
        Assert.Contains(result.Entities, e => e.Text == "Jason Droege" && e.Canonical == "Jason Droege" && e.Type == EntityType.Person);
        Assert.True(result.Entities.Count(e => e.Type == EntityType.Organization) >= 3);
        Assert.NotEmpty(result.Tokens);
        Assert.NotEmpty(result.Sentences);
        Assert.Equal(result.Tokens.Count, result.Sentences[^1].EndToken);
    }

    [Fact]
    public void Default_id_is_dash()
    {
        Assert.Equal("-", Default.Extract("Meta said so.").Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\r\n\t \n")]
    public void Empty_or_whitespace_text_gives_empty_text_error(string text)
    {
        var result = Default.Extract(text, "e");
        Assert.False(result.Succeeded);
        Assert.Equal(ErrorCodes.EmptyText, result.Error!.Code);
        Assert.Empty(result.Entities);
        Assert.Empty(result.Facts);
        var record = result.ToRecord();
        Assert.Null(record.Entities);
        Assert.Null(record.Facts);
        Assert.Equal("e", record.Id);
        TestFiles.AssertValid(FactsJson.Serialize(result));
    }

    [Theory]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\u200B\u0007")]
    [InlineData("\u0000\u0000")]
    public void Text_of_only_invisible_characters_gives_empty_text(string text)
    {
        var result = Default.Extract(text);
        Assert.Equal(ErrorCodes.EmptyText, result.Error?.Code);
    }

    [Fact]
    public void Html_of_only_invisible_characters_gives_empty_text()
    {
        var result = Default.Extract(new NewsArticle("h", "<p>&#8203;&#xFEFF;</p><p>&#7;</p>", ArticleFormat.Html));
        Assert.Equal(ErrorCodes.EmptyText, result.Error?.Code);
        TestFiles.AssertValid(FactsJson.Serialize(result));
    }

    [Fact]
    public void Text_longer_than_the_limit_gives_text_too_long()
    {
        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions { MaxTextLength = 20 });
        var tooLong = extractor.Extract(new string('a', 21));
        Assert.False(tooLong.Succeeded);
        Assert.Equal(ErrorCodes.TextTooLong, tooLong.Error!.Code);
        Assert.Contains("20", tooLong.Error.Message);

        var atLimit = extractor.Extract("Meta bought a stake.");
        Assert.Equal(20, "Meta bought a stake.".Length);
        Assert.True(atLimit.Succeeded);
    }

    [Fact]
    public void Html_article_is_converted_and_offsets_index_the_converted_text()
    {
        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions
        {
            Gazetteer = new EntityGazetteer().Add("Scale AI", EntityType.Organization),
        });
        var result = extractor.Extract(new NewsArticle(
            "h",
            "<html><body><h1>Deal</h1><p>Meta invested in <b>Scale AI</b> &amp; others.</p><script>Evil Corp()</script></body></html>",
            ArticleFormat.Html));
        Assert.True(result.Succeeded);
        Assert.Equal("Deal\n\nMeta invested in Scale AI & others.", result.Text);
        AssertEntitiesConsistent(result);
        var scale = Assert.Single(result.Entities, e => e.Text == "Scale AI");
        Assert.Equal(result.Text.IndexOf("Scale AI", StringComparison.Ordinal), scale.Start);
        Assert.Equal(1.0, scale.Confidence);
        Assert.DoesNotContain(result.Entities, e => e.Text.Contains("Evil", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_with_no_text_gives_empty_text()
    {
        var result = Default.Extract(new NewsArticle("h", "<script>var a = 1;</script><p> </p>", ArticleFormat.Html));
        Assert.Equal(ErrorCodes.EmptyText, result.Error?.Code);
    }

    [Fact]
    public void Html_is_not_converted_for_plain_text_articles()
    {
        var result = Default.Extract(new NewsArticle("p", "<p>Meta</p>"));
        Assert.Equal("<p>Meta</p>", result.Text);
    }

    public static TheoryData<Action<NewsFactsOptions>> InvalidOptions => new()
    {
        o => o.MinimumFactConfidence = -0.01,
        o => o.MinimumFactConfidence = 1.01,
        o => o.MinimumFactConfidence = double.NaN,
        o => o.MinimumEntityConfidence = -1,
        o => o.MinimumEntityConfidence = 2,
        o => o.MinimumEntityConfidence = double.NaN,
        o => o.MaxTextLength = 0,
        o => o.MaxTextLength = -5,
        o => o.MaxDegreeOfParallelism = 0,
        o => o.MaxDegreeOfParallelism = -1,
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_throw(Action<NewsFactsOptions> configure)
    {
        var options = new NewsFactsOptions();
        configure(options);
        Assert.Throws<ArgumentOutOfRangeException>(() => NewsFactsExtractor.Create(options));
    }

    [Fact]
    public void Boundary_options_are_accepted()
    {
        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions { MinimumFactConfidence = 0, MinimumEntityConfidence = 1, MaxTextLength = 1, MaxDegreeOfParallelism = 1 });
        Assert.True(extractor.HasEntityModel);
    }

    [Fact]
    public void Missing_model_directory_file_throws_file_not_found()
    {
        using var directory = new TempDirectory();
        Assert.Throws<FileNotFoundException>(() => NewsFactsExtractor.Create(new NewsFactsOptions { ModelDirectory = directory.Path }));
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => NewsFactsExtractor.Create(null!));
        Assert.Throws<ArgumentNullException>(() => Default.Extract((string)null!));
        Assert.Throws<ArgumentNullException>(() => Default.Extract((NewsArticle)null!));
        Assert.Throws<ArgumentNullException>(() => Default.Extract(new NewsArticle("x", null!)));
        Assert.Throws<ArgumentNullException>(() => NewsFactsExtractor.Create(new NewsFactsOptions { Gazetteer = null! }));
    }

    [Fact]
    public void Minimum_entity_confidence_filters_model_mentions_but_keeps_gazetteer_names()
    {
        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions
        {
            MinimumEntityConfidence = 0.99,
            Gazetteer = new EntityGazetteer().Add("Acme Robotics", EntityType.Organization),
        });
        var result = extractor.Extract(TestFiles.SampleArticle + "\n\nAcme Robotics said sales rose.");
        Assert.All(result.Entities, e => Assert.True(e.Confidence >= 0.99, $"{e} below the minimum"));
        Assert.Contains(result.Entities, e => e.Text == "Acme Robotics");
        Assert.True(Default.Extract(TestFiles.SampleArticle).Entities.Count > result.Entities.Count);
    }

    internal static List<NewsArticle> GeneratedArticles(int count)
    {
        string[] people = ["Jason Droege", "Alexandr Wang", "Satya Nadella", "Mary Barra", "Sundar Pichai"];
        string[] orgs = ["Scale AI", "Meta", "OpenAI", "Google", "Morgan Stanley", "Nvidia Corp.", "Reuters", "General Motors"];
        string[] templates =
        [
            "{o1} said on Tuesday it would invest $14.3bn in {o2}. {p} said the deal was good.",
            "{p}, chief executive of {o1}, told Reuters that {o2} was a partner.\n\n{p2} declined to comment.",
            "Shares in {o1} rose 3.5% after {o2} announced a 49% stake. \u201CWe are pleased,\u201D said {p}.",
            "{o1} to buy {o2}\nThe deal values {o2} at \u00A3600m, according to {p}. Mr. {last} said so.",
            "\U0001F539 {o1} sues {o2}\n\U0001F539 {p} joins {o1}",
        ];
        var random = new Random(11);
        var articles = new List<NewsArticle>(count);
        for (int i = 0; i < count; i++)
        {
            string p = people[random.Next(people.Length)];
            string text = templates[random.Next(templates.Length)]
                .Replace("{o1}", orgs[random.Next(orgs.Length)])
                .Replace("{o2}", orgs[random.Next(orgs.Length)])
                .Replace("{p2}", people[random.Next(people.Length)])
                .Replace("{p}", p)
                .Replace("{last}", p.Split(' ')[^1]);
            if (i % 17 == 5)
            {
                text = "   ";
            }

            articles.Add(i % 13 == 7
                ? new NewsArticle($"doc-{i:D3}", "<p>" + text.Replace("\n", "</p><p>") + "</p>", ArticleFormat.Html)
                : new NewsArticle($"doc-{i:D3}", text));
        }

        return articles;
    }

    private static async Task<List<string>> CollectJson(NewsFactsExtractor extractor, IEnumerable<NewsArticle> articles)
    {
        var lines = new List<string>();
        await foreach (var result in extractor.ExtractManyAsync(articles))
        {
            lines.Add(FactsJson.Serialize(result));
        }

        return lines;
    }

    [Fact]
    public async Task ExtractManyAsync_preserves_order_and_matches_sequential_extraction()
    {
        var articles = GeneratedArticles(50);
        var sequential = articles.Select(a => FactsJson.Serialize(Default.Extract(a))).ToList();
        var one = await CollectJson(NewsFactsExtractor.Create(new NewsFactsOptions { MaxDegreeOfParallelism = 1 }), articles);
        var four = await CollectJson(NewsFactsExtractor.Create(new NewsFactsOptions { MaxDegreeOfParallelism = 4 }), articles);
        Assert.Equal(sequential, one);
        Assert.Equal(sequential, four);
        Assert.Equal(articles.Select(a => a.Id), four.Select(l => FactsJson.Deserialize(l).Id));
        Assert.Contains(sequential, l => l.Contains("\"entities\":[{", StringComparison.Ordinal));
        Assert.Contains(sequential, l => l.Contains("empty_text", StringComparison.Ordinal));
    }

    [Fact]
    public void Concurrent_extract_from_many_threads_equals_sequential_results()
    {
        var articles = GeneratedArticles(40);
        var expected = articles.Select(a => FactsJson.Serialize(Default.Extract(a))).ToArray();
        var actual = new string[articles.Count * 4];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = FactsJson.Serialize(Default.Extract(articles[i % articles.Count])));
        for (int i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % articles.Count], actual[i]);
        }
    }

    private static async IAsyncEnumerable<NewsArticle> Endless([EnumeratorCancellation] CancellationToken cancellation = default)
    {
        for (int i = 0; ; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return new NewsArticle($"n{i}", "Meta said on Tuesday it would invest in Scale AI.");
            if (i % 8 == 0)
            {
                await Task.Yield();
            }
        }
    }

    [Fact]
    public async Task Breaking_out_of_ExtractManyAsync_early_does_not_hang()
    {
        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions { MaxDegreeOfParallelism = 2 });
        var run = Task.Run(async () =>
        {
            var ids = new List<string>();
            await foreach (var result in extractor.ExtractManyAsync(Endless()))
            {
                ids.Add(result.Id);
                if (ids.Count == 3)
                {
                    break;
                }
            }

            return ids;
        });
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.Same(run, finished);
        Assert.Equal(["n0", "n1", "n2"], await run);
    }

    [Fact]
    public async Task Breaking_out_of_ExtractManyAsync_over_a_list_does_not_hang()
    {
        var extractor = NewsFactsExtractor.Create(new NewsFactsOptions { MaxDegreeOfParallelism = 1 });
        var articles = Enumerable.Range(0, 10_000).Select(i => new NewsArticle($"d{i}", "Meta said so."));
        var run = Task.Run(async () =>
        {
            await foreach (var result in extractor.ExtractManyAsync(articles))
            {
                return result.Id;
            }

            return null;
        });
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Equal("d0", await run);
    }

    [Fact]
    public async Task Cancelling_ExtractManyAsync_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var run = Task.Run(async () =>
        {
            int count = 0;
            await foreach (var _ in Default.ExtractManyAsync(Endless(), cancellation.Token))
            {
                if (++count == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Fact]
    public async Task Exception_from_the_source_surfaces_to_the_consumer()
    {
        static IEnumerable<NewsArticle> Failing()
        {
            yield return new NewsArticle("a", "Meta said so.");
            throw new InvalidOperationException("source broke");
        }

        var run = Task.Run(async () =>
        {
            await foreach (var _ in Default.ExtractManyAsync(Failing()))
            {
            }
        });
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(20))));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run);
        Assert.Equal("source broke", error.Message);
    }

    [Fact]
    public void ExtractManyAsync_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => Default.ExtractManyAsync((IEnumerable<NewsArticle>)null!));
    }
}

using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Contextual;
using NewsFacts.Facts;
using NewsFacts.Tests.Support;
using NewsFacts.Tests.Entities;

namespace NewsFacts.Tests.Contextual;

/// <summary>The accurate entity mode through the public API: options, dependency injection, and what it finds.</summary>
public class ContextualEntitiesTests
{
    private static readonly Lazy<NewsFactsExtractor> Accurate = new(() => NewsFactsExtractor.Create(new NewsFactsOptions().UseContextualEntities()));

    [Fact]
    public void Finds_organisations_and_people_in_modern_news() => ModernNewsTests.AssertEntityFloors(Accurate.Value);

    [Fact]
    public void Output_is_identical_single_and_multi_threaded()
    {
        var texts = Directory.GetFiles(TestFiles.Fixture("modern-news"), "*.txt").Order(StringComparer.Ordinal).Take(4)
            .Select(path => File.ReadAllText(path)).ToArray();
        var sequential = texts.Select(t => FactsJson.Serialize(Accurate.Value.Extract(t).ToRecord())).ToArray();
        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(t => FactsJson.Serialize(Accurate.Value.Extract(t).ToRecord())).ToArray();
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Registers_with_dependency_injection()
    {
        using var provider = new ServiceCollection().AddNewsFacts(o => o.UseContextualEntities()).BuildServiceProvider();
        var extractor = provider.GetRequiredService<NewsFactsExtractor>();
        Assert.Same(ContextualEntities.Encoder, extractor.Options.TokenEncoder);
        var result = extractor.Extract("Meta announced a multi-billion dollar investment in Scale AI, led by Alexandr Wang.");
        Assert.Contains(result.Entities, e => e.Canonical == "Scale AI" && e.Type == EntityType.Organization);
        Assert.Contains(result.Entities, e => e.Canonical == "Alexandr Wang" && e.Type == EntityType.Person);
    }

    [Fact]
    public void Registering_an_options_instance_keeps_the_accurate_mode()
    {
        var options = new NewsFactsOptions().UseContextualEntities();
        using var provider = new ServiceCollection().AddNewsFacts(options).BuildServiceProvider();
        var registered = provider.GetRequiredService<NewsFactsExtractor>().Options;
        Assert.Same(options.TokenEncoder, registered.TokenEncoder);
        Assert.Same(options.EntityModelSource, registered.EntityModelSource);
    }

    [Fact]
    public void The_accurate_model_without_its_encoder_is_refused_when_the_extractor_is_created()
    {
        var options = new NewsFactsOptions().UseContextualEntities();
        options.TokenEncoder = null;
        var error = Assert.Throws<ArgumentException>(() => NewsFactsExtractor.Create(options));
        Assert.Contains("all-MiniLM-L6-v2", error.Message, StringComparison.Ordinal);
    }
}

using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Entities;
using NewsFacts.Facts;

namespace NewsFacts.Tests;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public void AddNewsFacts_registers_a_singleton_extractor_with_the_configured_options()
    {
        var services = new ServiceCollection();
        services.AddNewsFacts(o => o.MinimumFactConfidence = 0.7);
        using var provider = services.BuildServiceProvider();
        var first = provider.GetRequiredService<NewsFactsExtractor>();
        var second = provider.GetRequiredService<NewsFactsExtractor>();
        Assert.Same(first, second);
        Assert.Equal(0.7, first.Options.MinimumFactConfidence);
        Assert.True(first.HasEntityModel);
        using (var scope = provider.CreateScope())
        {
            Assert.Same(first, scope.ServiceProvider.GetRequiredService<NewsFactsExtractor>());
        }

        Assert.True(first.Extract("Meta said so.").Succeeded);
    }

    [Fact]
    public void AddNewsFacts_without_configuration_uses_defaults()
    {
        using var provider = new ServiceCollection().AddNewsFacts().BuildServiceProvider();
        var extractor = provider.GetRequiredService<NewsFactsExtractor>();
        Assert.Equal(0.4, extractor.Options.MinimumFactConfidence);
        Assert.Equal(NewsFactsOptions.DefaultMaxTextLength, extractor.Options.MaxTextLength);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Invalid_options_throw_at_registration(double confidence)
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddNewsFacts(o => o.MinimumFactConfidence = confidence));
        Assert.Empty(services);
    }

    [Fact]
    public void Invalid_parallelism_throws_at_registration()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ServiceCollection().AddNewsFacts(o => o.MaxDegreeOfParallelism = 0));
    }

    [Fact]
    public void AddNewsFacts_with_an_options_instance_copies_every_setting()
    {
        var gazetteer = new EntityGazetteer().Add("Acme Robotics", EntityType.Organization);
        var options = new NewsFactsOptions
        {
            MinimumFactConfidence = 0.3,
            MinimumEntityConfidence = 0.2,
            MaxTextLength = 1234,
            MaxDegreeOfParallelism = 3,
            Gazetteer = gazetteer,
        };
        using var provider = new ServiceCollection().AddNewsFacts(options).BuildServiceProvider();
        var actual = provider.GetRequiredService<NewsFactsExtractor>().Options;
        Assert.Equal((0.3, 0.2, 1234, 3), (actual.MinimumFactConfidence, actual.MinimumEntityConfidence, actual.MaxTextLength, actual.MaxDegreeOfParallelism));
        Assert.Same(gazetteer, actual.Gazetteer);
        Assert.Null(actual.ModelDirectory);
    }

    [Fact]
    public void Null_arguments_throw()
    {
        Assert.Throws<ArgumentNullException>(() => ServiceCollectionExtensions.AddNewsFacts(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddNewsFacts((NewsFactsOptions)null!));
    }
}

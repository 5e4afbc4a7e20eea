using Microsoft.Extensions.DependencyInjection;

namespace NewsFacts;

/// <summary>Registers NewsFacts with Microsoft.Extensions.DependencyInjection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="NewsFactsExtractor"/> (thread-safe, models loaded on first use).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; omitted, the defaults and the shipped models are used.</param>
    public static IServiceCollection AddNewsFacts(this IServiceCollection services, Action<NewsFactsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new NewsFactsOptions();
        configure?.Invoke(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(static provider => NewsFactsExtractor.Create(provider.GetRequiredService<NewsFactsOptions>()));
        return services;
    }

    /// <summary>Registers a singleton <see cref="NewsFactsExtractor"/> created from <paramref name="options"/>.</summary>
    public static IServiceCollection AddNewsFacts(this IServiceCollection services, NewsFactsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddNewsFacts(o =>
        {
            o.MinimumFactConfidence = options.MinimumFactConfidence;
            o.MinimumEntityConfidence = options.MinimumEntityConfidence;
            o.MaxTextLength = options.MaxTextLength;
            o.MaxDegreeOfParallelism = options.MaxDegreeOfParallelism;
            o.Gazetteer = options.Gazetteer;
            o.ModelDirectory = options.ModelDirectory;
            o.EntityModelSource = options.EntityModelSource;
            o.TokenEncoder = options.TokenEncoder;
        });
    }
}

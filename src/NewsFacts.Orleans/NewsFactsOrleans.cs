using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace NewsFacts.Orleans;

/// <summary>Silo-side settings of <see cref="NewsFactsOrleans.AddNewsFacts"/>.</summary>
public sealed class NewsFactsSiloOptions
{
    /// <summary>
    /// Where job state is kept: a directory every silo sees (JSON files, survives any silo). Null: Orleans memory
    /// storage (lost with the silo that holds it; for single-silo use and tests only).
    /// </summary>
    public string? StateDirectory { get; set; }

    /// <summary>The extractor (shared by all grains of the silo); null: <see cref="NewsFactsExtractor.CreateDefault"/>.</summary>
    public Func<NewsFactsExtractor>? Extractor { get; set; }

    /// <summary>Use Orleans' in-memory reminder service (true by default; set false when you configure a durable reminder table yourself).</summary>
    public bool InMemoryReminders { get; set; } = true;

    /// <summary>Detect dead silos in seconds rather than the default tens of seconds (more probe traffic).</summary>
    public bool FastFailureDetection { get; set; } = true;
}

/// <summary>Hosting NewsFacts on Orleans: silo registration and job submission.</summary>
public static class NewsFactsOrleans
{
    /// <summary>The grain storage name used by the job grain.</summary>
    public const string StorageName = "newsfacts";

    /// <summary>Registers the NewsFacts grains' services: the extractor, job storage, reminders, failure detection.</summary>
    public static ISiloBuilder AddNewsFacts(this ISiloBuilder builder, Action<NewsFactsSiloOptions>? configure = null)
    {
        var options = new NewsFactsSiloOptions();
        configure?.Invoke(options);
        var factory = options.Extractor ?? NewsFactsExtractor.CreateDefault;
        builder.Services.TryAddSingleton(_ => factory());
        if (options.StateDirectory is { } directory)
        {
            builder.Services.AddGrainStorage<IGrainStorage>(StorageName, (_, _) => new FileGrainStorage(Path.GetFullPath(directory)));
        }
        else
        {
            builder.AddMemoryGrainStorage(StorageName);
        }

        if (options.InMemoryReminders)
        {
            builder.UseInMemoryReminderService();
        }

        if (options.FastFailureDetection)
        {
            builder.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(1);
                o.NumMissedProbesLimit = 2;
                o.NumVotesForDeathDeclaration = 1;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
            });
        }

        return builder;
    }

    /// <summary>Submits the job (returns once it is persisted; the cluster runs it).</summary>
    public static Task<ExtractionJobStatus> StartExtractionJobAsync(this IGrainFactory client, string jobId, ExtractionJobRequest request) =>
        client.GetGrain<IExtractionJobGrain>(jobId).StartAsync(request);

    /// <summary>
    /// Submits the job and polls its status until it completes or fails. Every call is bounded by
    /// <paramref name="callTimeout"/> and retried, so a call to a silo that just died does not stall the wait.
    /// </summary>
    public static async Task<ExtractionJobStatus> RunExtractionJobAsync(
        this IGrainFactory client,
        string jobId,
        ExtractionJobRequest request,
        IProgress<ExtractionJobStatus>? progress = null,
        TimeSpan? pollInterval = null,
        TimeSpan? callTimeout = null,
        CancellationToken cancellationToken = default)
    {
        var poll = pollInterval ?? TimeSpan.FromMilliseconds(500);
        var timeout = callTimeout ?? TimeSpan.FromSeconds(5);
        var job = client.GetGrain<IExtractionJobGrain>(jobId);
        ExtractionJobStatus? status = null;
        bool started = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (!started)
                {
                    status = await job.StartAsync(request).WaitAsync(timeout, cancellationToken);
                    started = true;
                }
                else
                {
                    status = await job.GetStatusAsync().WaitAsync(timeout, cancellationToken);
                }

                progress?.Report(status);
                if (status.Completed || status.Failure is not null)
                {
                    return status;
                }
            }
            catch (Exception e) when (e is TimeoutException or OrleansException or SiloUnavailableException || e is global::Orleans.Runtime.OrleansMessageRejectionException)
            {
                // the job grain's silo died: the next call re-activates it on a live silo from its persisted state
            }

            await Task.Delay(poll, cancellationToken);
        }
    }
}

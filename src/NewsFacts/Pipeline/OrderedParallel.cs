using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace NewsFacts.Pipeline;

/// <summary>
/// Maps items on at most <c>degree</c> threads at once and yields the results in input order. At most
/// <c>degree * 4</c> items are read ahead of the consumer, so memory is bounded whatever the input size.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>The number of items in flight per worker: enough to keep workers busy while the consumer writes.</summary>
    public const int WindowPerWorker = 4;

    /// <summary>Maps <paramref name="items"/> with <paramref name="map"/>; see the class summary.</summary>
    public static async IAsyncEnumerable<TResult> MapAsync<TItem, TResult>(
        IAsyncEnumerable<TItem> items, Func<TItem, TResult> map, int degree, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var pending = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(Math.Max(1, degree * WindowPerWorker)) { SingleReader = true, SingleWriter = true });

        // Task.Run alone would use every core whatever --threads says; this scheduler runs at most `degree` at once.
        var workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var token = stop.Token;
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in items.WithCancellation(token).ConfigureAwait(false))
                    {
                        var work = Task.Factory.StartNew(() => map(item), token, TaskCreationOptions.DenyChildAttach, workers);
                        await pending.Writer.WriteAsync(work, token).ConfigureAwait(false);
                    }

                    pending.Writer.Complete();
                }
                catch (Exception e)
                {
                    pending.Writer.Complete(e);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(cancellation).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }
}

using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace NewsFacts.Cli;

/// <summary>Maps items on worker threads, a bounded number at a time, and yields results in input order.</summary>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TResult> MapAsync<TItem, TResult>(
        IEnumerable<TItem> items, Func<TItem, TResult> map, int degree, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var pending = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(Math.Max(1, degree * 4)) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var token = stop.Token;
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var item in items)
                    {
                        await pending.Writer.WriteAsync(Task.Run(() => map(item), token), token).ConfigureAwait(false);
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

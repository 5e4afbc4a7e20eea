using NewsFacts.Pipeline;

namespace NewsFacts.Tests.Pipeline;

/// <summary>The ordered pipeline keeps input order, runs at most --threads maps at once and reads a bounded window ahead.</summary>
public class OrderedParallelTests
{
    private static async IAsyncEnumerable<int> Items(int count, Action<int>? onRead = null)
    {
        for (int i = 0; i < count; i++)
        {
            onRead?.Invoke(i);
            yield return i;
        }

        await Task.CompletedTask;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Results_come_in_input_order_with_at_most_degree_maps_at_once(int degree)
    {
        int running = 0, most = 0;
        var results = new List<int>();
        await foreach (int r in OrderedParallel.MapAsync(
            Items(200),
            i =>
            {
                int now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.SpinWait(20_000 * (i % 7));
                Interlocked.Decrement(ref running);
                return i * 2;
            },
            degree,
            CancellationToken.None))
        {
            results.Add(r);
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), results);
        Assert.InRange(most, 1, degree);
    }

    [Fact]
    public async Task The_reader_stays_within_a_bounded_window_ahead_of_a_slow_consumer()
    {
        int read = -1;
        int mostAhead = 0;
        await foreach (int r in OrderedParallel.MapAsync(Items(100, i => Volatile.Write(ref read, i)), i => i, 2, CancellationToken.None))
        {
            await Task.Delay(1);
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref read) - r);
        }

        Assert.InRange(mostAhead, 0, (2 * OrderedParallel.WindowPerWorker) + 2);
    }

    [Fact]
    public async Task An_exception_while_reading_reaches_the_consumer()
    {
        static async IAsyncEnumerable<int> Failing()
        {
            yield return 1;
            await Task.Yield();
            throw new InvalidDataException("bad input");
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(async () =>
        {
            await foreach (int _ in OrderedParallel.MapAsync(Failing(), i => i, 2, CancellationToken.None))
            {
            }
        });
        Assert.Equal("bad input", error.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

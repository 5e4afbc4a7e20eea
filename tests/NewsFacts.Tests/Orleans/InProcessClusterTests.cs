using NewsFacts.Orleans;
using NewsFacts.Tests.Support;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace NewsFacts.Tests.Orleans;

/// <summary>A 3-silo in-process cluster (Orleans TestingHost); one silo is stopped mid-job.</summary>
[Collection(OrleansCollection.Name)]
public sealed class InProcessClusterTests
{
    internal static string StateDirectory = "";

    public sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) =>
            siloBuilder.AddNewsFacts(o =>
            {
                o.StateDirectory = StateDirectory;
                o.Extractor = () => SharedExtractor.Default;
            });
    }

    [Fact]
    public async Task EveryIdExactlyOnce_WhenASiloStopsMidJob()
    {
        using var temp = new TempDirectory();
        const int documents = 2000;
        string input = Corpus.WriteJsonl(temp, "in/corpus.jsonl", documents, sentences: 2);
        StateDirectory = temp.File("state");
        string output = temp.File("out");
        _ = SharedExtractor.Default; // load the models before the clock starts

        var builder = new TestClusterBuilder(3);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        try
        {
            var request = new ExtractionJobRequest { Inputs = [input], OutputDirectory = output, ChunkSize = 100, MaxConcurrency = 3 };
            var job = cluster.Client.GetGrain<IExtractionJobGrain>("job-inproc");
            var started = await job.StartAsync(request);
            Assert.True(started.Started);

            // stop a secondary silo once a few chunks are committed
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while ((await job.GetStatusAsync()).DoneChunks < 3)
            {
                Assert.True(DateTime.UtcNow < deadline, "no progress");
                await Task.Delay(100);
            }

            await cluster.StopSiloAsync(cluster.SecondarySilos[0]);

            var status = await cluster.Client.RunExtractionJobAsync("job-inproc", request);
            Assert.True(status.Completed, status.ToString());
            Assert.Equal(20, status.TotalChunks);
            Assert.Equal(documents, status.DoneDocuments);
            Assert.Equal(0, status.Errors);
            Assert.Equal(Enumerable.Range(0, documents).Select(Corpus.Id), Corpus.Ids(status.OutputPath!));

            // idempotent: starting the finished job again, or re-running a committed chunk, changes nothing
            byte[] before = File.ReadAllBytes(status.OutputPath!);
            Assert.True((await job.StartAsync(request)).Completed);
            var plan = ChunkPlanner.Plan(request.Inputs, request.ChunkSize);
            var again = await cluster.Client.GetGrain<IChunkGrain>($"job-inproc/{plan[5].Shard}/{plan[5].Chunk}").ExtractAsync(plan[5], request);
            Assert.True(again.AlreadyCommitted);
            Assert.Equal(100, again.Documents);
            Assert.Equal(before, File.ReadAllBytes(status.OutputPath!));

            // a missing input fails the job (reported, not retried forever)
            var missing = new ExtractionJobRequest { Inputs = [temp.File("nope.jsonl")], OutputDirectory = temp.File("out2") };
            var failed = await cluster.Client.RunExtractionJobAsync("job-missing", missing);
            Assert.False(failed.Completed);
            Assert.Contains("nope.jsonl", failed.Failure);
        }
        finally
        {
            await cluster.StopAllSilosAsync();
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public void Plan_IsDeterministic_AndCoversEveryRecordOnce()
    {
        using var temp = new TempDirectory();
        Corpus.WriteJsonl(temp, "a/2.jsonl", 250);
        Corpus.WriteJsonl(temp, "a/1.jsonl", 30);
        temp.Write("a/sub/3.jsonl", "\n{\"id\":\"x\",\"text\":\"Nokia bought BP.\"}\n\n");
        var plan = ChunkPlanner.Plan([temp.File("a")], 100);
        Assert.Equal([30, 100, 100, 50, 1], plan.Select(c => c.Count));
        Assert.Equal(["1.jsonl", "2.jsonl", "2.jsonl", "2.jsonl", "sub/3.jsonl"], plan.Select(c => c.DisplayName));
        Assert.Equal([0, 1, 2, 3, 4], plan.Select(c => c.Ordinal));
        Assert.Equal(2, plan[4].FirstLine);
        var again = ChunkPlanner.Plan([temp.File("a")], 100);
        Assert.Equal(plan.Select(c => (c.Path, c.Offset, c.Count)), again.Select(c => (c.Path, c.Offset, c.Count)));
    }
}

/// <summary>Cluster tests run one at a time (2 cores).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OrleansCollection
{
    public const string Name = "Orleans";
}

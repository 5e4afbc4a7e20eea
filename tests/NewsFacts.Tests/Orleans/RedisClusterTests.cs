using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsFacts.Orleans;
using NewsFacts.Tests.Cli;
using NewsFacts.Tests.Support;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Xunit.Abstractions;

namespace NewsFacts.Tests.Orleans;

/// <summary>A test that needs a Redis server: <c>NEWSFACTS_TEST_REDIS=HOST:PORT</c> (.ci/run starts one). Skipped only when the variable is absent.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "NEWSFACTS_TEST_REDIS";

    public RedisFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: start redis-server on 127.0.0.1 and set {Variable}=127.0.0.1:PORT (.ci/run does)";
        }
    }

    public static string Connection => Environment.GetEnvironmentVariable(Variable)!;
}

/// <summary>Clusters whose membership is in a real Redis: silo processes started from the CLI, one killed with SIGKILL mid-job.</summary>
[Collection(OrleansCollection.Name)]
public sealed class RedisClusterTests(ITestOutputHelper output)
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Silo : IDisposable
    {
        private readonly List<string> _lines = [];

        public Silo(string redis, string clusterId, string state)
        {
            Port = FreePort();
            GatewayPort = FreePort();
            Process = CliHarness.Start("cluster", "silo", "--redis", redis, "--cluster-id", clusterId,
                "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--gateway-port", GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--state", state);
            Process.StandardInput.Close();
            Process.OutputDataReceived += (_, e) => { lock (_lines) { if (e.Data is not null) _lines.Add(e.Data); } };
            Process.ErrorDataReceived += (_, e) => { lock (_lines) { if (e.Data is not null) _lines.Add(e.Data); } };
            Process.BeginOutputReadLine();
            Process.BeginErrorReadLine();
        }

        public Process Process { get; }
        public int Port { get; }
        public int GatewayPort { get; }

        public string Log { get { lock (_lines) { return string.Join('\n', _lines); } } }

        public bool Joined => Log.Contains("joined cluster", StringComparison.Ordinal);

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
                Process.WaitForExit(10_000);
            }

            Process.Dispose();
        }
    }

    private static async Task<IHost> StartClient(string redis, string clusterId)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(redis);
            client.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, "newsfacts"));
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    [RedisFact]
    public async Task SiloProcesses_OneKilledMidJob_EveryIdExactlyOnce()
    {
        using var temp = new TempDirectory();
        const int documents = 12000;
        string input = Corpus.WriteJsonl(temp, "in/corpus.jsonl", documents, sentences: 2);
        string redis = RedisFactAttribute.Connection;
        string clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
        string state = temp.File("state");
        var clock = Stopwatch.StartNew();
        var silos = new List<Silo>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                silos.Add(new Silo(redis, clusterId, state));
            }

            while (!silos.All(s => s.Joined))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), "silos did not start:\n" + string.Join("\n---\n", silos.Select(s => s.Log)));
                Assert.DoesNotContain(silos, s => s.Process.HasExited);
                await Task.Delay(100);
            }

            output.WriteLine($"3 silos up after {clock.Elapsed.TotalSeconds:F1} s");
            using var client = await StartClient(redis, clusterId);
            var factory = client.Services.GetRequiredService<IClusterClient>();

            // the CLI submits and waits; the test watches and kills the silo that hosts the job grain
            var run = CliHarness.AsProcess("cluster", "run", "--redis", redis, "--cluster-id", clusterId, input,
                "-o", temp.File("out"), "--job", "killjob", "--chunk-size", "150", "--concurrency", "4", "--quiet");
            var job = factory.GetGrain<IExtractionJobGrain>("killjob");
            ExtractionJobStatus status;
            var watch = Stopwatch.StartNew();
            while (true)
            {
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "no progress before the kill");
                Assert.False(run.IsCompleted, "the job finished before a silo could be killed: " + (run.IsCompleted ? run.Result.Error : ""));
                try
                {
                    status = await job.GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(5));
                    if (status.DoneChunks >= 10)
                    {
                        break;
                    }
                }
                catch (TimeoutException)
                {
                }

                await Task.Delay(50);
            }

            var victim = silos.Single(s => status.Silo!.Contains($":{s.Port}:", StringComparison.Ordinal));
            victim.Process.Kill(entireProcessTree: true); // SIGKILL: no shutdown, no goodbye to the cluster
            var killedAt = Stopwatch.StartNew();
            int doneAtKill = status.DoneChunks;
            output.WriteLine($"killed the job grain's silo {status.Silo} (port {victim.Port}) at {doneAtKill}/{status.TotalChunks} chunks");

            double? recovered = null;
            while (!run.IsCompleted)
            {
                Assert.True(killedAt.Elapsed < TimeSpan.FromSeconds(75), "the job did not finish after the kill");
                try
                {
                    var now = await job.GetStatusAsync().WaitAsync(TimeSpan.FromSeconds(3));
                    if (recovered is null && now.DoneChunks > doneAtKill + 4)
                    {
                        recovered = killedAt.Elapsed.TotalSeconds;
                    }
                }
                catch (Exception e) when (e is TimeoutException or OrleansException)
                {
                }

                await Task.Delay(100);
            }

            var result = await run;
            result.AssertExit(0);
            output.WriteLine($"done {killedAt.Elapsed.TotalSeconds:F1} s after the kill; progress resumed after {recovered:F1} s; {result.Out}");
            var final = await job.GetStatusAsync();
            Assert.True(final.Completed, final.ToString());
            Assert.Equal(documents, final.DoneDocuments);
            string[] ids = Corpus.Ids(Path.Combine(temp.File("out"), "facts.jsonl"));
            Assert.Equal(Enumerable.Range(0, documents).Select(Corpus.Id), ids);
            Assert.Empty(Directory.GetFiles(temp.File("out/chunks"), "*.tmp"));
        }
        finally
        {
            foreach (var silo in silos)
            {
                silo.Dispose();
            }
        }
    }
}
